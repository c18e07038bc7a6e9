package org.hyperedge.master.request;

import java.util.Locale;

/** What an operator asks of an instance; {@link #DESTROYED} is terminal. */
public enum RequestedState {
    STARTED, STOPPED, DESTROYED;

    public String sql() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RequestedState parse(String text) {
        for (RequestedState state : values()) {
            if (state.sql().equals(text)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown state '" + text + "' (expected started, stopped or destroyed)");
    }
}
