package org.hyperedge.agent.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

import org.hyperedge.agent.client.AgentClient;
import org.hyperedge.agent.client.AgentClient.Response;
import org.hyperedge.agent.testing.AgentHarness;
import org.hyperedge.agent.testing.TestCatalog;
import org.hyperedge.protocol.desired.DesiredStateCodec;
import org.hyperedge.protocol.node.NodeInfoCodec;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.hyperedge.protocol.tls.PinnedTrustManager;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node API as a master meets it: pairing, pinning, and every kind of bad input refused with its reason. */
class AgentApiTest {

    @TempDir
    static Path identities;
    static TlsIdentity master;
    static TlsIdentity otherMaster;

    @TempDir
    Path dir;
    AgentHarness harness;

    @BeforeAll
    static void identities() {
        master = AgentHarness.masterIdentity(identities.resolve("master"));
        otherMaster = TlsIdentity.loadOrCreate(identities.resolve("other"), "other-master");
    }

    @BeforeEach
    void startAgent() throws Exception {
        harness = AgentHarness.start(dir, master);
    }

    @AfterEach
    void stopAgent() throws Exception {
        harness.close();
    }

    @Test
    void thePairedMasterIsServedAndEveryOtherCertificateIsRefused() throws Exception {
        assertEquals(200, harness.client.get("/v1/node").status());

        AgentClient impostor = AgentClient.pinned(address(), otherMaster, harness.agent.fingerprint());
        Response refused = impostor.get("/v1/reports?after=0");

        assertEquals(403, refused.status());
        assertTrue(refused.text().contains("is not the paired master's"), refused.text());
    }

    @Test
    void aSecondMasterCannotTakeOverAPairedNode() throws Exception {
        IOException refused = assertThrows(IOException.class,
                () -> AgentClient.pair(address(), otherMaster, harness.agent.fingerprint().substring(0, 32) + "-abcdefgh"));

        assertTrue(refused.getMessage().contains("409") && refused.getMessage().contains("already paired"), refused.getMessage());
        assertEquals(200, harness.client.get("/v1/node").status());
    }

    @Test
    void aNewPairingOnTheNodeRevokesTheOldMaster() throws Exception {
        String code = harness.agent.pairing().newPairing().toString();

        assertEquals(403, harness.client.get("/v1/node").status());
        AgentClient second = AgentClient.pair(address(), otherMaster, code);
        assertTrue(NodeInfoCodec.read(second.get("/v1/node").body()).paired());
    }

    @Test
    void aWrongPairingCodeIsRefusedWithoutPairing(@TempDir Path fresh) throws Exception {
        try (AgentHarness unpaired = AgentHarness.startWithoutPairing(fresh)) {
            String prefix = unpaired.agent.fingerprint().substring(0, 32);

            IOException wrong = assertThrows(IOException.class,
                    () -> AgentClient.pair("127.0.0.1:" + unpaired.agent.port(), otherMaster, prefix + "-wrongcod"));

            assertTrue(wrong.getMessage().contains("wrong pairing code"), wrong.getMessage());
            assertFalse(unpaired.agent.pairing().pinnedMaster().isPresent());
        }
    }

    @Test
    void aMasterDoesNotPairWithAnAgentOtherThanTheCodeNames() {
        String codeForAnotherAgent = "0123456789abcdef0123456789abcdef-abcdefgh";

        IOException refused = assertThrows(IOException.class, () -> AgentClient.pair(address(), otherMaster, codeForAnotherAgent));

        assertFalse(harness.agent.fingerprint().startsWith("0123456789abcdef"));
        assertTrue(String.valueOf(refused.getMessage()).length() > 0);
    }

    @Test
    void aClientWithoutACertificateCannotEvenConnect() throws Exception {
        SSLContext noCertificate = SSLContext.getInstance("TLSv1.3");
        noCertificate.init(null, new TrustManager[] { PinnedTrustManager.pinned(harness.agent.fingerprint()) }, new SecureRandom());
        HttpsURLConnection connection = (HttpsURLConnection) java.net.URI.create("https://" + address() + "/v1/node")
                .toURL().openConnection();
        connection.setSSLSocketFactory(noCertificate.getSocketFactory());
        connection.setHostnameVerifier((h, s) -> true);

        assertThrows(IOException.class, connection::getResponseCode);
    }

    @Test
    void malformedOversizedAndInconsistentDesiredStatesAreRefusedAndThePreviousStays() throws Exception {
        String h2 = harness.release("h2-database");
        harness.desired(5, harness.partition(0, 11, h2, "stopped", AgentHarness.parameters()));

        assertRefused(400, "not valid JSON", "{\"protocol\":1,".getBytes(StandardCharsets.UTF_8));
        assertRefused(413, "larger than", new byte[DesiredStateCodec.MAX_BYTES + 1]);
        assertRefused(400, "unknown release", harness.document(6,
                harness.partition(0, 11, "builtin:no-such-release", "started", AgentHarness.parameters())));
        assertRefused(400, "'../../etc' is not one of this node's", AgentHarness.text(harness.document(6,
                harness.partition(0, 11, h2, "started", AgentHarness.parameters()))).replace("\"p000\"", "\"../../etc\"")
                .getBytes(StandardCharsets.UTF_8));
        assertRefused(400, "requests state 'exploded'", AgentHarness.text(harness.document(6,
                harness.partition(0, 11, h2, "started", AgentHarness.parameters()))).replace("\"started\"", "\"exploded\"")
                .getBytes(StandardCharsets.UTF_8));
        assertRefused(400, "older than the held generation 5", harness.document(4));

        assertEquals(5, NodeInfoCodec.read(harness.client.get("/v1/node").body()).generation());
        assertFalse(Files.exists(dir.resolve("etc")));
    }

    @Test
    void anArtifactWhoseContentDoesNotMatchItsDigestIsRefusedReportedAndNotKept() throws Exception {
        byte[] tampered = Files.readAllBytes(TestCatalog.h2Jar());
        tampered[tampered.length / 2] ^= 1;

        Response refused = harness.client.put("/v1/artifacts/" + TestCatalog.H2_SHA256, tampered);

        assertEquals(422, refused.status());
        assertTrue(refused.text().contains("not to " + TestCatalog.H2_SHA256), refused.text());
        assertFalse(Files.exists(harness.data.resolve("cache").resolve(TestCatalog.H2_SHA256)));
        harness.reports.await(Duration.ofSeconds(5), e -> e.kind() == Kind.ARTIFACT && !e.data().path("ok").asBoolean(),
                "the refused artifact");
        assertEquals(400, harness.client.put("/v1/artifacts/not-a-digest", new byte[1]).status());
    }

    @Test
    void logRequestsCannotLeaveThePartition() throws Exception {
        Files.createDirectories(harness.partitionDirectory(0));
        Files.createSymbolicLink(harness.partitionDirectory(0).resolve("escape"), harness.data.resolve("identity"));

        assertLogRefused("/v1/partitions/p000/log?file=../../identity/identity.pass", "leaves partition p000");
        assertLogRefused("/v1/partitions/p000/log?file=escape/identity.pass", "through a symbolic link");
        assertLogRefused("/v1/partitions/..%2Fidentity/log?process=x", "is not a plain name");
        assertLogRefused("/v1/partitions/p000/log?process=../../x", "is not a process name");
    }

    @Test
    void reportsStayUntilAcknowledgedAndAnAcknowledgementBeyondTheLastEventIsClamped() throws Exception {
        harness.client.put("/v1/artifacts/" + TestCatalog.H2_SHA256, new byte[] { 1 });
        harness.client.put("/v1/artifacts/" + TestCatalog.H2_SHA256, new byte[] { 2 });
        harness.reports.poll();
        long last = harness.reports.cursor();
        assertTrue(last >= 2);

        assertEquals(last, harness.reports.events().size());
        assertEquals(200, harness.client.ack(last + 100).status());
        assertEquals(400, harness.client.post("/v1/reports/ack", "{\"seq\":-1}".getBytes(StandardCharsets.US_ASCII)).status());

        assertTrue(AgentHarness.text(harness.client.get("/v1/reports?after=" + last).body()).contains("\"events\":[]"));
        assertEquals(400, harness.client.get("/v1/reports?after=abc").status());
    }

    @Test
    void pagesCarryTheJournalEpochAndAnAcknowledgementForAnotherEpochAcknowledgesNothing() throws Exception {
        harness.client.put("/v1/artifacts/" + TestCatalog.H2_SHA256, new byte[] { 1 });
        ReportCodec.Page page = ReportCodec.readPage(harness.client.get("/v1/reports?after=0").body());
        assertTrue(page.epoch() != null && page.epoch().numberedFromScratch(), String.valueOf(page.epoch()));
        Path acked = harness.data.resolve("journal").resolve("acked");

        Response stale = harness.client.post("/v1/reports/ack", ReportCodec.ack(page.last(), "0123456789abcdef"));

        assertEquals(409, stale.status(), stale.text());
        assertTrue(stale.text().contains("0123456789abcdef"), stale.text());
        assertFalse(Files.exists(acked), "nothing was acknowledged");
        assertEquals(200, harness.client.post("/v1/reports/ack", ReportCodec.ack(page.last(), page.epoch().id())).status());
        assertEquals(Long.toString(page.last()), Files.readString(acked).strip());
    }

    private void assertRefused(int status, String reason, byte[] document) throws IOException {
        Response answer = harness.client.put("/v1/desired", document);
        assertEquals(status, answer.status(), answer.text());
        assertTrue(answer.text().contains(reason), answer.text());
    }

    private void assertLogRefused(String path, String reason) throws IOException {
        Response answer = harness.client.get(path);
        assertEquals(400, answer.status(), answer.text());
        assertTrue(answer.text().contains(reason), answer.text());
    }

    private String address() {
        return "127.0.0.1:" + harness.agent.port();
    }
}
