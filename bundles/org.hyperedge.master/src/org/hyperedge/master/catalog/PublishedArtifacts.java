package org.hyperedge.master.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.site.ArtifactStore;
import org.hyperedge.protocol.release.InvalidDescriptorException;
import org.hyperedge.protocol.release.Problem;
import org.hyperedge.protocol.release.ReleaseDescriptor;

/**
 * The artifact files a published release names, found before anything is published: in the release's own directory
 * by the artifact's name, else in the {@code --artifacts} directory by its name or its sha256. Each must have the
 * size and the SHA-256 its descriptor gives it; a subscriber fetches exactly these bytes, so a wrong or missing file
 * refuses the release, naming the artifact.
 */
final class PublishedArtifacts {

    private PublishedArtifacts() {
    }

    /** The file of each artifact of {@code release} by its sha256 (added to {@code found}), or the problems. */
    static void find(ReleaseDescriptor release, String source, Path releaseDirectory, Path artifacts,
            Map<String, Path> found) throws InvalidDescriptorException, IOException {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < release.artifacts().size(); i++) {
            ReleaseDescriptor.Artifact artifact = release.artifacts().get(i);
            String at = "$.artifacts[" + i + "]";
            Path file = locate(artifact, releaseDirectory, artifacts);
            if (file == null) {
                problems.add(new Problem(at, "artifact '" + artifact.name() + "' (sha256 " + artifact.sha256()
                        + ") is not in " + (releaseDirectory == null ? "" : releaseDirectory + " nor in ")
                        + (artifacts == null ? "any --artifacts DIR" : artifacts)
                        + ": a subscriber could not install the release; give the file (--artifacts DIR)"));
                continue;
            }
            long size = Files.size(file);
            if (size != artifact.size()) {
                problems.add(new Problem(at, "artifact '" + artifact.name() + "': " + file + " has " + size
                        + " bytes, not the " + artifact.size() + " the descriptor gives"));
                continue;
            }
            String sha256 = ArtifactStore.sha256(file);
            if (!sha256.equals(artifact.sha256())) {
                problems.add(new Problem(at, "artifact '" + artifact.name() + "': " + file + " has sha256 " + sha256
                        + ", not the " + artifact.sha256() + " the descriptor gives"));
                continue;
            }
            found.put(sha256, file);
        }
        if (!problems.isEmpty()) {
            throw new InvalidDescriptorException(source, problems);
        }
    }

    private static Path locate(ReleaseDescriptor.Artifact artifact, Path releaseDirectory, Path artifacts) {
        List<Path> candidates = new ArrayList<>();
        if (releaseDirectory != null) {
            candidates.add(releaseDirectory.resolve(artifact.name()));
        }
        if (artifacts != null) {
            candidates.add(artifacts.resolve(artifact.name()));
            candidates.add(artifacts.resolve(artifact.sha256()));
        }
        for (Path candidate : candidates) {
            // a name is a file name of the release, not a path out of the directory it is looked for in
            if (candidate.normalize().getParent() != null && candidate.normalize().getParent()
                    .equals(candidate.getParent().normalize()) && Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
