package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.Master;
import org.hyperedge.master.sync.NodeLink;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.protocol.report.HeldDesired;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault 2 of issue 15, the master's side of it: a node whose agent says it holds an older desired state than
 * it was pushed (its desired.json lost) is shown out of sync, with the agent's reason, until it holds it again.
 * (DesiredStateLossTest has the real agent and master; there the push again follows at once.)
 */
class NodeSyncStateTest {

    @TempDir
    Path data;

    @Test
    void aNodeThatLostItsDesiredStateIsShownOutOfSyncUntilItHoldsItAgain() {
        try (Master master = Master.open(data)) {
            master.nodeLinks().adopt(new NodeSpec("edge-1", "factory", "127.0.0.1:7443", 4000, 8192, 100_000, Map.of(),
                    4, 20_000, 10), "ab".repeat(32));
        }
        assertEquals(Main.OK, run("request", "builtin:h2-database", "db", "--node", "node=edge-1"));
        try (Master master = Master.open(data)) {
            NodeLinks links = master.nodeLinks();
            NodeLink node = links.find("edge-1").orElseThrow();
            assertTrue(node.generation() > 0, "the request changed what the node should run");
            links.pushed("edge-1", node.generation());
            assertTrue(nodes().contains("in sync"), "pushed and held");

            links.lost("edge-1", new HeldDesired(0, "no desired state held: desired.json is missing"), node.generation());

            String shown = nodes();
            assertTrue(shown.contains("out of sync: the node holds desired-state generation 0, not the "
                    + node.generation() + " it was sent (no desired state held: desired.json is missing)"), shown);
            assertTrue(links.find("edge-1").orElseThrow().needsPush(), "the master sends it again");

            links.pushed("edge-1", node.generation());
            assertTrue(nodes().contains("in sync"), nodes());
        }
    }

    private String nodes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(List.of("--data", data.toString(), "nodes"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(Main.OK, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return Main.run(all, quiet, quiet);
    }
}
