package org.hyperedge.connector;

/** A node that could not be adopted, with the reason an operator can act on. */
public final class AdoptionException extends Exception {

    private static final long serialVersionUID = 1L;

    public AdoptionException(String message, Throwable cause) {
        super(message, cause);
    }

    public AdoptionException(String message) {
        super(message);
    }
}
