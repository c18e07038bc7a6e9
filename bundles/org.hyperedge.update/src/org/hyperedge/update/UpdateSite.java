package org.hyperedge.update;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where newer consoles are published: a directory (the build's {@code target/repository}) or an https:// URL. */
public record UpdateSite(URI location) {

    /** The operator's words, from the preference: a path, a file: URI or an https:// URL. */
    public static UpdateSite parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("No update site is set: choose one in Window › Preferences › Updates"
                    + " (a directory such as product/org.hyperedge.console.product/target/repository,"
                    + " or an https:// URL).");
        }
        if (value.regionMatches(true, 0, "http://", 0, 7)) {
            throw new IllegalArgumentException("Update site " + value + ": plain http:// is refused, anyone on the"
                    + " way could change the console it downloads; use https://.");
        }
        if (value.regionMatches(true, 0, "https://", 0, 8)) {
            return new UpdateSite(https(value));
        }
        return new UpdateSite(directory(value));
    }

    private static URI https(String value) {
        try {
            URI uri = new URI(value);
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("Update site " + value + ": the URL names no host.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Update site " + value + " is not a URL: " + e.getReason() + ".", e);
        }
    }

    private static URI directory(String value) {
        Path path;
        try {
            path = value.startsWith("file:") ? Path.of(URI.create(value)) : Path.of(value);
        } catch (IllegalArgumentException e) { // InvalidPathException too
            throw new IllegalArgumentException("Update site " + value + " is neither a directory nor an https:// URL.",
                    e);
        }
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException("Update site " + value + ": there is no such directory.");
        }
        return path.toAbsolutePath().normalize().toUri();
    }

    @Override
    public String toString() {
        return "file".equals(location.getScheme()) ? Path.of(location).toString() : location.toString();
    }
}
