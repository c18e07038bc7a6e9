package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.hyperedge.master.Master;
import org.hyperedge.master.node.NodeSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./hyperedge request SHORTNAME TITLE}, as typed: one release found, an ambiguous name, an unknown one. */
class ShortNameRequestTest {

    @TempDir
    Path data;

    @Test
    void aShortNameRequestsTheOneReleaseThatHasIt() {
        // given a node
        try (Master master = Master.open(data)) {
            master.nodes().register(new NodeSpec("edge-1", "factory", "127.0.0.1", 2000, 2048, 10_000, Map.of(), 4, 20000, 10));
        }

        // when
        CliRun request = CliRun.inProcess(data, "request", "nginx", "web");

        // then
        assertEquals(Main.OK, request.code(), request.err());
        assertTrue(request.out().startsWith("requested 'web' (instance 1, tree 1): on node edge-1"), request.out());
        CliRun status = CliRun.inProcess(data, "status");
        assertTrue(status.out().lines().anyMatch(l -> l.matches("web\\s+builtin:nginx\\s+1\\s+default\\s+edge-1/p000.*")),
                status.out());
    }

    @Test
    void anAmbiguousShortNameIsRefusedListingEveryReleaseThatHasIt() throws Exception {
        // given a static-web 1.1 imported beside the built-in 1.0
        assertEquals(Main.OK, CliRun.inProcess(data, "catalog").code(), "the built-in catalog imported");
        try (Master master = Master.open(data)) {
            master.catalog().importRelease("test", """
                    { "id": "acme:static-web@1.1", "name": "Static web server", "version": "1.1",
                      "types": { "default": { "processes": [ { "name": "http", "command": ["true"] } ] } } }
                    """);
        }

        // when
        CliRun run = CliRun.inProcess(data, "request", "static-web", "site");

        // then
        BadInputTest.assertRefused(run, "request 'site' refused: release 'static-web' is ambiguous: 2 releases have this "
                + "short name: acme:static-web@1.1 (version 1.1), builtin:static-web (version 1.0); request one by its id");
        assertNothingRequested();
    }

    @Test
    void anUnknownShortNameIsRefusedNamingIt() {
        CliRun run = CliRun.inProcess(data, "request", "oracle", "my_db");

        BadInputTest.assertRefused(run, "request 'my_db' refused: unknown release 'oracle': no release has this id or "
                + "short name (see ./hyperedge catalog)");
        assertNothingRequested();
    }

    private void assertNothingRequested() {
        CliRun status = CliRun.inProcess(data, "status");
        assertEquals(1, status.out().lines().count(), "nothing requested: " + status.out());
    }
}
