package org.hyperedge.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * The window size and layout the workbench saved at the last exit (it keeps them in its workspace, as the
 * Eclipse IDE does), kept only while the console is the same version: a newer console has parts, menus and
 * icons the saved layout does not know, so it starts from its own application model again, maximized as on
 * a first start.
 */
final class PersistedLayout {

    /** Where the e4 workbench keeps the application model it saved, inside the workspace. */
    static final String MODEL = ".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi";
    /** Which console version saved that model. */
    static final String STAMP = ".metadata/.plugins/org.hyperedge.ui/layout.version";

    private PersistedLayout() {
    }

    /** Discards the saved layout when another version saved it; a console without a workspace has none. */
    static void keepOnlyIfSameVersion(String version) {
        Location workspace = Platform.getInstanceLocation();
        if (workspace == null || workspace.getURL() == null) {
            return;
        }
        try {
            keepOnlyIfSameVersion(Path.of(workspace.getURL().toURI()), version);
        } catch (URISyntaxException | IllegalArgumentException e) {
            // a workspace that is not a directory of files has no layout of ours to check
        }
    }

    static void keepOnlyIfSameVersion(Path workspace, String version) {
        Path stamp = workspace.resolve(STAMP);
        try {
            String saved = Files.exists(stamp) ? Files.readString(stamp, StandardCharsets.UTF_8).trim() : null;
            if (!version.equals(saved)) {
                Files.deleteIfExists(workspace.resolve(MODEL));
                Files.createDirectories(stamp.getParent());
                Files.writeString(stamp, version + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the saved window layout in " + workspace + ": " + e.getMessage(), e);
        }
    }
}
