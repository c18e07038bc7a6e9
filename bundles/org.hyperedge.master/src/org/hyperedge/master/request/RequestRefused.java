package org.hyperedge.master.request;

import java.util.List;

/** A request that was not taken, with every reason; nothing was written. */
public class RequestRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public RequestRefused(String title, List<String> reasons) {
        super("request '" + title + "' refused: " + String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
