package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.hyperedge.connector.EndpointSettings;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.sync.InstanceReports.Reported;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.tls.PinnedTrustManager;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: nodes behind NAT dial the master's HTTPS endpoint, and the same sync runs over their session. Real agents,
 * a real network namespace behind a one-way NAT, the master's real endpoint (Jetty) with mutual TLS.
 */
class DialInTest {

    private static final Duration READY = Duration.ofSeconds(90);
    /** Short, so the tests see polls answered empty and stalled connections cut within seconds. */
    private static final Duration POLL_WAIT = Duration.ofSeconds(3);
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path dir;
    TestSite site;
    final List<AutoCloseable> closing = new ArrayList<>();

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(dir);
    }

    @AfterEach
    void stopSite() throws Exception {
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
        site.close();
    }

    @Test
    void aNodeBehindNatEnrolsItsServiceUrlComesBackAndItsReportsAreIngestedOnce() throws Exception {
        assumeTrue(IsolatedHost.possible(), "needs root and iproute2 for a network namespace");
        assumeTrue(IsolatedHost.natPossible(), "needs iptables (Debian package iptables) for the one-way NAT");
        // given: a host the master cannot reach, behind a NAT that lets it out, and the master's endpoint on our side
        IsolatedHost host = IsolatedHost.create();
        closing.add(host);
        host.behindNat();
        int port = site.connector.listen(settings(host.peer()));
        String token = site.master.enrolments().issue("edge-a", "factory", Duration.ofHours(1)).token();

        // when: its agent is started with the token and the master's address and fingerprint
        host.startAgent(dir.resolve("edge-a"), "edge-a", dir.resolve("edge-a.log"), List.of("--master",
                host.peer() + ":" + port, "--enrol", token, "--master-fingerprint", site.identity.fingerprint()));
        site.connector.start(Duration.ofMillis(200));

        // then: it is a dialling node, though nothing reaches its own port from here
        assertTrue(site.master.nodeLinks().find("edge-a").orElseThrow().dialling());
        assertFalse(reachable(host.address(), 7443), "the NAT lets nothing in to the agent's port");
        InstanceRecord web = site.requests.request(Request.root("kiosk", "builtin:static-web", "default",
                EndToEndTest.parameters("title", "Behind NAT")).withSla(Map.of("node", "edge-a")));
        Reported page = site.await(web.id(), "started", true, READY);
        String url = ReportCodec.JSON.readTree(page.connectionJson()).path("url").asText();
        assertTrue(host.fetchInside(url).contains("<h1>Behind NAT</h1>"), "the URL answers inside the node's network");
        List<Long> seqs = site.ingestedSeqs("edge-a");
        assertFalse(seqs.isEmpty());
        assertEquals(seqs.stream().distinct().count(), seqs.size(), "no report twice");
        assertEquals(seqs.get(seqs.size() - 1) - seqs.get(0) + 1, seqs.size(), "no report lost between the first and last");
        assertTrue(site.master.nodeLinks().find("edge-a").orElseThrow().address().startsWith(host.address() + ":"),
                "the node's session came from its (masqueraded) address");
    }

    @Test
    void whenTheNodesLinkIsCutMidSyncItSyncsOverItsOtherLinkWithNothingLostOrDoubled() throws Exception {
        assumeTrue(IsolatedHost.possible(), "needs root and iproute2 for a network namespace");
        // given: a host with two links to the master, a dialling agent given the master's address on each
        IsolatedHost host = IsolatedHost.create();
        closing.add(host);
        IsolatedHost.VethLink first = host.firstLink();
        IsolatedHost.VethLink second = host.addLink();
        // the default poll wait (25 s): only the stream's heartbeat can find the dead path sooner
        int port = site.connector.listen(EndpointSettings.listen("0.0.0.0", 0));
        String token = site.master.enrolments().issue("edge-f", "factory", Duration.ofHours(1)).token();
        host.startAgent(dir.resolve("edge-f"), "edge-f", dir.resolve("edge-f.log"), List.of("--master",
                first.peer() + ":" + port + "," + second.peer() + ":" + port, "--enrol", token, "--master-fingerprint",
                site.identity.fingerprint()));
        site.connector.start(Duration.ofMillis(200));
        InstanceRecord one = site.requests.request(Request.root("one", "builtin:static-web", "default",
                EndToEndTest.parameters("title", "One")).withSla(Map.of("node", "edge-f")));
        site.await(one.id(), "started", true, READY);
        assertTrue(site.master.nodeLinks().find("edge-f").orElseThrow().address().startsWith(first.address() + ":"));

        // when: work is asked for, and the first link dies mid-sync: the node has taken its new desired state and its
        // reports of the work are still to come (an idle session's poll is quiet: a path cut under it is found at the
        // poll wait's end, or when the node has news)
        long pushedBefore = site.master.nodeLinks().find("edge-f").orElseThrow().pushedGeneration();
        InstanceRecord two = site.requests.request(Request.root("two", "builtin:static-web", "default",
                EndToEndTest.parameters("title", "Two")).withSla(Map.of("node", "edge-f")));
        long asked = System.nanoTime();
        while (site.master.nodeLinks().find("edge-f").orElseThrow().pushedGeneration() <= pushedBefore) {
            assertTrue(System.nanoTime() - asked < READY.toNanos(), "the node never took the new desired state");
            Thread.sleep(5);
        }
        long cut = System.nanoTime();
        host.cut(first);

        // then: the session moves to the second link long before a poll could time out, the work is done, and every
        // report is there once
        while (!site.master.nodeLinks().find("edge-f").orElseThrow().address().startsWith(second.address() + ":")) {
            assertTrue(System.nanoTime() - cut < EndpointSettings.POLL_WAIT.toNanos(),
                    "the session should leave the dead link within the heartbeat's silence limit or at the node's "
                            + "news, not at the poll wait");
            Thread.sleep(20);
        }
        long failoverMs = (System.nanoTime() - cut) / 1_000_000;
        site.await(two.id(), "started", true, READY);
        long startedMs = (System.nanoTime() - cut) / 1_000_000;
        System.out.println("FIGURE dial-in.failover-to-next-sync " + failoverMs + " ms lower-is-better");
        System.out.println("FIGURE dial-in.failover-to-started " + startedMs + " ms lower-is-better");
        host.restore(first);
        List<Long> seqs = site.ingestedSeqs("edge-f");
        assertEquals(seqs.stream().distinct().count(), seqs.size(), "no report twice");
        assertEquals(seqs.get(seqs.size() - 1) - seqs.get(0) + 1, seqs.size(), "no report lost");
        assertTrue(site.master.nodeLinks().pathFailures().getOrDefault("edge-f", "").contains(first.peer()),
                "the master shows the failure on the first link: " + site.master.nodeLinks().pathFailures());
    }

    @Test
    void underFivePercentPacketLossADiallingNodeSyncsWithNoReportLostOrDoubled() throws Exception {
        assumeTrue(IsolatedHost.possible(), "needs root and iproute2 for a network namespace");
        assumeTrue(IsolatedHost.natPossible(), "needs iptables (Debian package iptables) to drop packets");
        // given: a dialling node whose only link loses 5 % of its packets each way
        IsolatedHost host = IsolatedHost.create();
        closing.add(host);
        host.lose(host.firstLink(), 5);
        int port = site.connector.listen(settings(host.peer()));
        String token = site.master.enrolments().issue("edge-g", "factory", Duration.ofHours(1)).token();
        host.startAgent(dir.resolve("edge-g"), "edge-g", dir.resolve("edge-g.log"), List.of("--master",
                host.peer() + ":" + port, "--enrol", token, "--master-fingerprint", site.identity.fingerprint(),
                "--usage-period", "5"));
        site.connector.start(Duration.ofMillis(200));

        // when: two services are asked for and run a while
        InstanceRecord a = site.requests.request(Request.root("a", "builtin:static-web", "default",
                EndToEndTest.parameters("title", "A")).withSla(Map.of("node", "edge-g")));
        InstanceRecord b = site.requests.request(Request.root("b", "builtin:static-web", "default",
                EndToEndTest.parameters("title", "B")).withSla(Map.of("node", "edge-g")));
        site.await(a.id(), "started", true, READY);
        site.await(b.id(), "started", true, READY);
        Thread.sleep(6_000); // a usage period more

        // then: every report the node made until now is in the master, each once
        List<Long> seqs = site.ingestedSeqs("edge-g");
        assertTrue(seqs.size() > 4, "reports arrived: " + seqs);
        assertEquals(seqs.stream().distinct().count(), seqs.size(), "no report twice");
        assertEquals(seqs.get(seqs.size() - 1) - seqs.get(0) + 1, seqs.size(), "no report lost");
    }

    @Test
    void anAgentWhoseFirstMasterAddressIsDownSyncsOverTheNextAndTheFailureIsShown() throws Exception {
        // given: an endpoint on loopback, and an address before it where nothing listens
        int port = site.connector.listen(settings("127.0.0.1"));
        int dead = closedPort();
        String token = site.master.enrolments().issue(null, "factory", Duration.ofHours(1)).token();

        // when: the agent is given both, the dead one first
        site.startAgent("edge-b", List.of("--master", "127.0.0.1:" + dead + ",127.0.0.1:" + port, "--enrol", token,
                "--master-fingerprint", site.identity.fingerprint()));
        site.connector.start(Duration.ofMillis(200));

        // then: it enrolled and syncs over the second, and the master shows why the first failed
        InstanceRecord web = site.requests.request(Request.root("panel", "builtin:static-web", "default",
                EndToEndTest.parameters("title", "Second path")).withSla(Map.of("node", "edge-b")));
        Reported page = site.await(web.id(), "started", true, READY);
        assertTrue(EndToEndTest.get(ReportCodec.JSON.readTree(page.connectionJson()).path("url").asText())
                .contains("<h1>Second path</h1>"));
        String failure = site.master.nodeLinks().pathFailures().getOrDefault("edge-b", "");
        assertTrue(failure.contains("127.0.0.1:" + dead), "the last failure names the dead address: " + failure);
    }

    @Test
    void anIdleDiallingNodeIsLeftAloneAndWhatItJournalsReachesTheMasterAtOnce() throws Exception {
        // given: a dialling node with a web server started, and a connector whose period is 200 ms
        int port = site.connector.listen(settings("127.0.0.1"));
        String token = site.master.enrolments().issue(null, "factory", Duration.ofHours(1)).token();
        site.startAgent("edge-i", List.of("--master", "127.0.0.1:" + port, "--enrol", token, "--master-fingerprint",
                site.identity.fingerprint()));
        site.connector.start(Duration.ofMillis(200));
        InstanceRecord web = site.requests.request(Request.root("quiet", "builtin:static-web", "default",
                EndToEndTest.parameters("title", "Quiet")).withSla(Map.of("node", "edge-i")));
        Reported page = site.await(web.id(), "started", true, READY);
        int webPort = URI.create(ReportCodec.JSON.readTree(page.connectionJson()).path("url").asText()).getPort();

        // when: the node has nothing to say for four seconds (twenty periods)
        Thread.sleep(2_000);
        long before = site.connector.completedSyncs();
        Thread.sleep(4_000);
        long idleSyncs = site.connector.completedSyncs() - before;

        // then: it was hardly synced (a usage sample or a promise result is news; a period is not)
        System.out.println("FIGURE dial-in.idle-syncs-in-20-periods " + idleSyncs + " syncs lower-is-better");
        assertTrue(idleSyncs <= 3, "an idle dialling node was synced " + idleSyncs + " times in 20 periods");

        // when: its web server dies, which its agent journals
        int ingested = site.ingestedSeqs("edge-i").size();
        long killed = System.nanoTime();
        Process kill = new ProcessBuilder("pkill", "-f", "http.server " + webPort + " ").start();
        assertEquals(0, kill.waitFor(), "the web server's process was found and killed");

        // then: the agent's news brings it to the master at once, long before the idle sync would
        while (site.ingestedSeqs("edge-i").size() <= ingested) {
            assertTrue(System.nanoTime() - killed < Duration.ofSeconds(10).toNanos(),
                    "what the node journalled did not reach the master within 10 s (the idle sync is 20 s)");
            Thread.sleep(50);
        }
        System.out.println("FIGURE dial-in.news-to-ingested " + (System.nanoTime() - killed) / 1_000_000
                + " ms lower-is-better");
    }

    @Test
    void aPollBeatsOnlyForTheWindowItsAgentAsksForThenSaysQuietAndCostsNothingUntilItsEnd() throws Exception {
        // given: an enrolled node whose session is open, the sync made when it opened refused by the node (so nothing
        // more is asked of it for a while)
        int port = site.connector.listen(settings("127.0.0.1"));
        TlsIdentity node = TlsIdentity.loadOrCreate(dir.resolve("node-q"), "node-q");
        enrolDirectly("node-q", node);
        HttpClient client = client(node);
        String answering = null;
        for (int i = 0; i < 10; i++) {
            HttpRequest.Builder poll = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/v1/dial/poll"))
                    .timeout(Duration.ofSeconds(30)).header("HyperEdge-Session", "node-q-session-1");
            if (answering != null) {
                poll.header("HyperEdge-Call", answering).header("HyperEdge-Status", "503");
            }
            HttpResponse<String> opening = client.send(poll.POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            answering = opening.headers().firstValue("HyperEdge-Call").orElse(null);
            if (opening.statusCode() == 204) {
                break;
            }
        }

        // when: it polls asking for a 200 ms heartbeat for 1 s (mid-sync), then for none (idle)
        HttpResponse<String> windowed = client.send(streamedPoll(port, "node-q-session-1", 200, 1_000),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> idle = client.send(streamedPoll(port, "node-q-session-1", 200, 0),
                HttpResponse.BodyHandlers.ofString());

        // then: the first beats about five times, says QUIET and nothing more until the poll wait ends; the second
        // says QUIET at once: an idle session costs the master no heartbeat
        assertEquals("1000", windowed.headers().firstValue("HyperEdge-Heartbeat-For-Ms").orElse(""));
        assertTrue(windowed.body().matches("\n{4,7}QUIET\nIDLE\n"), "beats, then quiet: " + windowed.body().replace("\n", "|"));
        assertEquals("QUIET\nIDLE\n", idle.body());
    }

    private static HttpRequest streamedPoll(int port, String session, long heartbeatMs, long forMs) {
        return HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/v1/dial/poll"))
                .timeout(Duration.ofSeconds(30)).header("HyperEdge-Session", session)
                .header("HyperEdge-Heartbeat-Ms", Long.toString(heartbeatMs))
                .header("HyperEdge-Heartbeat-For-Ms", Long.toString(forMs)).POST(HttpRequest.BodyPublishers.noBody())
                .build();
    }

    @Test
    void aMasterRestartedMidSessionTakesTheNodeBackAndLosesNothing() throws Exception {
        // given: a dialling node with a service started through its session
        int port = site.connector.listen(settings("127.0.0.1"));
        String token = site.master.enrolments().issue(null, "factory", Duration.ofHours(1)).token();
        site.startAgent("edge-e", List.of("--master", "127.0.0.1:" + port, "--enrol", token, "--master-fingerprint",
                site.identity.fingerprint()));
        site.connector.start(Duration.ofMillis(200));
        InstanceRecord before = site.requests.request(Request.root("before", "builtin:static-web", "default",
                EndToEndTest.parameters("title", "Before")).withSla(Map.of("node", "edge-e")));
        site.await(before.id(), "started", true, READY);

        // when: the master stops while the node's poll waits, and starts again on the same store and port
        site.connector.close();
        site.reconnect();
        site.connector.listen(new EndpointSettings("127.0.0.1", port, POLL_WAIT, IDLE_TIMEOUT, 1_000));
        site.connector.start(Duration.ofMillis(200));

        // then: the node dials the new master by itself, takes new work, and its reports are neither lost nor doubled
        InstanceRecord after = site.requests.request(Request.root("after", "builtin:static-web", "default",
                EndToEndTest.parameters("title", "After")).withSla(Map.of("node", "edge-e")));
        Reported page = site.await(after.id(), "started", true, READY);
        assertTrue(EndToEndTest.get(ReportCodec.JSON.readTree(page.connectionJson()).path("url").asText())
                .contains("<h1>After</h1>"));
        List<Long> seqs = site.ingestedSeqs("edge-e");
        assertEquals(seqs.stream().distinct().count(), seqs.size(), "no report twice");
        assertEquals(seqs.get(seqs.size() - 1) - seqs.get(0) + 1, seqs.size(), "no report lost");
    }

    @Test
    void anUnknownCertificateIsRefusedAndLoggedOncePerMinuteNotPerAttempt() throws Exception {
        // given: the endpoint, and a client whose certificate no node was enrolled with
        int port = site.connector.listen(settings("127.0.0.1"));
        HttpClient stranger = client(TlsIdentity.loadOrCreate(dir.resolve("stranger"), "stranger"));

        // when: it polls five times
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(poll(stranger, port, "stranger-session-1").statusCode());
        }

        // then: each is refused, and one line is logged
        assertEquals(List.of(403, 403, 403, 403, 403), statuses);
        assertEquals(1, site.connector.refusalLines());
    }

    @Test
    void aRevokedNodesCertificateIsRefused() throws Exception {
        int port = site.connector.listen(settings("127.0.0.1"));
        TlsIdentity node = TlsIdentity.loadOrCreate(dir.resolve("node-c"), "node-c");
        enrolDirectly("node-c", node);
        HttpClient client = client(node);
        int served = poll(client, port, "node-c-session-1").statusCode();
        assertTrue(served == 200 || served == 204, "an enrolled node's poll brings a request or, after the wait, nothing: "
                + served);

        site.connector.revoke("node-c");

        HttpResponse<String> refused = poll(client, port, "node-c-session-1");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("not an enrolled node"), refused.body());
    }

    @Test
    void aNodeDiallingFromTwoPlacesKeepsOneSessionTheNewerWins() throws Exception {
        // given: an enrolled node whose poll waits on session 1
        int port = site.connector.listen(settings("127.0.0.1"));
        TlsIdentity node = TlsIdentity.loadOrCreate(dir.resolve("node-d"), "node-d");
        enrolDirectly("node-d", node);
        HttpClient first = client(node);
        HttpClient second = client(node);
        CompletableFuture<HttpResponse<String>> older = waitingPoll(first, port, "node-d-session-1");

        // when: the same node polls on session 2 from another connection
        CompletableFuture<HttpResponse<String>> newer = pollAsync(second, port, "node-d-session-2");

        // then: the older poll is ended with 409 at once, and polls of the older session are refused from then on
        HttpResponse<String> ended = older.get(2, TimeUnit.SECONDS);
        assertEquals(409, ended.statusCode());
        assertTrue(ended.body().contains("newer"), ended.body());
        assertEquals(409, poll(first, port, "node-d-session-1").statusCode());
        int lives = newer.get(POLL_WAIT.toSeconds() + 5, TimeUnit.SECONDS).statusCode();
        assertTrue(lives == 200 || lives == 204, "the newer session lives: " + lives);
    }

    @Test
    void stalledClientsAreCutAtTheIdleTimeoutAndDoNotHoldTheMaster() throws Exception {
        // given: the endpoint, and 50 connections that open and then send nothing
        int port = site.connector.listen(settings("127.0.0.1"));
        List<Socket> stalled = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Socket socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout((int) IDLE_TIMEOUT.plusSeconds(10).toMillis());
            stalled.add(socket);
        }
        try {
            // when: a real client comes meanwhile, then: it is answered at once
            HttpClient stranger = client(TlsIdentity.loadOrCreate(dir.resolve("stranger"), "stranger"));
            long started = System.nanoTime();
            assertEquals(403, poll(stranger, port, "stranger-session-1").statusCode());
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(5).toNanos(), "answered while 50 clients stall");

            // and: every stalled connection is closed by the master within its idle timeout
            long deadline = System.nanoTime() + IDLE_TIMEOUT.plusSeconds(5).toNanos();
            for (Socket socket : stalled) {
                int read;
                try {
                    read = socket.getInputStream().read();
                } catch (IOException e) {
                    read = -1; // reset by the master: cut as well
                }
                assertEquals(-1, read, "the master closed the stalled connection");
            }
            assertTrue(System.nanoTime() < deadline, "cut within the idle timeout and a margin");
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    private static EndpointSettings settings(String host) {
        return new EndpointSettings(host, 0, POLL_WAIT, IDLE_TIMEOUT, 1_000);
    }

    /** A node recorded as enrolled with this certificate, without an agent: for what only its connection matters. */
    private void enrolDirectly(String name, TlsIdentity node) {
        site.master.nodeLinks().adoptDialling(new NodeSpec(name, "factory", null, 1000, 1024, 1024, Map.of(), 1, 30000, 10),
                node.fingerprint(), null, "test");
    }

    private HttpClient client(TlsIdentity identity) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .sslContext(identity.sslContext(PinnedTrustManager.pinned(site.identity.fingerprint())))
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpRequest pollRequest(int port, String session) {
        return pollRequest(port, session, null);
    }

    /** A poll; with {@code answering}, it answers that request of the master with 503 (this test node serves none). */
    private static HttpRequest pollRequest(int port, String session, String answering) {
        HttpRequest.Builder poll = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/v1/dial/poll"))
                .timeout(Duration.ofSeconds(30)).header("HyperEdge-Session", session);
        if (answering != null) {
            poll.header("HyperEdge-Call", answering).header("HyperEdge-Status", "503");
        }
        return poll.POST(answering == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString("{\"error\":\"a test node serves nothing\"}")).build();
    }

    private static HttpResponse<String> poll(HttpClient client, int port, String session) throws Exception {
        return client.send(pollRequest(port, session), HttpResponse.BodyHandlers.ofString());
    }

    private static CompletableFuture<HttpResponse<String>> pollAsync(HttpClient client, int port, String session) {
        return client.sendAsync(pollRequest(port, session), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A poll left waiting: the connector syncs a node as soon as its session opens, so the first polls may bring that
     * sync's requests (200), each answered with a refusal by the next poll (an unanswered one would be handed out
     * again); polled until one waits.
     */
    private static CompletableFuture<HttpResponse<String>> waitingPoll(HttpClient client, int port, String session)
            throws Exception {
        String answering = null;
        for (int i = 0; i < 10; i++) {
            CompletableFuture<HttpResponse<String>> poll = client.sendAsync(pollRequest(port, session, answering),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(500);
            if (!poll.isDone()) {
                return poll;
            }
            assertEquals(200, poll.get().statusCode(), poll.get().body());
            answering = poll.get().headers().firstValue("HyperEdge-Call").orElseThrow();
        }
        throw new AssertionError("no poll of session " + session + " was left waiting");
    }

    private static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int closedPort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
