package org.hyperedge.update;

/** One installed part (the console product) and the newer version the update site offers for it. */
public record UpdateOffer(String id, String name, String installed, String offered) {
}
