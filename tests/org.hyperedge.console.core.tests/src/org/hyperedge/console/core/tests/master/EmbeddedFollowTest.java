package org.hyperedge.console.core.tests.master;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.Master;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.store.DataVersion;
import org.hyperedge.model.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A console on its data directory's H2 file follows what a command line on the same directory commits within 2 s,
 * though it reads its models again only when H2's data version says something was committed.
 */
class EmbeddedFollowTest {

    @TempDir
    Path data;

    @Test
    void aConsoleOnItsH2FileSeesACommandLinesRequestWithinTwoSeconds() throws Exception {
        try (EmbeddedMaster console = EmbeddedMaster.open(data); Master commandLine = Master.open(data)) {
            // given: a console following its models, and a command line on the same data directory
            console.followModels();
            commandLine.nodes().register(new NodeSpec("edge-1", "factory", "127.0.0.1", 4000, 8192, 10_000, Map.of(), 2,
                    20000, 10));

            // when: the command line requests an instance
            long asked = System.nanoTime();
            commandLine.requests().request(Request.root("orders-db", "builtin:h2-database", "default",
                    new ObjectMapper().createObjectNode()).withSla(Map.of("node", "edge-1")));

            // then: the console's fleet model holds it within 2 s
            long deadline = asked + Duration.ofSeconds(2).toNanos();
            while (!console.fleet().read(fleet -> fleet.getTrees().stream().flatMap(t -> t.getInstances().stream())
                    .map(Instance::getTitle).anyMatch("orders-db"::equals))) {
                assertTrue(System.nanoTime() < deadline, "the console's model did not follow within 2 s");
                Thread.sleep(20);
            }
        }
    }

    @Test
    void theDataVersionMovesWithACommitAndOnlyThen() throws Exception {
        try (Master master = Master.open(data)) {
            // given: the version of an idle store
            DataVersion version = master.dataVersion().orElseThrow();
            long before = version.current();

            // when: it is only read
            master.nodeLinks().all();

            // then: the version stays
            assertEquals(before, version.current(), "reading moved the data version");

            // when: something is committed
            master.nodes().register(new NodeSpec("edge-1", "factory", "127.0.0.1", 4000, 8192, 10_000, Map.of(), 2,
                    20000, 10));

            // then: it moved
            assertTrue(version.current() > before, "a commit did not move the data version");
        }
    }
}
