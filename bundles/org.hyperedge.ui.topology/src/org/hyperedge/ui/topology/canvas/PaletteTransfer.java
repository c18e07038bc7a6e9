package org.hyperedge.ui.topology.canvas;

import java.util.Optional;

/**
 * What a drag from the palette carries: a release and one of its software types, as text, so the drop
 * works through the platform's own text transfer.
 */
public record PaletteTransfer(String releaseId, String softwareType) {

    private static final String PREFIX = "hyperedge-service:";

    public String encode() {
        return PREFIX + releaseId + "\n" + softwareType;
    }

    public static Optional<PaletteTransfer> decode(Object text) {
        if (!(text instanceof String s) || !s.startsWith(PREFIX) || s.indexOf('\n') < 0) {
            return Optional.empty();
        }
        String body = s.substring(PREFIX.length());
        int newline = body.indexOf('\n');
        return Optional.of(new PaletteTransfer(body.substring(0, newline), body.substring(newline + 1)));
    }
}
