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

/** {@code backup-instance}, {@code restore-instance} and {@code instance-backups}: what they do and what they refuse. */
class InstanceBackupCommandsTest {

    @TempDir
    Path data;

    @BeforeEach
    void givenAnH2DatabaseOnANode() throws Exception {
        assertEquals(Main.OK, CliRun.inProcess(data, "catalog").code(), "the built-in catalog imported");
        try (Master master = Master.open(data)) {
            master.nodes().register(new NodeSpec("edge-1", "factory", "127.0.0.1", 2000, 2048, 10_000, Map.of(), 4, 20000, 10));
        }
        assertEquals(Main.OK, CliRun.inProcess(data, "request", "h2-database", "orders-db").code());
        assertEquals(Main.OK, CliRun.inProcess(data, "request", "static-web", "front").code());
    }

    @Test
    void aBackupNowIsAskedOfTheInstancesNode() {
        CliRun asked = CliRun.inProcess(data, "backup-instance", "orders-db");

        assertEquals(Main.OK, asked.code(), asked.err());
        assertTrue(asked.out().startsWith("asked node edge-1 to back up 'orders-db' now"), asked.out());
        CliRun listed = CliRun.inProcess(data, "instance-backups");
        assertEquals(Main.OK, listed.code());
        assertEquals(1, listed.out().lines().count(), "only the header: no backup reported yet\n" + listed.out());
    }

    @Test
    void restoresAndBackupsThatCannotBeAreRefusedNamingWhy() {
        BadInputTest.assertRefused(CliRun.inProcess(data, "restore-instance", "nowhere"),
                "restore-instance 'nowhere' refused: no instance is titled 'nowhere'");
        BadInputTest.assertRefused(CliRun.inProcess(data, "restore-instance", "orders-db", "--on", "edge-2"),
                "restore-instance 'orders-db' refused: 'orders-db' has no backup yet: nothing to restore from");
        BadInputTest.assertRefused(CliRun.inProcess(data, "backup-instance", "front"),
                "backup-instance 'front' refused: software type default of builtin:static-web declares no data backup: 'front' has "
                        + "none to take or restore");
        assertEquals(Main.USAGE, CliRun.inProcess(data, "restore-instance").code());
        assertEquals(Main.USAGE, CliRun.inProcess(data, "restore-instance", "orders-db", "--on").code());
    }
}
