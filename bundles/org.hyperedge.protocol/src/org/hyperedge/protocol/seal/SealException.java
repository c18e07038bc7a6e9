package org.hyperedge.protocol.seal;

/** A sealed value that does not open with the key at hand: not sealed to it, or altered on the way. */
public final class SealException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean notSealedToKey;

    SealException(String message, boolean notSealedToKey) {
        super(message);
        this.notSealedToKey = notSealedToKey;
    }

    /** True when the key is simply not among the recipients (yet): sealing again to it fixes it. */
    public boolean notSealedToKey() {
        return notSealedToKey;
    }
}
