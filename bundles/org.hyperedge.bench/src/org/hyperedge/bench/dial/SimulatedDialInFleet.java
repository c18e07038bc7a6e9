package org.hyperedge.bench.dial;

import static org.hyperedge.protocol.dial.DialHeaders.CALL;
import static org.hyperedge.protocol.dial.DialHeaders.HEARTBEAT;
import static org.hyperedge.protocol.dial.DialHeaders.HEARTBEAT_FOR;
import static org.hyperedge.protocol.dial.DialHeaders.JOURNAL_HEAD;
import static org.hyperedge.protocol.dial.DialHeaders.METHOD;
import static org.hyperedge.protocol.dial.DialHeaders.NEWS_PATH;
import static org.hyperedge.protocol.dial.DialHeaders.PATH;
import static org.hyperedge.protocol.dial.DialHeaders.POLL_PATH;
import static org.hyperedge.protocol.dial.DialHeaders.SESSION;
import static org.hyperedge.protocol.dial.DialHeaders.STATUS;
import static org.hyperedge.protocol.dial.DialHeaders.STREAMED_POLL_TYPE;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.protocol.tls.Fingerprints;
import org.hyperedge.protocol.tls.PinnedTrustManager;

/**
 * Many simulated dial-in nodes in one JVM (issue 18's sync benchmark): node {@code i} has its own certificate and
 * dials the master's endpoint on its own loopback address {@code 127.x.y.z} (all of 127.0.0.0/8 is this machine),
 * which tells the one TLS context which certificate to present ({@link KeysByPeerAddress}); the master's certificate
 * is pinned. Each keeps one long poll open, as the agent's {@code DialOut} does, and answers the calls the poll brings
 * ({@link SimulatedJournal}): reports with new promise events, desired states, acknowledgements. No thread per node:
 * one {@link HttpClient} (one selector thread) carries every poll, and each answer is made on its small pool.
 * Loopback only.
 */
public final class SimulatedDialInFleet implements DialInFleet {

    /** Handshakes under way at once while the nodes first dial: a burst of 10,000 would only time out. */
    static final int DIALLING_AT_ONCE = 200;
    static final Duration POLL_TIMEOUT = Duration.ofSeconds(90);
    static final Duration RETRY = Duration.ofSeconds(1);
    /** How long a poll beats while a sync is expected, as the agent asks; -1 for all along (an older agent). */
    static final long HEARTBEAT_WINDOW_MS = Long.getLong("hyperedge.bench.heartbeat-window-ms", 3_000);
    /**
     * Whether news goes on a connection closed after it ({@link FleetProcess} allows the header): the poll holds the
     * node's connection, so news takes a second one, and 10,000 nodes keeping both would reach the master's
     * connection limit (20,000) and this process's file limit.
     */
    static final boolean CLOSE_ALLOWED = System.getProperty("jdk.httpclient.allowRestrictedHeaders", "")
            .contains("connection");

    private final List<DialInNode> nodes = new ArrayList<>();
    private final HttpClient client;
    private final ExecutorService answering;
    private final long heartbeatMs;
    private final Semaphore dialling = new Semaphore(DIALLING_AT_ONCE);
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong polls = new AtomicLong();
    private volatile String lastFailure = "";
    private volatile boolean running = true;

    /** What the fleet did so far, summed over its nodes. */
    public record Stats(int connected, long polls, long calls, long eventsHanded, long eventsAcknowledged,
            long desiredStates, long failures, String lastFailure) {
    }

    /**
     * {@code count} nodes with new certificates, dialling the master listening on {@code port} (every address), whose
     * certificate is {@code masterFingerprint}; {@code heartbeatMs} > 0 asks for streamed polls with a heartbeat this
     * often (as the agent does), 0 for plain polls.
     */
    public SimulatedDialInFleet(int count, String masterFingerprint, int port, long heartbeatMs)
            throws GeneralSecurityException {
        this.heartbeatMs = heartbeatMs;
        NodeCertificates certificates = new NodeCertificates();
        Map<String, NodeCertificates.Identity> byAddress = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String address = address(i);
            NodeCertificates.Identity identity = certificates.create(nodeName(i), i + 1L);
            byAddress.put(address, identity);
            nodes.add(new DialInNode(i, address, "https://" + address + ":" + port, Fingerprints.sha256(identity.certificate())));
        }
        SSLContext tls = SSLContext.getInstance("TLSv1.3");
        tls.init(new KeyManager[] { new KeysByPeerAddress(byAddress) },
                new TrustManager[] { PinnedTrustManager.pinned(masterFingerprint) }, null);
        answering = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "simulated-dial-in-fleet");
            thread.setDaemon(true);
            return thread;
        });
        client = HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1).executor(answering)
                .connectTimeout(Duration.ofSeconds(20)).build();
    }

    /** The loopback address node {@code index} (0-based) dials from and to: 127.2.0.1, 127.2.0.2, ... */
    public static String address(int index) {
        int n = index + 1;
        return "127." + (2 + n / 65_536) + "." + (n / 256 % 256) + "." + (n % 256);
    }

    /** The name node {@code index} is registered under. */
    public static String nodeName(int index) {
        return "dial-" + index;
    }

    /**
     * Registers the nodes, their certificates' {@code fingerprints} in node order, as dialling nodes of the master (as
     * an enrolment does), each with 10 partitions of 20 ports. Returns the nodes' names.
     */
    public static List<String> register(NodeLinks links, List<String> fingerprints) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            names.add(nodeName(i));
            links.adoptDialling(new NodeSpec(nodeName(i), "bench", null, 2000, 2048, 10_000, Map.of(), 10, 20_000, 20),
                    fingerprints.get(i), null, "simulated");
        }
        return names;
    }

    @Override
    public List<String> fingerprints() {
        return nodes.stream().map(node -> node.fingerprint).toList();
    }

    public int size() {
        return nodes.size();
    }

    /** Every node dials now, at most {@value #DIALLING_AT_ONCE} handshakes at once; returns once the last one did. */
    @Override
    public void start() throws InterruptedException {
        for (DialInNode node : nodes) {
            dialling.acquire();
            poll(node, null);
        }
    }

    /**
     * Whether the nodes' journals grow each time the master reads them (true) or stay as they are. Once producing,
     * each node tells the master its news beside its waiting poll, as the agent does ({@code POST /v1/dial/news}), at
     * most {@value #DIALLING_AT_ONCE} at once; returns once the last one went out.
     */
    @Override
    public void producing(boolean producing) throws InterruptedException {
        nodes.forEach(node -> node.journal.producing(producing));
        if (!producing) {
            return;
        }
        for (DialInNode node : nodes) {
            dialling.acquire();
            HttpRequest.Builder news = HttpRequest.newBuilder(node.news).timeout(POLL_TIMEOUT)
                    .header(SESSION, node.session).header(JOURNAL_HEAD, Long.toString(node.journal.announcedHead()))
                    .POST(HttpRequest.BodyPublishers.noBody());
            if (CLOSE_ALLOWED) {
                news.header("Connection", "close");
            }
            client.sendAsync(news.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failed) -> {
                dialling.release();
                if (failed != null || response.statusCode() != 204) {
                    failures.incrementAndGet();
                    lastFailure = node.address + ": news " + (failed != null ? failed : response.statusCode());
                }
            });
        }
    }

    /** The last report number node {@code index} handed out: what the master should hold of it, once synced. */
    public long handed(int index) {
        return nodes.get(index).journal.handed();
    }

    @Override
    public Stats stats() {
        int connected = 0;
        long calls = 0;
        long handed = 0;
        long acknowledged = 0;
        long desired = 0;
        for (DialInNode node : nodes) {
            connected += node.called ? 1 : 0;
            calls += node.journal.calls();
            handed += node.journal.handed();
            acknowledged += node.journal.acknowledged();
            desired += node.journal.desiredStates();
        }
        return new Stats(connected, polls.get(), calls, handed, acknowledged, desired, failures.get(), lastFailure);
    }

    private void poll(DialInNode node, SimulatedJournal.Answer answer) {
        if (!running) {
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(node.poll).timeout(POLL_TIMEOUT).header(SESSION, node.session)
                .header(JOURNAL_HEAD, Long.toString(node.journal.announcedHead()));
        if (heartbeatMs > 0) {
            request.header(HEARTBEAT, Long.toString(heartbeatMs));
            if (HEARTBEAT_WINDOW_MS >= 0) {
                // as the agent: a heartbeat only while a sync is expected (after an answer, on a session's first poll)
                request.header(HEARTBEAT_FOR, Long.toString(answer != null || !node.dialled ? HEARTBEAT_WINDOW_MS : 0));
            }
        }
        if (answer != null) {
            request.header(CALL, Long.toString(answer.call())).header(STATUS, Integer.toString(answer.status()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(answer.body()));
        } else {
            request.POST(HttpRequest.BodyPublishers.noBody());
        }
        polls.incrementAndGet();
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .whenComplete((response, failed) -> answered(node, response, failed));
    }

    private void answered(DialInNode node, HttpResponse<byte[]> response, Throwable failed) {
        if (!node.dialled) {
            node.dialled = true;
            dialling.release();
        }
        if (failed != null || (response.statusCode() != 200 && response.statusCode() != 204)) {
            failures.incrementAndGet();
            lastFailure = node.address + ": " + (failed != null ? failed : response.statusCode() + " " + new String(
                    response.body(), java.nio.charset.StandardCharsets.UTF_8));
            CompletableFuture.delayedExecutor(RETRY.toMillis(), TimeUnit.MILLISECONDS, answering)
                    .execute(() -> poll(node, null));
            return;
        }
        SimulatedJournal.Answer answer = null;
        try {
            if (response.statusCode() == 200) {
                node.called = true;
                answer = response.headers().firstValue("content-type").orElse("").startsWith(STREAMED_POLL_TYPE)
                        ? node.journal.serveFrame(response.body())
                        : node.journal.serve(Long.parseLong(header(response, CALL)), header(response, METHOD),
                                header(response, PATH), response.body());
            }
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            lastFailure = node.address + ": " + e;
        }
        poll(node, answer);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name)
                .orElseThrow(() -> new IllegalArgumentException("the master's call carries no " + name + " header"));
    }

    @Override
    public String where() {
        return "in this JVM";
    }

    @Override
    public void close() {
        running = false;
        answering.shutdownNow();
    }

    private static final class DialInNode {
        final String address;
        final URI poll;
        final URI news;
        final String fingerprint;
        final String session = UUID.randomUUID().toString();
        final SimulatedJournal journal;
        /** The master called this node at least once (its session is open); written on the answering pool. */
        volatile boolean called;
        /** Its first poll was answered or failed: another node may dial. */
        boolean dialled;

        DialInNode(int index, String address, String master, String fingerprint) {
            this.address = address;
            this.poll = URI.create(master + POLL_PATH);
            this.news = URI.create(master + NEWS_PATH);
            this.fingerprint = fingerprint;
            this.journal = new SimulatedJournal(nodeName(index));
        }
    }
}
