package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.hyperedge.agent.launch.AgentLauncher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, fault 7: a headless master takes in a node adopted by another process without a restart. */
class HeadlessMasterAdoptionTest {

    /** The headless master's sync period; the node must be synced within a couple of them. */
    private static final double PERIOD_S = 0.5;

    @TempDir
    Path dir;
    HeadlessSite site;

    @BeforeEach
    void startSite() throws Exception {
        site = new HeadlessSite(dir);
    }

    @AfterEach
    void stopSite() throws Exception {
        site.close();
    }

    @Test
    void aNodeAdoptedFromTheCommandLineWhileAHeadlessMasterRunsIsSyncedWithinTwoPeriods() throws Exception {
        // given: a headless master running with no node, and an agent waiting to be adopted
        site.startMaster(Double.toString(PERIOD_S));
        site.awaitMasterSyncing(Duration.ofSeconds(60));
        AgentLauncher.Launched agent = site.startAgent("late-node");

        // when: an operator adopts it with the command line, another process
        HeadlessSite.Run adopt = site.cli("nodes", "adopt", agent.address(), agent.pairingCode(), "--site", "factory");
        assertEquals(0, adopt.exitCode(), adopt.output());
        long adopted = System.nanoTime();

        // then: the running master pushes the node its desired state at its next periods, without a restart
        Path desired = site.agentData("late-node").resolve("state").resolve("desired.json");
        while (!Files.exists(desired) && System.nanoTime() - adopted < Duration.ofSeconds(30).toNanos()) {
            Thread.sleep(20);
        }
        double waited = (System.nanoTime() - adopted) / 1e9;
        assertTrue(Files.exists(desired), "the running master never synced the node adopted beside it");
        assertTrue(waited <= 2 * PERIOD_S + 1, "synced after " + waited + " s, not within two periods of " + PERIOD_S + " s");
        HeadlessSite.Run nodes = site.cli("nodes");
        assertTrue(nodes.output().lines().anyMatch(line -> line.contains("late-node") && line.contains("in sync")),
                nodes.output());
    }
}
