package org.hyperedge.cli.input;

/**
 * An argument or input file the command cannot take (exit code 1): the message names the argument or file, what
 * is wrong with it, and what would be accepted. The command line itself was understood; a command line that was
 * not is a {@code UsageException} (exit code 2).
 */
public final class InputRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputRefused(String message) {
        super(message);
    }
}
