package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.Master;
import org.hyperedge.master.request.InstanceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a real H2 file, as a user types it; output and exit codes checked. */
class MainTest {

    @TempDir
    Path data;

    private String out;
    private String err;

    @Test
    void catalogListsTheBuiltInReleasesOnAFreshDataDirectory() {
        assertEquals(Main.OK, run("catalog"));

        assertTrue(out.startsWith("RELEASE"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("builtin:h2-database\\s+2\\.4\\.240\\s+default\\s+builtin\\s+H2 database server")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("builtin:load-balancer\\s+1\\s+default\\s+builtin\\s+HAProxy load balancer")), out);
        assertEquals(1 + 12, out.lines().count(), "a header and the twelve built-in releases: " + out);
    }

    @Test
    void requestPlacesTheServiceAndStatusShowsIt() {
        try (Master master = Master.open(data)) {
            master.nodes().register(new NodeSpec("edge-1", "factory", "127.0.0.1", 2000, 2048, 10_000,
                    java.util.Map.of("zone", "a"), 4, 20000, 10));
        }

        assertEquals(Main.OK, run("request", "builtin:h2-database", "my_db", "--param", "database=orders",
                "--node", "label.zone=a"));
        assertTrue(out.contains("requested 'my_db' (instance 1, tree 1): on node edge-1, partition p000"), out);
        assertEquals(Main.OK, run("status"));
        assertTrue(out.lines().anyMatch(l -> l.matches("my_db\\s+builtin:h2-database\\s+2\\.4\\.240\\s+default\\s+edge-1/p000\\s+started\\s+pending.*")), out);
    }

    @Test
    void aDestroyedInstanceShowsNoNodeRatherThanAReasonToWait() {
        InstanceRecord destroyed = new InstanceRecord(1, 1, null, "my_db", "builtin:h2-database", "default", false, "{}",
                org.hyperedge.model.RequestedState.DESTROYED, "destroyed", null, null, null, null, false, null);
        InstanceRecord waiting = new InstanceRecord(2, 2, null, "other", "builtin:h2-database", "default", false, "{}",
                org.hyperedge.model.RequestedState.STARTED, "pending", null, null, "no node with 1 free partition", null,
                false, null);

        assertEquals("-", Commands.where(destroyed));
        assertEquals("(no node with 1 free partition)", Commands.where(waiting));
    }

    @Test
    void nodesAdoptExplainsABadAddressAndAnAgentThatIsNotThere() {
        assertEquals(Main.REFUSED, run("nodes", "adopt", "not-an-address", "0123456789abcdef0123456789abcdef-abcdefgh"));
        assertTrue(err.contains("address 'not-an-address' is not HOST:PORT"), err);

        assertEquals(Main.REFUSED, run("nodes", "adopt", "127.0.0.1:1", "0123456789abcdef0123456789abcdef-abcdefgh", "--site", "lab"));
        assertTrue(err.contains("cannot reach an agent at 127.0.0.1:1"), err);

        assertEquals(Main.REFUSED, run("nodes", "adopt", "127.0.0.1:1", "not-a-code"));
        assertTrue(err.contains("pairing code 'not-a-code' is not of the form"), err);
        assertEquals(Main.OK, run("nodes"));
        assertTrue(out.contains("No nodes yet: adopt one with ./hyperedge nodes adopt ADDRESS CODE --site SITE"), out);
    }

    @Test
    void paramsFileAndDryRunWork() throws IOException {
        Path params = Files.writeString(data.resolve("params.json"), "{\"title\": \"Hello\"}");

        assertEquals(Main.OK, run("request", "builtin:static-web", "site", "--params-file", params.toString(), "--dry-run"));

        assertEquals("would wait: no node matches any node\n", out);
        assertEquals(Main.OK, run("status"));
        assertEquals(1, out.lines().count(), "a dry run orders nothing: " + out);
    }

    @Test
    void refusedRequestsExitWithOneAndSayWhyOnStderr() {
        assertEquals(Main.REFUSED, run("request", "builtin:oracle", "db"));

        assertEquals("hyperedge: request 'db' refused: unknown release 'builtin:oracle': no release has this id or short name (see ./hyperedge catalog)\n", err);
    }

    @Test
    void badCommandLinesExitWithTwoAndBadValuesWithOne() {
        assertEquals(Main.USAGE, run("request", "builtin:h2-database"));
        assertTrue(err.startsWith("hyperedge: request needs RELEASE and TITLE\n"), err);
        assertEquals(Main.REFUSED, run("request", "builtin:h2-database", "x", "--state", "paused"));
        assertEquals("hyperedge: unknown state 'paused' (expected started, stopped or destroyed)\n", err);
        assertEquals(Main.USAGE, run("frobnicate"));
        assertEquals(Main.USAGE, run("request", "builtin:h2-database", "x", "--param", "novalue"));
        assertTrue(err.startsWith("hyperedge: --param 'novalue' is not KEY=VALUE"), err);
    }

    @Test
    void anUnusableDatabaseDirectoryIsRefusedInWords() throws IOException {
        Path notADirectory = Files.writeString(data.resolve("file"), "x");

        assertEquals(Main.REFUSED, run("--db", "jdbc:h2:file:" + notADirectory.resolve("master"), "status"));

        assertEquals("hyperedge: the directory of --db " + notADirectory + " cannot be used: " + notADirectory + " is a "
                + "file, not a directory; give a directory this user can create and write in\n", err);
    }

    @Test
    void aDatabaseThatCannotBeReachedExitsWithThreeWithoutJavaNames() {
        assertEquals(Main.DATABASE, run("--db", "jdbc:postgresql://127.0.0.1:1/nothing?user=nobody", "status"));

        assertTrue(err.startsWith("hyperedge: cannot open the database jdbc:postgresql://127.0.0.1:1/nothing?user=nobody: "),
                err);
        assertTrue(!err.contains("Exception") && err.lines().count() == 1, err);
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = Main.run(all, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        out = stdout.toString(StandardCharsets.UTF_8);
        err = stderr.toString(StandardCharsets.UTF_8);
        return code;
    }
}
