package org.hyperedge.agent.software;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.hyperedge.agent.partition.Wipe;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.protocol.release.ReleaseDescriptor.Artifact;
import org.hyperedge.protocol.release.ReleaseDescriptor.InstallStep;

/**
 * Installs releases once per node into their software directories, named by a digest of the descriptor so
 * a changed descriptor installs beside the old one. The {@code .installed} marker is written last: a
 * directory without it is a half-done install (the agent was killed, a step failed), wiped and redone.
 */
public final class Installer {

    private static final String MARKER = ".installed";
    private static final long STEP_TIMEOUT_MINUTES = 30;

    private final Path root;
    private final SoftwareCache cache;

    public Installer(Path root, SoftwareCache cache) {
        this.root = root;
        this.cache = cache;
        try {
            Files.createDirectories(root);
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the software directory " + root, e);
        }
    }

    public Path directory(String descriptorText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(descriptorText.getBytes(StandardCharsets.UTF_8));
            return root.resolve(HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean isInstalled(String descriptorText) {
        return Files.isRegularFile(directory(descriptorText).resolve(MARKER));
    }

    /** What {@link #install} would need from the cache, without touching anything. */
    public List<String> missingArtifacts(ReleaseDescriptor release) {
        return release.artifacts().stream().map(Artifact::sha256).filter(sha -> !cache.has(sha)).toList();
    }

    /** Installs the release unless it is installed; {@code onStart} runs when real work begins. */
    public InstallOutcome install(ReleaseDescriptor release, String descriptorText, Runnable onStart) {
        Path directory = directory(descriptorText);
        if (Files.isRegularFile(directory.resolve(MARKER))) {
            return new InstallOutcome.Installed(directory);
        }
        List<String> missingCommands = HostCommands.missing(release.requires());
        if (!missingCommands.isEmpty()) {
            return new InstallOutcome.Failed("release " + release.id() + " requires host command"
                    + (missingCommands.size() > 1 ? "s " : " ") + String.join(", ", missingCommands)
                    + ", not found on this node (searched " + HostCommands.SERVICE_PATH + ")");
        }
        List<String> missing = missingArtifacts(release);
        if (!missing.isEmpty()) {
            return new InstallOutcome.Waiting(missing, "waiting for artifact" + (missing.size() > 1 ? "s " : " ")
                    + names(release, missing) + " in the software cache");
        }
        for (Artifact artifact : release.artifacts()) {
            if (!cache.verify(artifact.sha256())) {
                return new InstallOutcome.Waiting(List.of(artifact.sha256()), "artifact " + artifact.name()
                        + " in the cache did not match its sha256 " + artifact.sha256()
                        + ": the damaged copy was removed and is asked for again");
            }
        }
        onStart.run();
        try {
            Wipe.tree(directory);
            Files.createDirectories(directory);
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
            for (InstallStep step : release.install()) {
                run(release, step, directory);
            }
            Files.writeString(directory.resolve(MARKER), release.id() + "\n", StandardCharsets.UTF_8);
            return new InstallOutcome.Installed(directory);
        } catch (IOException | RuntimeException e) {
            return new InstallOutcome.Failed("install of " + release.id() + " failed: " + e.getMessage());
        }
    }

    /** The ids of the releases installed on this node. */
    public List<String> installedReleases() {
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> directories = Files.newDirectoryStream(root)) {
            for (Path directory : directories) {
                Path marker = directory.resolve(MARKER);
                if (Files.isRegularFile(marker)) {
                    ids.add(Files.readString(marker, StandardCharsets.UTF_8).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the software directory " + root, e);
        }
        return ids;
    }

    private void run(ReleaseDescriptor release, InstallStep step, Path directory) throws IOException {
        switch (step.kind()) {
            case COPY -> {
                Artifact artifact = artifact(release, step.artifact());
                Path target = directory.resolve(artifact.name());
                Files.copy(cache.path(artifact.sha256()), target, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
            }
            case UNPACK -> unpack(cache.path(artifact(release, step.artifact()).sha256()), step.artifact(), directory);
            case RUN -> command(step.command().stream().map(a -> a.replace("${software}", directory.toString())).toList(),
                    directory);
        }
    }

    private static Artifact artifact(ReleaseDescriptor release, String name) {
        return release.artifacts().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("install step names unknown artifact '" + name + "'"));
    }

    private static void unpack(Path archive, String name, Path directory) throws IOException {
        if (name.endsWith(".zip") || name.endsWith(".jar")) {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
                ZipEntry entry;
                while ((entry = zip.getNextEntry()) != null) {
                    Path target = directory.resolve(entry.getName()).normalize();
                    if (!target.startsWith(directory)) {
                        throw new IOException("archive " + name + " holds '" + entry.getName() + "', outside the software directory");
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } else {
            // tar refuses members outside the target by default (no absolute names, no '..')
            command(List.of("tar", "-xf", archive.toString(), "-C", directory.toString(), "--no-same-owner"), directory);
        }
    }

    private static void command(List<String> command, Path directory) throws IOException {
        Path log = directory.resolveSibling(directory.getFileName() + ".install.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("PATH", HostCommands.SERVICE_PATH);
        Process process = builder.start();
        try {
            if (!process.waitFor(STEP_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("'" + String.join(" ", command) + "' ran longer than " + STEP_TIMEOUT_MINUTES + " minutes");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("'" + String.join(" ", command) + "' exited with " + process.exitValue() + " (see " + log + ")");
        }
    }

    private static String names(ReleaseDescriptor release, List<String> digests) {
        return String.join(", ", release.artifacts().stream().filter(a -> digests.contains(a.sha256()))
                .map(a -> a.name() + " (" + a.sha256().substring(0, 12) + ")").toList());
    }
}
