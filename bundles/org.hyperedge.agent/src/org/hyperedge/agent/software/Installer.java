package org.hyperedge.agent.software;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.LinkOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.hyperedge.agent.partition.TenantTree;
import org.hyperedge.agent.partition.Wipe;
import org.hyperedge.agent.runtime.UnixUsers;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.protocol.release.ReleaseDescriptor.Artifact;
import org.hyperedge.protocol.release.ReleaseDescriptor.InstallStep;

/**
 * Installs releases once per node into their software directories, named by a digest of the descriptor so
 * a changed descriptor installs beside the old one. Install steps run as the agent's build user
 * ({@link BuildUser}), who owns the directory while the install lasts; what the agent itself puts there
 * (copied and unzipped artifacts) goes through {@link TenantTree}, so no link the steps leave is followed.
 * The {@code .installed} marker is written last, beside the directory where the build user cannot reach it:
 * a directory without it is a half-done install (the agent was killed, a step failed), wiped and redone.
 */
public final class Installer {

    private static final String MARKER = ".installed";
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwxr-xr-x");

    private final Path root;
    private final SoftwareCache cache;
    private final BuildUser build;
    private final Path staging;
    private final BackgroundSteps background;

    /** {@code staging}: the agent's private directory for files on their way in (on the same file system). */
    public Installer(Path root, SoftwareCache cache, UnixUsers users, Path staging) {
        this.root = root;
        this.cache = cache;
        this.build = new BuildUser(users);
        this.staging = staging;
        this.background = new BackgroundSteps(build);
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
        return Files.isRegularFile(marker(directory(descriptorText)));
    }

    private static Path marker(Path directory) {
        return directory.resolveSibling(directory.getFileName() + MARKER);
    }

    /** What {@link #install} would need from the cache, without touching anything. */
    public List<String> missingArtifacts(ReleaseDescriptor release) {
        return release.artifacts().stream().map(Artifact::sha256).filter(sha -> !cache.has(sha)).toList();
    }

    /** Installs the release unless it is installed; {@code onStart} runs when real work begins. */
    public InstallOutcome install(ReleaseDescriptor release, String descriptorText, Runnable onStart) {
        Path directory = directory(descriptorText);
        if (Files.isRegularFile(marker(directory))) {
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
        synchronized (build) { // the build user serves one install at a time (background steps use it too)
            return installNow(release, directory);
        }
    }

    private InstallOutcome installNow(ReleaseDescriptor release, Path directory) {
        List<InstallStep> steps = release.install().stream().filter(step -> !step.background()).toList();
        try {
            build.begin(steps.stream().anyMatch(step -> step.kind() == InstallStep.Kind.RUN
                    || step.kind() == InstallStep.Kind.UNPACK && !zip(step.artifact())));
            Wipe.tree(directory);
            BackgroundSteps.forget(directory);
            Files.createDirectory(directory);
            Files.setPosixFilePermissions(directory, DIRECTORY);
            build.lend(directory);
            for (InstallStep step : steps) {
                run(release, step, directory);
            }
            build.handBack(directory);
            build.end();
            Path marker = marker(directory);
            Path tmp = marker.resolveSibling(marker.getFileName() + ".tmp");
            Files.writeString(tmp, release.id() + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, marker, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new InstallOutcome.Installed(directory);
        } catch (IOException | RuntimeException e) {
            String error = "install of " + release.id() + " failed: " + e.getMessage();
            try {
                build.end();
            } catch (IOException | RuntimeException left) {
                error += "; and its build user is left: " + left.getMessage();
            }
            return new InstallOutcome.Failed(error);
        }
    }

    /**
     * The release's background steps, once an instance of it started: they run at the lowest priority on a thread of
     * their own, once per node and release ({@link BackgroundSteps}); nothing when it has none or they ran.
     */
    public void started(ReleaseDescriptor release, String descriptorText) {
        if (BackgroundSteps.any(release)) {
            background.submit(release, directory(descriptorText));
        }
    }

    /** Stops the background step that runs, if any, for the agent to close. */
    public void close() {
        background.close();
    }

    /** The ids of the releases installed on this node. */
    public List<String> installedReleases() {
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> markers = Files.newDirectoryStream(root, "*" + MARKER)) {
            for (Path marker : markers) {
                if (Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
                    ids.add(Files.readString(marker, StandardCharsets.UTF_8).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the software directory " + root, e);
        }
        return ids;
    }

    private void run(ReleaseDescriptor release, InstallStep step, Path directory) throws IOException {
        Path log = directory.resolveSibling(directory.getFileName() + ".install.log");
        switch (step.kind()) {
            case COPY -> {
                Artifact artifact = artifact(release, step.artifact());
                Path source = cache.path(artifact.sha256());
                try (TenantTree tree = TenantTree.open(directory, staging)) {
                    tree.write(artifact.name(), out -> Files.copy(source, out), FILE, build.owner(), DIRECTORY);
                }
            }
            case UNPACK -> {
                Path archive = cache.path(artifact(release, step.artifact()).sha256());
                if (zip(step.artifact())) {
                    unzip(archive, step.artifact(), directory);
                } else {
                    // the build user cannot read the cache: the agent opens the archive as its standard input.
                    // tar refuses members outside the target by default (no absolute names, no '..')
                    List<String> tar = new ArrayList<>(List.of("tar", "-x"));
                    tar.addAll(Compression.of(archive));
                    tar.addAll(List.of("-f", "-", "--no-same-owner"));
                    build.run(tar, directory, archive.toFile(), log);
                }
            }
            case RUN -> build.run(step.command().stream().map(a -> a.replace("${software}", directory.toString())).toList(),
                    directory, null, log);
        }
    }

    private static Artifact artifact(ReleaseDescriptor release, String name) {
        return release.artifacts().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("install step names unknown artifact '" + name + "'"));
    }

    private static boolean zip(String artifact) {
        return artifact.endsWith(".zip") || artifact.endsWith(".jar");
    }

    private void unzip(Path archive, String name, Path directory) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive));
                TenantTree tree = TenantTree.open(directory, staging)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String path = entry.getName().replaceAll("/+$", "");
                if (path.isEmpty()) {
                    continue;
                }
                try {
                    if (entry.isDirectory()) {
                        tree.directory(path, DIRECTORY, build.owner(), false);
                    } else {
                        tree.write(path, out -> zip.transferTo(out), FILE, build.owner(), DIRECTORY);
                    }
                } catch (IllegalArgumentException e) {
                    throw new IOException("archive " + name + " holds '" + entry.getName() + "', outside the software directory");
                }
            }
        }
    }

    private static String names(ReleaseDescriptor release, List<String> digests) {
        return String.join(", ", release.artifacts().stream().filter(a -> digests.contains(a.sha256()))
                .map(a -> a.name() + " (" + a.sha256().substring(0, 12) + ")").toList());
    }
}
