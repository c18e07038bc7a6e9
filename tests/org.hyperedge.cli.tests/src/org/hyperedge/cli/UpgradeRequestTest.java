package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.hyperedge.master.Master;
import org.hyperedge.master.node.NodeSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./hyperedge request NEWER-VERSION TITLE} upgrades the title, {@code status} shows its version; older is refused. */
class UpgradeRequestTest {

    @TempDir
    Path data;

    @BeforeEach
    void givenANodeAndStaticWeb11BesideTheBuiltIn10() throws Exception {
        assertEquals(Main.OK, CliRun.inProcess(data, "catalog").code(), "the built-in catalog imported");
        try (Master master = Master.open(data)) {
            master.nodes().register(new NodeSpec("edge-1", "factory", "127.0.0.1", 2000, 2048, 10_000, Map.of(), 4, 20000, 10));
            master.catalog().importRelease("test", """
                    { "id": "acme:static-web@1.1", "name": "Static web server", "version": "1.1",
                      "types": { "default": { "processes": [ { "name": "http", "command": ["true"] } ] } } }
                    """);
        }
    }

    @Test
    void aNewerVersionOfTheTitlesReleaseUpgradesItAndStatusShowsTheVersion() {
        assertEquals(Main.OK, CliRun.inProcess(data, "request", "builtin:static-web", "site").code());
        assertTrue(status().lines().anyMatch(l -> l.matches("site\\s+builtin:static-web\\s+1\\.0\\s+default\\s+edge-1/p000.*")),
                status());

        CliRun upgrade = CliRun.inProcess(data, "request", "acme:static-web@1.1", "site");

        assertEquals(Main.OK, upgrade.code(), upgrade.err());
        assertTrue(status().lines().anyMatch(l -> l.matches("site\\s+acme:static-web@1\\.1\\s+1\\.1\\s+default\\s+edge-1/p000.*")),
                status());
    }

    @Test
    void anOlderVersionIsRefusedNamingBothAndTheTitleKeepsItsVersion() {
        assertEquals(Main.OK, CliRun.inProcess(data, "request", "acme:static-web@1.1", "site").code());

        CliRun downgrade = CliRun.inProcess(data, "request", "builtin:static-web", "site");

        BadInputTest.assertRefused(downgrade, "request 'site' refused: instance 'site' runs acme:static-web@1.1 version 1.1; "
                + "builtin:static-web version 1.0 is older: a downgrade is refused (request version 1.1 or newer, or a new title)");
        assertTrue(status().lines().anyMatch(l -> l.matches("site\\s+acme:static-web@1\\.1\\s+1\\.1\\s+default\\s+edge-1/p000.*")),
                status());
    }

    private String status() {
        return CliRun.inProcess(data, "status").out();
    }
}
