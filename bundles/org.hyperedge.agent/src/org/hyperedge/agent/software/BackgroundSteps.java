package org.hyperedge.agent.software;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.hyperedge.agent.partition.Wipe;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.protocol.release.ReleaseDescriptor.InstallStep;

/**
 * A release's background install steps (a class archive that only makes later starts faster): they hold up no
 * start. They run once per node and release, after its first instance started, one release at a time on a thread
 * of their own, at the lowest CPU priority (a service starting beside them keeps the processor), as the build
 * user like every step. Their working directory is a new one beside the software directory, lent to the build user:
 * the software directory, which services run from, stays root's; the regular files they leave there are moved
 * into it when they are done (never over a file the install made). A failed step is logged and not retried: the
 * release runs without what it would have made.
 */
final class BackgroundSteps {

    private static final String MARKER = ".background";
    private static final String WORK = ".background.d";

    private final BuildUser build;
    private final Set<Path> queued = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "hyperedge-agent-background-install");
        thread.setDaemon(true);
        return thread;
    });

    BackgroundSteps(BuildUser build) {
        this.build = build;
    }

    static boolean any(ReleaseDescriptor release) {
        return release.install().stream().anyMatch(InstallStep::background);
    }

    /** Queues the release's background steps unless they ran (or are queued) already. */
    void submit(ReleaseDescriptor release, Path directory) {
        if (!any(release) || Files.exists(marker(directory), LinkOption.NOFOLLOW_LINKS) || !queued.add(directory)) {
            return;
        }
        try {
            worker.execute(() -> {
                try {
                    run(release, directory);
                } finally {
                    queued.remove(directory);
                }
            });
        } catch (RejectedExecutionException closing) {
            queued.remove(directory); // the agent is closing: the next start queues them again
        }
    }

    /**
     * Stops the step that runs (its process ends) and drops those queued, waiting until nothing of them writes
     * in the software directory any more: the agent is closing.
     */
    void close() {
        worker.shutdownNow();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                System.err.println("hyperedge-agent: a background install step did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Forgets that the steps ran, for a directory installed anew. */
    static void forget(Path directory) throws IOException {
        Files.deleteIfExists(marker(directory));
        Wipe.tree(work(directory));
    }

    private void run(ReleaseDescriptor release, Path directory) {
        Path log = directory.resolveSibling(directory.getFileName() + ".install.log");
        Path work = work(directory);
        String outcome;
        synchronized (build) { // the build user serves one install at a time
            if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS) || Files.exists(marker(directory), LinkOption.NOFOLLOW_LINKS)) {
                return; // removed, or done, since it was queued
            }
            try {
                Wipe.tree(work);
                Files.createDirectory(work);
                Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
                build.begin(true);
                build.lend(work);
                for (InstallStep step : release.install()) {
                    if (step.background()) {
                        build.runAtLowPriority(step.command().stream().map(a -> a.replace("${software}", directory.toString()))
                                .toList(), work, log);
                    }
                }
                build.handBack(work);
                build.end();
                outcome = "done: " + String.join(", ", moveIn(work, directory));
            } catch (IOException | RuntimeException e) {
                boolean stopped = Thread.interrupted(); // cleared, so the build user's removal below can run
                outcome = "failed: " + e.getMessage();
                try {
                    build.end();
                } catch (IOException | RuntimeException left) {
                    outcome += "; and its build user is left: " + left.getMessage();
                }
                if (stopped) {
                    wipeQuietly(work); // no marker: the steps run again at the next start
                    return;
                }
                System.err.println("hyperedge-agent: a background install step of " + release.id()
                        + " failed; the release runs without what it makes: " + e.getMessage());
            }
            try {
                Wipe.tree(work);
                // whole or not at all: an empty marker left by a crash would say the steps ran
                Path written = directory.resolveSibling(directory.getFileName() + MARKER + ".new");
                Files.writeString(written, outcome + "\n", StandardCharsets.UTF_8);
                Files.move(written, marker(directory), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                System.err.println("hyperedge-agent: cannot record the background steps of " + release.id()
                        + " (they run again at the next start): " + e.getMessage());
            }
        }
    }

    /**
     * The regular files the steps left at the top of their directory, now root's (handed back), into the
     * software directory: a rename on one file system, so a starting service sees a whole file or none.
     */
    private static List<String> moveIn(Path work, Path directory) throws IOException {
        List<String> moved = new java.util.ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(work)) {
            for (Path entry : entries) {
                Path target = directory.resolve(entry.getFileName().toString());
                if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(entry, target, StandardCopyOption.ATOMIC_MOVE);
                    moved.add(entry.getFileName().toString());
                }
            }
        }
        return moved;
    }

    private static void wipeQuietly(Path work) {
        try {
            Wipe.tree(work);
        } catch (IOException e) {
            System.err.println("hyperedge-agent: cannot remove " + work + ": " + e.getMessage());
        }
    }

    private static Path marker(Path directory) {
        return directory.resolveSibling(directory.getFileName() + MARKER);
    }

    private static Path work(Path directory) {
        return directory.resolveSibling(directory.getFileName() + WORK);
    }
}
