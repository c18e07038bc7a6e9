package org.hyperedge.bench;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.protocol.release.ReleaseDescriptor.InstallStep;

/**
 * A release's background install steps (H2's class archive, made after the release's first start so that start
 * does not wait for it) done on a benchmark's agent: the timed starts that follow are those of a node where the
 * release is wholly installed, as they were when the install itself made the archive. A start before then runs
 * without what the steps make, as the first start does. The agent leaves a marker beside the software directory of
 * each release whose background steps are done ({@code *.background}).
 */
public final class BackgroundInstall {

    private BackgroundInstall() {
    }

    /** Waits (up to 120 s) and prints how long after {@code sinceNanos} the steps were done; nothing to wait for without any. */
    public static void await(ReleaseDescriptor release, Path software, long sinceNanos) throws Exception {
        if (release.install().stream().noneMatch(InstallStep::background)) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(software)) {
                try (DirectoryStream<Path> markers = Files.newDirectoryStream(software, "*.background")) {
                    if (markers.iterator().hasNext()) {
                        System.out.printf("%s's background install step done %d ms after its first instance was asked for%n",
                                release.id(), (System.nanoTime() - sinceNanos) / 1_000_000);
                        return;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the background install step of " + release.id() + " was not done within 120 s");
    }
}
