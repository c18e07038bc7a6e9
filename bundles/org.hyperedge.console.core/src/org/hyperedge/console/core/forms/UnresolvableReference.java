package org.hyperedge.console.core.forms;

/** A {@code $ref} that leads nowhere the form may go; its message says why, for the fallback note. */
public class UnresolvableReference extends Exception {

    private static final long serialVersionUID = 1L;

    public UnresolvableReference(String message) {
        super(message);
    }
}
