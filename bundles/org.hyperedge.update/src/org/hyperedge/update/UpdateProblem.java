package org.hyperedge.update;

/** Why an update could not be checked for or installed, in words for the operator; the console is unchanged. */
public class UpdateProblem extends Exception {

    private static final long serialVersionUID = 1L;

    public UpdateProblem(String message) {
        super(message);
    }

    public UpdateProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
