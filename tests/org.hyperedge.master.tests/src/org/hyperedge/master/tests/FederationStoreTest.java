package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.federation.DelegatedInstances;
import org.hyperedge.master.federation.FederationInvites;
import org.hyperedge.master.federation.FederationPeers;
import org.hyperedge.master.federation.FederationPeers.Direction;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

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

        delegated.record("office", 12, 7L, List.of(A), null);
        delegated.record("office", 13, null, List.of(A, C), "refused: a federation loop");

        assertEquals(List.of(A), delegated.byInstance(7).orElseThrow().chain());
        assertEquals("refused: a federation loop", delegated.of("office").get(1).refused());
        delegated.forget("office", 12);
        assertEquals(1, delegated.of("office").size());
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
