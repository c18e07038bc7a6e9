package org.hyperedge.agent.seal;

/** A parameter arrived sealed and does not open here: the instance waits for it to be sealed to this node. */
public final class SealedParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    SealedParameterException(String parameter, String message, Throwable cause) {
        super(message, cause);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
