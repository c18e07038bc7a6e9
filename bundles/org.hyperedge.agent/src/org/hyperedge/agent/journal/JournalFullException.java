package org.hyperedge.agent.journal;

/** The journal holds its maximum of unacknowledged events; nothing was written. */
public class JournalFullException extends Exception {

    private static final long serialVersionUID = 1L;

    public JournalFullException(long maxBytes, long unacknowledgedEvents) {
        super("the report journal is full: " + unacknowledgedEvents + " events wait for the master's acknowledgement "
                + "within the bound of " + maxBytes + " bytes");
    }
}
