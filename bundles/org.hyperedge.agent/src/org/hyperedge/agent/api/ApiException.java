package org.hyperedge.agent.api;

/** A request the API turns down: the HTTP status and a message that names what is wrong. */
final class ApiException extends Exception {

    private static final long serialVersionUID = 1L;
    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
