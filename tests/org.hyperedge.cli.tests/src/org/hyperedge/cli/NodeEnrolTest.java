package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyperedge.master.Master;
import org.hyperedge.master.node.NodeSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18 from the command line: a token for a node behind NAT, and the nodes table showing who dials. */
class NodeEnrolTest {

    @TempDir
    Path data;

    @Test
    void nodesEnrolPrintsAOneTimeTokenAndThisMastersFingerprintForTheAgent() {
        String[] printed = run("nodes", "enrol", "edge-9", "--site", "factory", "--valid-hours", "2");

        assertEquals(String.valueOf(Main.OK), printed[0], printed[2]);
        Matcher token = Pattern.compile("he-enrol-[0-9a-f]{48}").matcher(printed[1]);
        assertTrue(token.find(), printed[1]);
        String fingerprint = org.hyperedge.connector.MasterSite.identity(data).fingerprint();
        assertTrue(printed[1].contains("--enrol " + token.group() + " --master-fingerprint " + fingerprint), printed[1]);
        try (Master master = Master.open(data)) {
            assertEquals("edge-9", master.enrolments().redeem(token.group(), "ab".repeat(32)).nodeName());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void badEnrolArgumentsAreRefusedNamingThem() {
        assertEquals(String.valueOf(Main.REFUSED), run("nodes", "enrol", "--valid-hours", "721")[0]);
        assertTrue(run("nodes", "enrol", "--valid-hours", "721")[2].contains("--valid-hours"));
        assertEquals(String.valueOf(Main.USAGE), run("nodes", "enrol", "a", "b")[0]);
    }

    @Test
    void nodesShowsADiallingNodeWithWhereItDialsFromAndItsLastPathFailure() {
        try (Master master = Master.open(data)) {
            master.nodeLinks().adoptDialling(new NodeSpec("edge-7", "factory", null, 1000, 1024, 1024, Map.of(), 2, 20_000,
                    10), "ab".repeat(32), null, "203.0.113.7:40112");
            master.nodeLinks().adopt(new NodeSpec("rack-1", "factory", "127.0.0.1:7443", 1000, 1024, 1024, Map.of(), 2,
                    20_100, 10), "cd".repeat(32));
            master.nodeLinks().pathFailed("edge-7", "10.0.0.1:8443: connection refused");
        }

        String table = run("nodes")[1];

        String edge = table.lines().filter(l -> l.contains("edge-7")).findFirst().orElseThrow();
        String rack = table.lines().filter(l -> l.contains("rack-1")).findFirst().orElseThrow();
        assertTrue(edge.contains("dialling") && edge.contains("from 203.0.113.7:40112")
                && edge.contains("last failure: 10.0.0.1:8443: connection refused"), edge);
        assertTrue(rack.contains("dialled") && rack.contains("127.0.0.1:7443"), rack);
    }

    /** Exit code, standard output, standard error. */
    private String[] run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8));
        return new String[] { String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) };
    }
}
