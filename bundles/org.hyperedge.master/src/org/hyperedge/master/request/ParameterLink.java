package org.hyperedge.master.request;

/**
 * "This parameter comes from connection parameter {@code connectionParameter} of the instance titled
 * {@code sourceTitle} in the same instance tree": filled when the source publishes it, and again whenever
 * the source publishes a new value. Until then the dependent instance waits, stopped.
 */
public record ParameterLink(String sourceTitle, String connectionParameter) {
}
