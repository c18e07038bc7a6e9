package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dialled node whose syncs keep bringing nothing is synced less often, so an idle console with a node is idle;
 * a new desired state for it is pushed at the next period all the same, so no request waits for the quiet interval.
 */
class QuietNodeSyncTest {

    private static final Duration READY = Duration.ofSeconds(90);

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(dir);
    }

    @AfterEach
    void stopSite() throws Exception {
        site.close();
    }

    @Test
    void aQuietNodeIsSyncedLessOftenYetANewRequestReachesItWithinAPeriod() throws Exception {
        // given: a node running a web server whose promise keeps passing (journalled once per heartbeat, the
        // agent's default), usage sampled every minute, and a connector whose period is 100 ms
        String node = site.agent("node-q", List.of("--promise-heartbeat", "300", "--usage-period", "60"));
        site.connector.start(Duration.ofMillis(100));
        InstanceRecord web = site.requests.request(Request.root("quiet", "builtin:static-web", "default",
                EndToEndTest.parameters("title", "Quiet")).withSla(Map.of("node", node)));
        site.await(web.id(), "started", true, READY);

        // when: the node has had nothing new for a while, and 40 periods go by
        Thread.sleep(8_000);
        long before = site.connector.completedSyncs();
        Thread.sleep(4_000);
        long quietSyncs = site.connector.completedSyncs() - before;

        // then: it was synced a few times, not at every period
        System.out.println("FIGURE sync.quiet-node-syncs-in-40-periods " + quietSyncs + " syncs lower-is-better");
        assertTrue(quietSyncs >= 1 && quietSyncs <= 4, "a quiet node was synced " + quietSyncs + " times in 40 periods");

        // when: an operator requests a second service on it
        long asked = System.nanoTime();
        InstanceRecord second = site.requests.request(Request.root("quiet-2", "builtin:static-web", "default",
                EndToEndTest.parameters("title", "Second")).withSla(Map.of("node", node)));

        // then: its new desired state is pushed within a couple of periods, not after the quiet interval
        while (site.master.nodeLinks().find(node).orElseThrow().needsPush()) {
            assertTrue(System.nanoTime() - asked < Duration.ofSeconds(1).toNanos(),
                    "the new desired state was not pushed to the quiet node within 1 s (10 periods)");
            Thread.sleep(5);
        }
        System.out.println("FIGURE sync.quiet-node-request-to-pushed " + (System.nanoTime() - asked) / 1_000_000
                + " ms lower-is-better");
        site.await(second.id(), "started", true, READY);
    }
}
