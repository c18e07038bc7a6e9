package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.desired.DesiredStates;
import org.hyperedge.master.federation.DelegatedInstances;
import org.hyperedge.master.federation.DelegatedUsage;
import org.hyperedge.master.federation.FederationJournal;
import org.hyperedge.master.federation.FederationInvites;
import org.hyperedge.master.federation.FederationPeers;
import org.hyperedge.master.federation.FederationPeers.Direction;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.seal.OperatorKeys;
import org.hyperedge.protocol.desired.DesiredState;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.seal.SealingKeyPair;
import org.hyperedge.protocol.seal.SealingPublicKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Issue 20: federation's invitations, peers and placement, in the master's store. */
class FederationStoreTest {

    private static final String A = "ab".repeat(32);
    private static final String C = "cd".repeat(32);

    @TempDir
    Path data;
    TestMaster master;
    FederationInvites invites;
    FederationPeers peers;

    @BeforeEach
    void open() throws Exception {
        master = TestMaster.open(data);
        invites = new FederationInvites(master.database());
        peers = new FederationPeers(master.database());
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void theJournalTowardAPeerOutlivesItsMasterAndForgetsOnlyWhatThePeerAcknowledgedOnce() throws Exception {
        // given: two states and a usage record journaled for peer A, and A's desired state 5 applied
        FederationJournal journal = new FederationJournal(master.database());
        ObjectMapper json = new ObjectMapper();
        long first = journal.append("A", List.of(
                new FederationJournal.Event(ReportEvent.Kind.INSTANCE, Instant.now(), "p1", 11,
                        (ObjectNode) json.readTree("{\"state\":\"started\"}"), null, null),
                new FederationJournal.Event(ReportEvent.Kind.INSTANCE, Instant.now(), "p2", 12,
                        (ObjectNode) json.readTree("{\"state\":\"stopped\"}"), null, null),
                new FederationJournal.Event(ReportEvent.Kind.USAGE, Instant.now(), "p1", 11,
                        (ObjectNode) json.readTree("{\"cpuSeconds\":\"1\"}"), "edge-1", 7L)));
        journal.held("A", "B", 0, 5);
        String epoch = journal.head("A").epoch();

        // when: the master stops and opens its store again
        String url = master.database().url();
        master.close();
        master = TestMaster.on(url);
        journal = new FederationJournal(master.database());

        // then: the same journal, under the same epoch, with what was said and the desired state held
        FederationJournal.Head head = journal.head("A");
        assertEquals(1, first);
        assertEquals(List.of(epoch, 3L, 0L, "B", 5L), List.of(head.epoch(), head.lastSeq(), head.acknowledgedSeq(),
                head.nodeName(), head.heldGeneration()));
        assertEquals(List.of(1L, 2L, 3L), journal.events("A", 0, 3, 100).stream().map(ReportEvent::seq).toList());
        assertEquals(Map.of(11L, "{\"state\":\"started\"}", 12L, "{\"state\":\"stopped\"}"), journal.said("A"));
        assertEquals(Map.of("edge-1", 7L), journal.usageJournaled("A"));
        assertFalse(head.newer(0, 5), "a replay of generation 5 is newer");
        assertFalse(head.newer(0, 4), "an overtaken generation 4 is newer");
        assertTrue(head.newer(0, 6) && head.newer(1, 1), "a later generation, or a later epoch, is not newer");

        // when: A acknowledges 2, then 2 again, then 1 late, then a seq never given, then one of another epoch
        List<FederationJournal.Acknowledged> answers = List.of(journal.acknowledge("A", epoch, 2),
                journal.acknowledge("A", epoch, 2), journal.acknowledge("A", epoch, 1), journal.acknowledge("A", epoch, 9),
                journal.acknowledge("A", "0123456789abcdef", 3));

        // then: only the first forgets anything; the usage record is not forwarded until its event is acknowledged
        assertEquals(List.of(FederationJournal.Acknowledged.NOW, FederationJournal.Acknowledged.ALREADY,
                FederationJournal.Acknowledged.ALREADY, FederationJournal.Acknowledged.BEYOND_LAST,
                FederationJournal.Acknowledged.OTHER_EPOCH), answers);
        assertEquals(List.of(3L), journal.events("A", 0, 3, 100).stream().map(ReportEvent::seq).toList());
        DelegatedUsage usage = new DelegatedUsage(master.database());
        assertEquals(Map.of(), usage.acknowledged("A"));

        // when / then: its acknowledgement writes the record down as forwarded, in the same step
        assertEquals(FederationJournal.Acknowledged.NOW, journal.acknowledge("A", epoch, 3));
        assertEquals(Map.of("edge-1", 7L), usage.acknowledged("A"));
        assertEquals(Map.of(), journal.usageJournaled("A"));
        assertTrue(journal.events("A", 0, 3, 100).isEmpty());
    }

    @Test
    void anInvitationIsSpentByTheFirstMasterAndOnlyItsHashIsKept() throws Exception {
        // given
        FederationInvites.Issued issued = invites.issue(Duration.ofHours(1));

        // when
        invites.redeem(issued.code(), A);
        FederationInvites.RefusedException again = assertThrows(FederationInvites.RefusedException.class,
                () -> invites.redeem(issued.code(), C));

        // then
        assertTrue(again.getMessage().contains("was used already"), again.getMessage());
        assertFalse(storedText().contains(issued.code().substring("he-fed-".length())), "the code itself is not stored");
    }

    @Test
    void anExpiredUnknownOrMalformedInvitationIsRefusedSayingWhich() throws Exception {
        FederationInvites.Issued brief = invites.issue(Duration.ofSeconds(1));
        Thread.sleep(1_100);

        assertTrue(assertThrows(FederationInvites.RefusedException.class, () -> invites.redeem(brief.code(), A))
                .getMessage().contains("expired"));
        assertTrue(assertThrows(FederationInvites.RefusedException.class, () -> invites.redeem("he-fed-" + "0".repeat(40), A))
                .getMessage().contains("no such invitation code"));
        assertTrue(assertThrows(FederationInvites.RefusedException.class, () -> invites.redeem("let-me-in", A))
                .getMessage().contains("not one a master prints"));
        assertThrows(IllegalArgumentException.class, () -> invites.issue(Duration.ofDays(8)));
    }

    @Test
    void aCertificateIsFederatedUnderOneNamePerDirection() {
        // given
        peers.add("site-b", Direction.SERVES, A.toUpperCase(), "https://127.0.0.1:7710");

        // when / then: the same certificate under another name is refused; the other direction is another link
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> peers.add("also-b", Direction.SERVES, A, "https://127.0.0.1:7711"));
        assertTrue(twice.getMessage().contains("federated already, as 'site-b'"), twice.getMessage());
        peers.add("office", Direction.DELEGATES, A, null);
        assertEquals(A, peers.byName("site-b", Direction.SERVES).orElseThrow().fingerprint());
        assertEquals("office", peers.byFingerprint(A, Direction.DELEGATES).orElseThrow().name());
        assertEquals(2, peers.list().size());
    }

    @Test
    void aFederatedSiteIsPlacedOnOnlyWhenAnSlaNamesItsSiteOrNode() throws Exception {
        // given: a federated site with room for anything, and one small local node
        master.nodes().register(new NodeSpec("site-b", "site-b", "127.0.0.1:7710", 1L << 40, 1L << 40, 1L << 40,
                Map.of("kind", FederationPeers.NODE_KIND), 1000, 1024, 1));

        // when: a request names no site, and no local node exists yet
        InstanceRecord waiting = master.requests().request(web("anywhere"));

        // then: it waits rather than go to another master's fleet
        assertFalse(waiting.placed());

        // when: a local node comes, and another request names the federated site
        master.nodes().register(new NodeSpec("local", "office", "127.0.0.1:7701", 4000, 4000, 100_000, Map.of(), 2, 20000, 10));
        master.requests().placePending();
        InstanceRecord delegated = master.requests().request(web("there").withSla(Map.of("site", "site-b")));

        // then
        assertEquals("local", master.requests().all().stream().filter(r -> r.id() == waiting.id()).findFirst()
                .orElseThrow().nodeId());
        assertEquals("site-b", delegated.nodeId());
    }

    @Test
    void aDelegatedInstanceKeepsItsChainAndItsRefusal() {
        DelegatedInstances delegated = new DelegatedInstances(master.database());

        delegated.record("office", 12, 7L, List.of(A), null, List.of());
        delegated.record("office", 13, null, List.of(A, C), "refused: a federation loop", List.of());

        assertEquals(List.of(A), delegated.byInstance(7).orElseThrow().chain());
        assertEquals("refused: a federation loop", delegated.of("office").get(1).refused());
        delegated.forget("office", 12);
        assertEquals(1, delegated.of("office").size());
    }

    @Test
    void aPeersKeysAreSealedToBesideThisMastersOperatorsAndAChangeOfThemMakesTheNodeSealAgain() throws Exception {
        // given: an operator here, and an instance on a local node requested for peer office's instance 12
        SealingPublicKey operatorHere = SealingKeyPair.generate().publicKey();
        SealingPublicKey officeFirst = SealingKeyPair.generate().publicKey();
        SealingPublicKey officeNext = SealingKeyPair.generate().publicKey();
        new OperatorKeys(master.database()).add("here", operatorHere);
        master.nodes().register(new NodeSpec("local", "office", "127.0.0.1:7701", 4000, 4000, 100_000, Map.of(), 2, 20000, 10));
        InstanceRecord db = master.requests().request(web("office #12 db"));
        DelegatedInstances delegated = new DelegatedInstances(master.database());
        DesiredStates desired = new DesiredStates(master.database());

        // when: office asks its operator's key too
        delegated.record("office", 12, db.id(), List.of(A), null, List.of(officeFirst));
        DesiredState first = desired.compute("local");

        // then: the node seals to this master's operator and to office's, and the key is kept for the instance
        assertEquals(List.of(operatorHere, officeFirst), first.partitions().get(0).sealTo());
        assertEquals(List.of(officeFirst), delegated.byInstance(db.id()).orElseThrow().sealTo());

        // when / then: the same keys again change nothing for the node
        delegated.record("office", 12, db.id(), List.of(A), null, List.of(officeFirst));
        assertEquals(first.generation(), desired.compute("local").generation());

        // when / then: office's key changes: the node gets a new desired state, sealed to the new key only
        delegated.record("office", 12, db.id(), List.of(A), null, List.of(officeNext));
        DesiredState next = desired.compute("local");
        assertTrue(next.generation() > first.generation(), "the node was not asked to seal again");
        assertEquals(List.of(operatorHere, officeNext), next.partitions().get(0).sealTo());
    }

    private static Request web(String title) {
        return Request.root(title, "builtin:static-web", "default", new ObjectMapper().createObjectNode());
    }

    private String storedText() {
        return master.database().inTransaction(connection -> {
            StringBuilder all = new StringBuilder();
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT * FROM federation_invite")) {
                while (rows.next()) {
                    for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                        all.append(rows.getString(i)).append(' ');
                    }
                }
            }
            return all.toString();
        });
    }
}
