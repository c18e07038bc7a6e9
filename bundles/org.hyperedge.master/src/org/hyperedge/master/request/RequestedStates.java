package org.hyperedge.master.request;

import org.hyperedge.model.RequestedState;

/** Reads the model's {@link RequestedState} from what an operator typed or the database holds. */
public final class RequestedStates {

    private RequestedStates() {
    }

    /** The state whose literal ({@code started}, {@code stopped}, {@code destroyed}) is the text. */
    public static RequestedState parse(String text) {
        RequestedState state = RequestedState.get(text);
        if (state == null) {
            throw new IllegalArgumentException("unknown state '" + text + "' (expected started, stopped or destroyed)");
        }
        return state;
    }
}
