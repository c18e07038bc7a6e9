package org.hyperedge.agent.software;

import java.nio.file.Path;
import java.util.List;

/** Where a release's installation stands on this node. */
public sealed interface InstallOutcome {

    /** Ready in its software directory. */
    record Installed(Path directory) implements InstallOutcome {
    }

    /** Waits for artifacts the cache lacks (or held in a damaged copy that was thrown away). */
    record Waiting(List<String> missingSha256, String reason) implements InstallOutcome {
    }

    /** Cannot install here: a missing host command, a failing step; tried again when the desired state changes. */
    record Failed(String error) implements InstallOutcome {
    }
}
