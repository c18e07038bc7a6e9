package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hyperedge.connector.AdoptionException;
import org.hyperedge.connector.EndpointSettings;
import org.hyperedge.master.federation.DelegatedInstances.Delegated;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.sync.InstanceReports.Reported;
import org.hyperedge.model.RequestedState;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 20, federation: master A federates master B (B's invitation code, B's certificate pinned by A, A's by B); an
 * H2 server requested on A with {@code site=B} is delegated to B, runs on B's real agent, and its URL shows on A;
 * stopping it on A stops it on B. Each master has its own H2 store, identity and HTTPS endpoint; they talk over real
 * mutual TLS on loopback.
 */
class FederationTest extends TwoMasters {

    private static final Duration READY = Duration.ofSeconds(60);

    @Test
    void aServiceRequestedOnAForSiteBRunsOnBsAgentShowsItsUrlOnAAndStopsFromA() throws Exception {
        // given: B with a real agent, federated by A with the code B printed
        String agentOfB = b.agent("b-edge");
        aFederatesB();
        syncEvery(Duration.ofMillis(200));

        // when: A requests an H2 server in site B
        long requested = System.nanoTime();
        InstanceRecord db = a.requests.request(Request.root("db1", "builtin:h2-database", "default",
                ReportCodec.JSON.createObjectNode().put("database", "orders")).withSla(Map.of("site", "B")));

        // then: A placed it on B's node, B requested it for A and placed it on its own agent
        assertEquals("B", a.requests.all().stream().filter(r -> r.id() == db.id()).findFirst().orElseThrow().nodeId());
        Reported onA = a.await(db.id(), "started", true, READY);
        System.out.println("FIGURE federation.request-to-started-on-A " + (System.nanoTime() - requested) / 1_000_000
                + " ms lower-is-better (H2 installed on B's agent, two masters at 200 ms periods)");
        Delegated delegated = b.master.delegatedInstances().of("A").get(0);
        assertEquals(db.id(), delegated.remoteId());
        InstanceRecord onB = b.requests.all().stream().filter(r -> r.id() == delegated.instanceId()).findFirst()
                .orElseThrow();
        assertEquals("A #" + db.id() + " db1", onB.title());
        assertEquals(agentOfB, onB.nodeId());

        // and: A shows the URL B's agent published, and it answers a query (its password sealed to B's operator)
        JsonNode connection = ReportCodec.JSON.readTree(onA.connectionJson());
        String url = connection.path("url").asText();
        assertTrue(url.startsWith("jdbc:h2:tcp://"), "A shows the URL of the service on B: " + onA.connectionJson());
        assertEquals(url, ReportCodec.JSON.readTree(b.reports.find(onB.id()).orElseThrow().connectionJson()).path("url")
                .asText());
        H2Client client = new H2Client(url, login(connection, b));
        client.execute("CREATE TABLE kept (note VARCHAR)", "INSERT INTO kept VALUES ('from A, run on B')");
        assertEquals("from A, run on B", client.row());

        // when: A stops it
        a.requests.changeState(db.id(), RequestedState.STOPPED);

        // then: B stops it on its agent, and A shows it stopped
        b.await(onB.id(), "stopped", false, READY);
        a.await(db.id(), "stopped", false, READY);
        assertThrows(java.sql.SQLException.class, client::row, "the H2 server on B still answers after A stopped it");
    }

    @Test
    void aServicePlacedOnBShowsItsUrlOnAWithinTheGoalOnceItsReleaseIsInstalledAndIsDestroyedFromA() throws Exception {
        // given: A federates B, whose agent installed H2 for a first instance
        b.agent("b-edge");
        aFederatesB();
        syncEvery(Duration.ofMillis(100));
        InstanceRecord warmUp = a.requests.request(h2("warm-up"));
        a.await(warmUp.id(), "started", true, READY);
        a.requests.changeState(warmUp.id(), RequestedState.DESTROYED);

        // when: an H2 server is requested on A for site B, again and again, each destroyed from A after
        List<Long> times = new java.util.ArrayList<>();
        for (int run = 0; run < 5; run++) {
            long asked = System.nanoTime();
            InstanceRecord db = a.requests.request(h2("db-" + run));
            Reported started = a.await(db.id(), "started", true, READY);
            times.add((System.nanoTime() - asked) / 1_000_000);
            assertTrue(ReportCodec.JSON.readTree(started.connectionJson()).path("url").asText().startsWith("jdbc:h2:tcp://"));
            a.requests.changeState(db.id(), RequestedState.DESTROYED);
        }

        // then: each came up with its URL on A; the figure is their median against the goal of 2 s
        List<Long> sorted = times.stream().sorted().toList();
        System.out.println("FIGURE federation.request-to-url-on-A " + sorted.get(sorted.size() / 2)
                + " ms lower-is-better (median of " + times + "; two masters at 100 ms periods, H2 installed on B's agent, "
                + "goal < 2000 ms)");
        // and: destroyed from A, each is destroyed on B, its partition on B's node freed, and B forgets it
        for (InstanceRecord onA : a.requests.all()) {
            a.await(onA.id(), "destroyed", false, READY);
        }
        for (InstanceRecord onB : b.requests.all()) {
            b.await(onB.id(), "destroyed", false, READY);
        }
        awaitForgotten(b, "A");
    }

    @Test
    void aStopAskedOnAWhileBsEndpointIsDownReachesBOnceBIsBackOnItsJournal() throws Exception {
        // given: an H2 server on B for A, started
        b.agent("b-edge");
        aFederatesB();
        syncEvery(Duration.ofMillis(200));
        InstanceRecord db = a.requests.request(h2("db1"));
        a.await(db.id(), "started", true, READY);

        // when: B's master stops (endpoint and syncs; its agent and the service run on), and A asks for a stop
        b.connector.close();
        a.requests.changeState(db.id(), RequestedState.STOPPED);
        awaitSyncError(a, "B");

        // and: B's master comes back on the same address, its journal toward A the one it kept in its store
        bBackOnItsAddress();
        b.connector.start(Duration.ofMillis(200));

        // then: the stop reaches B, which stops the service on its agent, and A shows it stopped
        long onB = b.master.delegatedInstances().of("A").get(0).instanceId();
        b.await(onB, "stopped", false, READY);
        a.await(db.id(), "stopped", false, READY);
    }

    @Test
    void aRequestBRefusesShowsBsReasonOnA() throws Exception {
        // given: B federated by A, and a release only A's catalog has
        aFederatesB();
        syncEvery(Duration.ofMillis(200));
        Ticker.importInto(a.catalog);

        // when: A delegates an instance of it to B
        InstanceRecord ticker = a.requests.request(Request.root("ticks", Ticker.RELEASE_ID, "default",
                ReportCodec.JSON.createObjectNode()).withSla(Map.of("site", "B")));

        // then: B runs nothing, and A shows the instance waiting with B's reason
        String error = awaitError(a, ticker.id(), "refused by the federated master");
        assertTrue(error.contains(Ticker.RELEASE_ID), error);
        assertEquals("waiting", a.reports.find(ticker.id()).orElseThrow().state());
        assertTrue(b.requests.all().isEmpty(), "B ran what it refused: " + b.requests.all());
    }

    @Test
    void aWrongInvitationCodeIsRefusedAndNothingIsFederated() throws Exception {
        // given: B printed a code, A presents another one
        b.master.federationInvites().issue(Duration.ofHours(1));

        // when / then: refused with B's reason, and neither side records the other
        AdoptionException refused = assertThrows(AdoptionException.class, () -> a.connector.federate("B", urlOfB,
                b.identity.fingerprint(), "he-fed-" + "0".repeat(40), "A"));
        assertTrue(refused.getMessage().contains("printed no such invitation code"), refused.getMessage());
        assertTrue(a.master.federationPeers().list().isEmpty());
        assertTrue(b.master.federationPeers().list().isEmpty());
        assertTrue(a.master.nodeLinks().find("B").isEmpty());
    }

    @Test
    void aMasterPresentingAnotherCertificateThanTheFingerprintIsRefusedAndTheCodeStaysUnspent() throws Exception {
        // given: B's code, but a fingerprint that is not B's (an impostor at B's address, as A sees it)
        String code = b.master.federationInvites().issue(Duration.ofHours(1)).code();
        String notB = TlsIdentity.loadOrCreate(dir.resolve("impostor"), "impostor").fingerprint();

        // when / then: the handshake fails on the pin, and the code was never sent
        AdoptionException refused = assertThrows(AdoptionException.class,
                () -> a.connector.federate("B", urlOfB, notB, code, "A"));
        assertTrue(refused.getMessage().contains("does not present certificate"), refused.getMessage());
        a.connector.federate("B", urlOfB, b.identity.fingerprint(), code, "A");
        assertEquals(1, b.master.federationPeers().list().size());
    }

    @Test
    void aMasterFederatedAlreadyIsRefusedUnderASecondNameBeforeItsCodeIsSpent() throws Exception {
        // given: B federated as site B
        aFederatesB();
        String second = b.master.federationInvites().issue(Duration.ofHours(1)).code();

        // when / then: the same master under another name is refused here, and B never sees the code
        AdoptionException refused = assertThrows(AdoptionException.class,
                () -> a.connector.federate("B2", urlOfB, b.identity.fingerprint(), second, "A"));
        assertTrue(refused.getMessage().contains("federated already, as site 'B'"), refused.getMessage());
        b.master.federationInvites().redeem(second, "ab".repeat(32));
        assertTrue(a.master.nodeLinks().find("B2").isEmpty());
    }

    @Test
    void aMasterThatWasNeverInvitedIsRefusedWhenItPushesADesiredState() throws Exception {
        // given: a master that knows B's address and certificate and pins it, but never presented a code
        b.agent("b-edge");
        a.master.nodeLinks().adopt(new NodeSpec("B", "B", urlOfB.substring("https://".length()), 1_000_000, 1_000_000,
                1_000_000, Map.of("kind", "federation"), 10, 1024, 1), b.identity.fingerprint(), null);
        a.connector.close(); // a connector pins its nodes when made: a new one pins B
        a.reconnect();
        a.requests.request(Request.root("sneaky", "builtin:h2-database", "default", ReportCodec.JSON.createObjectNode())
                .withSla(Map.of("site", "B")));

        // when / then: B refuses its desired state, naming why, and runs nothing for it
        java.io.IOException refused = assertThrows(java.io.IOException.class, () -> a.connector.syncNow("B"));
        assertTrue(refused.getMessage().contains("is not a master federated with this one"), refused.getMessage());
        assertTrue(b.requests.all().isEmpty(), "B ran something for a master it never invited: " + b.requests.all());
    }

    @Test
    void aLoopBackToTheDelegatingMasterIsRefusedWithTheChainShownOnBoth() throws Exception {
        // given: A and B federated both ways (each invited the other); B has no node of its own
        String urlOfA = "https://127.0.0.1:" + a.connector.listen(EndpointSettings.listen("127.0.0.1", 0));
        aFederatesB();
        b.connector.federate("A", urlOfA, a.identity.fingerprint(), a.master.federationInvites()
                .issue(Duration.ofHours(1)).code(), "B");
        syncEvery(Duration.ofMillis(200));

        // when: A delegates an H2 server to B, and B's operator sends what A delegated on to site A
        InstanceRecord db = a.requests.request(Request.root("db1", "builtin:h2-database", "default",
                ReportCodec.JSON.createObjectNode()).withSla(Map.of("site", "B")));
        String titleOnB = "A #" + db.id() + " db1";
        InstanceRecord onB = awaitRequested(b, titleOnB);
        b.requests.request(new Request(titleOnB, onB.releaseId(), onB.softwareType(),
                (com.fasterxml.jackson.databind.node.ObjectNode) ReportCodec.JSON.readTree(onB.parameters()),
                Map.of("site", "A"), RequestedState.STARTED, false, null));

        // then: A refuses it as a loop; B shows the reason, and so does A for its own instance
        String onBError = awaitError(b, onB.id(), "federation loop");
        String onAError = awaitError(a, db.id(), "federation loop");
        assertTrue(onBError.contains(a.identity.fingerprint().substring(0, 4)), onBError);
        assertTrue(onAError.contains("federation loop"), onAError);
        assertTrue(a.master.delegatedInstances().of("B").get(0).refused().contains("loop"));
        assertEquals(1, a.requests.all().size(), "A ran the looped instance after all: " + a.requests.all());
    }

    private static Request h2(String title) {
        return Request.root(title, "builtin:h2-database", "default", ReportCodec.JSON.createObjectNode())
                .withSla(Map.of("site", "B"));
    }

    private static void awaitSyncError(TestSite site, String node) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        while (site.master.nodeLinks().find(node).orElseThrow().lastSyncError() == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the master never failed to reach " + node);
            }
            Thread.sleep(100);
        }
    }

    private static void awaitForgotten(TestSite site, String peer) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        while (!site.master.delegatedInstances().of(peer).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the master still keeps what " + peer + " destroyed: "
                        + site.master.delegatedInstances().of(peer));
            }
            Thread.sleep(100);
        }
    }

    private static java.util.Properties login(JsonNode connection, TestSite owner) {
        java.util.Properties login = new java.util.Properties();
        login.put("user", connection.path("user").asText());
        login.put("password", owner.open(connection.path("password").asText()));
        return login;
    }

    private static InstanceRecord awaitRequested(TestSite site, String title) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline) {
            List<InstanceRecord> found = site.requests.all().stream().filter(r -> r.title().equals(title)).toList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no instance '" + title + "' was requested in time; there are " + site.requests.all());
    }

    private static String awaitError(TestSite site, long instanceId, String expected) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        Reported last = null;
        while (System.nanoTime() < deadline) {
            last = site.reports.find(instanceId).orElseThrow();
            if (last.error() != null && last.error().contains(expected)) {
                return last.error();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("instance " + instanceId + " did not report '" + expected + "' in time; last: " + last);
    }

}
