package org.hyperedge.master.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.hyperedge.master.site.ArtifactStore;
import org.hyperedge.protocol.release.InvalidDescriptorException;
import org.hyperedge.protocol.release.Problem;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.protocol.release.ReleaseDescriptorReader;

/**
 * Publishes a catalog: every release of a directory (a descriptor {@code *.json}, or a release directory holding
 * {@value ReleaseDirectory#DESCRIPTOR} and its schema files) checked as {@code catalog import} checks it, written
 * as one descriptor file each into the index directory, and the {@link CatalogIndex} over them signed. Nothing
 * is written when any release is wrong: a subscriber never sees half a catalog.
 */
public final class CatalogPublisher {

    static final String RELEASES = "releases";

    private CatalogPublisher() {
    }

    /** Publishes the releases of {@code releases} into {@code out}, signed by {@code signer}. */
    public static CatalogIndex publish(Path releases, Path out, org.hyperedge.protocol.tls.TlsIdentity signer)
            throws InvalidDescriptorException, IOException {
        return publish(releases, null, out, signer);
    }

    /**
     * As {@link #publish(Path, Path, org.hyperedge.protocol.tls.TlsIdentity)}, with the artifact files the releases
     * name ({@link PublishedArtifacts}: a release directory's own, else those of {@code artifacts}, which may be null),
     * each written by its sha256 into {@code out} and listed in the index.
     */
    public static CatalogIndex publish(Path releases, Path artifacts, Path out, org.hyperedge.protocol.tls.TlsIdentity signer)
            throws InvalidDescriptorException, IOException {
        List<Checked> checked = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        java.util.Map<String, Path> artifactFiles = new java.util.TreeMap<>();
        for (Path candidate : candidates(releases)) {
            Checked release = check(candidate);
            PublishedArtifacts.find(release.descriptor(), release.source(),
                    Files.isDirectory(candidate) ? candidate : null, artifacts, artifactFiles);
            if (!ids.add(release.descriptor().id())) {
                throw new InvalidDescriptorException(candidate.toString(), List.of(new Problem("$.id",
                        "'" + release.descriptor().id() + "' is published twice in " + releases + "; an id names one release")));
            }
            checked.add(release);
        }
        if (checked.isEmpty()) {
            throw new InvalidDescriptorException(releases.toString(), List.of(new Problem("$",
                    "holds no release: put descriptors (*.json) or release directories (with release.json) in it")));
        }
        Files.createDirectories(out.resolve(RELEASES));
        List<CatalogIndex.Listed> entries = new ArrayList<>();
        for (Checked release : checked) {
            byte[] content = release.json().getBytes(StandardCharsets.UTF_8);
            // numbered: two ids that differ only in characters a file name cannot hold still get a file each
            String file = RELEASES + "/" + String.format("%04d-", entries.size() + 1) + fileName(release.descriptor());
            write(out.resolve(file), content);
            entries.add(new CatalogIndex.Listed(release.descriptor().id(), release.descriptor().version(), file,
                    CatalogIndex.sha256(content)));
        }
        List<CatalogIndex.Artifact> listed = new ArrayList<>();
        for (java.util.Map.Entry<String, Path> artifact : artifactFiles.entrySet()) {
            String file = CatalogIndex.artifactFile(artifact.getKey());
            Files.createDirectories(out.resolve(file).getParent());
            copy(artifact.getValue(), out.resolve(file));
            listed.add(new CatalogIndex.Artifact(artifact.getKey(), Files.size(out.resolve(file)), file));
        }
        String certificate;
        try {
            certificate = Base64.getEncoder().encodeToString(signer.certificate().getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IOException("cannot encode the publisher's certificate", e);
        }
        CatalogIndex index = new CatalogIndex(signer.fingerprint(), certificate, Instant.now(), entries, listed);
        byte[] json = index.toJson();
        // the signature first: an index is never read beside the signature of the index it replaces
        write(out.resolve(CatalogIndex.SIGNATURE), Base64.getEncoder().encode(signer.sign(json)));
        write(out.resolve(CatalogIndex.FILE), json);
        return index;
    }

    private record Checked(ReleaseDescriptor descriptor, String json, String source) {
    }

    private static List<Path> candidates(Path releases) throws IOException, InvalidDescriptorException {
        if (!Files.isDirectory(releases)) {
            throw new InvalidDescriptorException(releases.toString(), List.of(new Problem("$",
                    "is not a directory: give the directory holding the releases to publish")));
        }
        try (Stream<Path> files = Files.list(releases)) {
            return files.filter(path -> Files.isRegularFile(path) && path.getFileName().toString().endsWith(".json")
                    || Files.isRegularFile(path.resolve(ReleaseDirectory.DESCRIPTOR))).sorted().toList();
        }
    }

    private static Checked check(Path candidate) throws InvalidDescriptorException, IOException {
        String source = candidate.toString();
        String json;
        if (Files.isDirectory(candidate)) {
            source = candidate.resolve(ReleaseDirectory.DESCRIPTOR).toString();
            json = ReleaseDirectory.read(candidate);
        } else {
            if (Files.size(candidate) > ReleaseDescriptorReader.MAX_BYTES) {
                throw new InvalidDescriptorException(source, List.of(new Problem("$",
                        "is larger than " + ReleaseDescriptorReader.MAX_BYTES + " bytes")));
            }
            json = Files.readString(candidate);
        }
        ReleaseDescriptor descriptor = ReleaseDescriptorReader.read(source, json);
        List<Problem> problems = ReleaseSchemas.problems(descriptor);
        if (!problems.isEmpty()) {
            throw new InvalidDescriptorException(source, problems);
        }
        return new Checked(descriptor, json, source);
    }

    /** A file name for the release that is safe on any disk: its id and version, other characters as '_'. */
    private static String fileName(ReleaseDescriptor release) {
        return (release.id() + "@" + release.version()).replaceAll("[^A-Za-z0-9._@-]", "_") + ".json";
    }

    /** Copies an artifact whole or not at all; checked again after the copy, so a file changed meanwhile is not listed. */
    private static void copy(Path artifact, Path target) throws IOException {
        String expected = target.getFileName().toString();
        Path partial = Files.createTempFile(target.getParent(), "." + expected, ".partial");
        try {
            Files.copy(artifact, partial, StandardCopyOption.REPLACE_EXISTING);
            if (!ArtifactStore.sha256(partial).equals(expected)) {
                throw new IOException(artifact + " changed while it was published (its sha256 is no longer " + expected + ")");
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void write(Path target, byte[] content) throws IOException {
        Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
        Files.write(partial, content);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
