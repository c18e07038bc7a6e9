package org.hyperedge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * {@code bench fleet} in small (issue 19): 200 simulated dialled nodes, two real master processes on one PostgreSQL
 * syncing every 2 s; a change reaches every node, a master killed with -9 has its nodes synced by the other
 * (within 30 s here; the bench measures the 15 s goal), and no report is lost or stored twice. Needs
 * {@code -Dhyperedge.test.postgres=URL}.
 */
class FleetBenchmarkTest {

    private static final String POSTGRES = System.getProperty("hyperedge.test.postgres", "");
    private static final Duration PERIOD = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    @Test
    void twoMastersDeliverAChangeToEveryNodeAndSurviveAKillWithNoReportLostOrTwice() throws Exception {
        assumeTrue(!POSTGRES.isBlank(), "needs -Dhyperedge.test.postgres=URL (./hyperedge test starts one)");
        // given: 200 nodes, two master processes syncing them every 2 s
        List<String> launcher = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:TieredStopAtLevel=1", // a master's JIT at its quickest start: the test is about behaviour, not speed
                "-cp", classPathOf(org.hyperedge.cli.Main.class), org.hyperedge.cli.Main.class.getName());

        // when: the steady state is watched, an operator key is added, and one master is killed with -9
        FleetBenchmark.Figures figures = FleetBenchmark.run(new FleetBenchmark.Settings(dir, POSTGRES, launcher, 200, 2,
                PERIOD, Duration.ofSeconds(3), 4, 47_643, false));

        // then: each node synced about once a period, the change reached all, the survivor took the killed one's nodes
        System.out.println("FIGURE fleet.test-200-nodes.takeover " + figures.takeoverMs() + " ms lower-is-better");
        assertTrue(figures.syncsPerSecond() >= 200 / 2.0 * 0.7, "steady state syncs/s: " + figures);
        assertTrue(figures.longestGapMs() < 3 * PERIOD.toMillis(), "a node waited too long between syncs: " + figures);
        assertEquals(0, figures.undelivered(), "every node got the new desired state: " + figures);
        assertTrue(figures.deliveryP99Ms() >= 0 && figures.deliveryMaxMs() < 3 * PERIOD.toMillis(),
                "delivered within a period or so: " + figures);
        assertTrue(figures.killedNodes() > 0, "the killed master held nodes: " + figures);
        assertEquals(0, figures.notTakenOver(), "every node of the killed master synced again: " + figures);
        // the goal (< 15 s) is the bench's figure; here takeover must happen within three leases, so a loaded CI passes
        assertTrue(figures.takeoverMs() >= 0 && figures.takeoverMs() < 30_000, "taken over within 30 s: " + figures);
        assertEquals(0, figures.unacknowledged(), "every journal acknowledged in the end: " + figures);
        assertEquals(0, figures.lost(), "no report lost: " + figures);
        assertEquals(0, figures.duplicated(), "no report stored twice: " + figures);
    }

    /** The jars of the bundle that holds {@code type} and of every bundle it is wired to, as a class path. */
    private static String classPathOf(Class<?> type) {
        Set<Bundle> bundles = new LinkedHashSet<>();
        collect(FrameworkUtil.getBundle(type), bundles);
        String area = System.getProperty("osgi.install.area");
        Path installArea = area == null ? Path.of("").toAbsolutePath() : Path.of(URI.create(area));
        List<String> entries = new ArrayList<>();
        for (Bundle bundle : bundles) {
            // Equinox names bundles installed at launch "initial@reference:file:PATH", PATH relative to its install area
            String location = bundle.getLocation();
            int file = location.indexOf("reference:file:");
            if (bundle.getBundleId() != 0 && file >= 0) {
                entries.add(installArea.resolve(location.substring(file + "reference:file:".length())).normalize().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void collect(Bundle bundle, Set<Bundle> bundles) {
        if (bundle == null || !bundles.add(bundle)) {
            return;
        }
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring != null) {
            for (BundleWire wire : wiring.getRequiredWires(null)) {
                collect(wire.getProviderWiring().getBundle(), bundles);
            }
        }
    }
}
