package org.hyperedge.agent.pairing;

/** A pairing attempt turned down, with the HTTP status that says how. */
public final class PairingRefusedException extends Exception {

    private static final long serialVersionUID = 1L;
    private final int status;

    public PairingRefusedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
