package org.hyperedge.protocol.release;

/** One thing wrong in a document: where (a JSON path such as {@code $.types.default.ports[1]}) and what. */
public record Problem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
