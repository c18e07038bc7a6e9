package org.hyperedge.master.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.hyperedge.master.site.ArtifactStore;
import org.hyperedge.protocol.release.ReleaseDescriptor;

/**
 * The artifacts an update brings with its new releases, fetched from the source into a staging directory and each
 * checked (its listed size as the bound of what is read, then its size and SHA-256) before any is kept: one wrong
 * refuses the whole update, and the master's software cache gains nothing until every release and artifact of the
 * update verified. An artifact the cache holds already is not fetched again.
 */
final class FetchedArtifacts implements AutoCloseable {

    private final Path staging;
    private final Map<String, Path> files = new LinkedHashMap<>();

    private FetchedArtifacts(Path staging) {
        this.staging = staging;
    }

    /** Fetches and checks what {@code releases} need that {@code store} does not hold; refuses, naming it. */
    static FetchedArtifacts fetch(CatalogLocation location, VerifiedCatalogIndex index,
            List<ReleaseDescriptor> releases, ArtifactStore store) throws CatalogSourceException {
        FetchedArtifacts fetched;
        try {
            fetched = new FetchedArtifacts(Files.createTempDirectory("hyperedge-catalog-artifacts"));
        } catch (IOException e) {
            throw new CatalogSourceException("cannot make a directory to fetch artifacts into: " + e.getMessage());
        }
        try {
            for (ReleaseDescriptor release : releases) {
                for (ReleaseDescriptor.Artifact artifact : release.artifacts()) {
                    fetched.fetch(location, index, release, artifact, store);
                }
            }
            return fetched;
        } catch (CatalogSourceException | RuntimeException e) {
            fetched.close();
            throw e;
        }
    }

    private void fetch(CatalogLocation location, VerifiedCatalogIndex index, ReleaseDescriptor release,
            ReleaseDescriptor.Artifact artifact, ArtifactStore store) throws CatalogSourceException {
        String sha256 = artifact.sha256();
        String named = "artifact '" + artifact.name() + "' of release " + release.id();
        if (files.containsKey(sha256) || store != null && store.find(sha256).isPresent()) {
            return;
        }
        Optional<CatalogIndex.Artifact> listed = index.artifact(sha256);
        if (listed.isEmpty()) {
            throw new CatalogSourceException(named + " (sha256 " + sha256 + ") is neither listed in the index nor in "
                    + "this master's software cache: its nodes could not install the release");
        }
        if (listed.get().size() != artifact.size()) {
            throw new CatalogSourceException("the index lists " + named + " with " + listed.get().size()
                    + " bytes, its descriptor with " + artifact.size());
        }
        if (store == null) {
            throw new CatalogSourceException(named + " cannot be kept: no software cache was given to this update");
        }
        Path target = staging.resolve(sha256);
        String file = listed.get().file();
        if (!location.copy(file, listed.get().size(), target)) {
            throw new CatalogSourceException("the catalog index lists " + file + " for " + named + ", which is not in "
                    + location.describe());
        }
        try {
            long size = Files.size(target);
            if (size != artifact.size()) {
                throw new CatalogSourceException(file + " (" + named + ") has " + size + " bytes, not the "
                        + artifact.size() + " the signed index lists: the artifact is truncated");
            }
            String digest = ArtifactStore.sha256(target);
            if (!digest.equals(sha256)) {
                throw new CatalogSourceException(file + " (" + named + ") has SHA-256 " + digest + ", not the " + sha256
                        + " the signed index lists: the artifact was altered after publishing");
            }
        } catch (IOException e) {
            throw new CatalogSourceException("cannot check " + file + " (" + named + "): " + e.getMessage());
        }
        files.put(sha256, target);
    }

    /** How many artifacts were fetched. */
    int count() {
        return files.size();
    }

    /** Moves every fetched artifact into the master's software cache, where its agents are given them from. */
    void keep(ArtifactStore store) throws CatalogSourceException {
        for (Map.Entry<String, Path> file : files.entrySet()) {
            try {
                String kept = store.add(file.getValue());
                if (!kept.equals(file.getKey())) {
                    throw new CatalogSourceException("artifact " + file.getKey() + " changed on this disk after it was "
                            + "checked (its sha256 is now " + kept + ")");
                }
            } catch (IOException e) {
                throw new CatalogSourceException("cannot keep artifact " + file.getKey() + " in the software cache: "
                        + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a staging directory left in the temporary directory holds only checked copies; nothing depends on it
        }
    }
}
