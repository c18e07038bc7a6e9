package org.hyperedge.protocol.release;

import java.util.List;
import java.util.Map;

/**
 * A software release: a versioned, declarative description of how to install a piece of software
 * (artifacts from the content-addressed cache, host commands it requires, install steps) and of the
 * software types it can be instantiated as. Read with {@link ReleaseDescriptorReader}.
 */
public record ReleaseDescriptor(String id, String name, String version, String description,
        List<Artifact> artifacts, List<String> requires, List<InstallStep> install,
        Map<String, SoftwareTypeDescriptor> types) {

    /** A file of the release, named by its content: the cache serves it by sha256, never the internet. */
    public record Artifact(String name, String sha256, long size) {
    }

    /**
     * Run once per node into the release's software directory. A {@code background} run step does not hold up the release: it runs once the release is
     * installed and its first instance started, at the lowest CPU priority, in a directory of its own whose files
     * then join the software directory (a class archive that makes later starts faster, for instance).
     */
    public record InstallStep(Kind kind, String artifact, List<String> command, boolean background) {

        public InstallStep(Kind kind, String artifact, List<String> command) {
            this(kind, artifact, command, false);
        }

        public enum Kind {
            /** unpack a zip or tar artifact */
            UNPACK,
            /** copy an artifact as it is */
            COPY,
            /** run a command in the software directory */
            RUN
        }
    }

    public SoftwareTypeDescriptor type(String typeName) {
        SoftwareTypeDescriptor type = types.get(typeName);
        if (type == null) {
            throw new IllegalArgumentException("release " + id + " has no software type '" + typeName
                    + "' (it has: " + String.join(", ", types.keySet()) + ")");
        }
        return type;
    }
}
