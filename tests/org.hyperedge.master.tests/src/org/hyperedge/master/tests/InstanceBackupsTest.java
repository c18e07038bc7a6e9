package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.hyperedge.master.Master;
import org.hyperedge.master.monitoring.MonitoringPolicy;
import org.hyperedge.master.monitoring.PeriodicChecks;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.recovery.InstanceBackups;
import org.hyperedge.master.recovery.InstanceRecovery;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.master.sync.ReportIngest;
import org.hyperedge.master.ticket.Tickets;
import org.hyperedge.protocol.desired.DesiredState;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The master's side of instance data backups: what a node reports is recorded and asked for, an overdue backup
 * opens a ticket the next backup resolves, and a restore moves the instance to another node with its backup named
 * in that node's desired state.
 */
class InstanceBackupsTest {

    private static final String SHA = "5d".repeat(32);

    @TempDir
    Path data;

    private TestMaster master;
    private Master services;
    private ReportIngest ingest;
    private InstanceRecord database;

    @BeforeEach
    void placeADatabaseOnEdge1() throws Exception {
        master = TestMaster.open(data);
        services = Master.over(master.database());
        NodeLinks links = new NodeLinks(master.database());
        links.adopt(new NodeSpec("edge-1", "factory", "127.0.0.1:7443", 2000, 4096, 10_000, Map.of(), 2, 20000, 10), "ab".repeat(32));
        links.adopt(new NodeSpec("edge-2", "factory", "127.0.0.2:7443", 2000, 4096, 10_000, Map.of(), 2, 21000, 10), "cd".repeat(32));
        database = master.requests().request(Request.root("db", "builtin:h2-database", "default",
                ReportCodec.JSON.createObjectNode()).withSla(Map.of("node", "edge-1")));
        ingest = new ReportIngest(master.database());
        ingest.ingest("edge-1", ReportIngestTest.page("edge-1", ReportIngestTest.started(1, database.id())));
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void aReportedBackupIsRecordedAndToBePulledOnceAndOnlyAStoredOneIsRestorable() throws Exception {
        ReportIngest.Outcome first = ingest.ingest("edge-1", ReportIngestTest.page("edge-1", backedUp(2, SHA)));
        ReportIngest.Outcome again = ingest.ingest("edge-1", ReportIngestTest.page("edge-1", backedUp(3, SHA)));

        assertEquals(java.util.Set.of(SHA), first.backupsToPull());
        assertEquals(java.util.Set.of(SHA), again.backupsToPull(), "not stored yet: asked for again");
        InstanceBackups.Backup latest = services.instanceBackups().latest(database.id()).orElseThrow();
        assertEquals(1234, latest.size());
        assertFalse(latest.stored());
        assertRefused("the master does not hold its file yet", () -> services.instanceRecovery().restore("db", null, null));

        services.instanceBackups().stored(SHA);
        assertTrue(services.instanceBackups().latest(database.id()).orElseThrow().stored());
        assertEquals(java.util.Optional.of("edge-2"), services.instanceBackups().chooseReplica(SHA),
                "the other node holds a copy");
        assertEquals(java.util.List.of(SHA), services.instanceBackups().toReplicate("edge-2"));
        services.instanceBackups().replicated(SHA, "edge-2");
        assertTrue(services.instanceBackups().latest(database.id()).orElseThrow().replicated());
        assertEquals(java.util.List.of(), services.instanceBackups().toReplicate("edge-2"));
        assertEquals(java.util.Set.of(), ingest.ingest("edge-1", ReportIngestTest.page("edge-1", backedUp(4, SHA))).backupsToPull());
    }

    @Test
    void theMasterKeepsTheNewestThreeBackupsOfAnInstanceAndNamesTheOlderForRemoval() throws Exception {
        java.util.List<String> dropped = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String sha = String.format("%064x", i);
            ingest.ingest("edge-1", ReportIngestTest.page("edge-1", backedUp(1 + i, sha, Instant.now().plusSeconds(i))));
            dropped.addAll(services.instanceBackups().stored(sha));
        }

        assertEquals(java.util.List.of(String.format("%064x", 1), String.format("%064x", 2)), dropped);
        assertEquals(String.format("%064x", 5), services.instanceBackups().latest(database.id()).orElseThrow().sha256());
    }

    @Test
    void aRestoreMovesTheInstanceToAnotherNodeWithItsBackupNamedAndFreesTheLostPartition() throws Exception {
        ingest.ingest("edge-1", ReportIngestTest.page("edge-1", backedUp(2, SHA)));
        services.instanceBackups().stored(SHA);

        assertRefused("was lost on node 'edge-1'", () -> services.instanceRecovery().restore("db", null, "edge-1"));
        assertRefused("node 'edge-9' is unknown", () -> services.instanceRecovery().restore("db", null, "edge-9"));
        InstanceRecovery.Restored restored = services.instanceRecovery().restore("db", null, null);

        assertEquals("edge-1", restored.fromNode());
        assertEquals("edge-2", restored.toNode(), "the allocator avoids the lost node, though the SLA named it");
        InstanceRecord moved = master.requests().find(database.treeId(), "db").orElseThrow();
        assertEquals(database.id(), moved.id());
        assertEquals("edge-2", moved.nodeId());
        assertEquals("pending", moved.reportedState());
        DesiredState onEdge2 = services.desiredStates().compute("edge-2");
        assertEquals(new DesiredState.BackupOrders(0, SHA, 1234), onEdge2.partitions().get(0).backup());
        assertTrue(services.desiredStates().compute("edge-1").partitions().isEmpty(), "the lost node's partition is free");
        ingest.ingest("edge-1", ReportIngestTest.page("edge-1", ReportIngestTest.started(3, database.id())));
        assertEquals("pending", master.requests().find(database.treeId(), "db").orElseThrow().reportedState(),
                "the lost node, should it come back, no longer reports for the instance");
    }

    @Test
    void anOverdueBackupOpensATicketAndTheNextBackupResolvesIt() throws Exception {
        PeriodicChecks inThreeHours = new PeriodicChecks(master.database(), MonitoringPolicy.DEFAULT,
                Clock.offset(Clock.systemUTC(), Duration.ofHours(3)));
        PeriodicChecks inOneHour = new PeriodicChecks(master.database(), MonitoringPolicy.DEFAULT,
                Clock.offset(Clock.systemUTC(), Duration.ofHours(1)));

        inOneHour.check();
        assertEquals(0, openTickets(), "one hour: within twice the hourly schedule");
        inThreeHours.check();
        assertEquals(1, openTickets(), "three hours without a backup of an hourly schedule");
        ingest.ingest("edge-1", ReportIngestTest.page("edge-1", backedUp(2, SHA)));
        assertEquals(0, openTickets());
    }

    @Test
    void aFailedBackupOpensATicketNamingWhy() throws Exception {
        ObjectNode failed = ReportCodec.JSON.createObjectNode().put("event", "backup-failed").put("reason", "disk full");
        ingest.ingest("edge-1", ReportIngestTest.page("edge-1", new ReportEvent(2, Instant.now(), Kind.PROCESS, "p000",
                database.id(), failed)));

        assertEquals(1, openTickets());
        assertTrue(services.tickets().list("open", "backup").get(0).reason().contains("disk full"));
    }

    private int openTickets() {
        return master.database().inTransaction(c -> Tickets.openCount(c, "backup:" + database.id()));
    }

    private ReportEvent backedUp(long seq, String sha256) {
        return backedUp(seq, sha256, Instant.now());
    }

    private ReportEvent backedUp(long seq, String sha256, Instant at) {
        ObjectNode data = ReportCodec.JSON.createObjectNode().put("event", "backed-up").put("sha256", sha256)
                .put("size", 1234).put("at", at.toString());
        return new ReportEvent(seq, Instant.now(), Kind.PROCESS, "p000", database.id(), data);
    }

    private static void assertRefused(String reason, org.junit.jupiter.api.function.Executable call) {
        RequestRefused refused = assertThrows(RequestRefused.class, call);
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }
}
