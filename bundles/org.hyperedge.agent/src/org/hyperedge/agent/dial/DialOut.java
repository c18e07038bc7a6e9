package org.hyperedge.agent.dial;

import static org.hyperedge.protocol.dial.DialHeaders.CALL;
import static org.hyperedge.protocol.dial.DialHeaders.HEARTBEAT;
import static org.hyperedge.protocol.dial.DialHeaders.HEARTBEAT_FOR;
import static org.hyperedge.protocol.dial.DialHeaders.JOURNAL_HEAD;
import static org.hyperedge.protocol.dial.DialHeaders.LAST_FAILURE;
import static org.hyperedge.protocol.dial.DialHeaders.METHOD;
import static org.hyperedge.protocol.dial.DialHeaders.NEWS_PATH;
import static org.hyperedge.protocol.dial.DialHeaders.PATH;
import static org.hyperedge.protocol.dial.DialHeaders.POLL_PATH;
import static org.hyperedge.protocol.dial.DialHeaders.POLL_WAIT;
import static org.hyperedge.protocol.dial.DialHeaders.SESSION;
import static org.hyperedge.protocol.dial.DialHeaders.STATUS;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.function.LongSupplier;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;

import org.hyperedge.agent.api.ApiServer;
import org.hyperedge.protocol.tls.Fingerprints;

/**
 * A dialling agent's session with its master (issue 18): one long-poll kept open to the master's endpoint. The poll's
 * answer is a request of the node protocol (method, path, body), served in process by the agent's own API routing
 * ({@link ApiServer#serveInProcess}: the same checks and limits as on its port, for the pinned master only), and its
 * answer goes back with the next poll, which brings the next request or, after the master's poll wait, nothing. A
 * failed address is left for the next one ({@link MasterAddresses}); an answer not delivered is sent again on the
 * next address (the master ignores answers to requests it no longer waits for). Refusals of this node's certificate
 * (revoked) and of this session (replaced by a newer one from elsewhere) back off; the agent keeps trying, logged once
 * a minute.
 */
public final class DialOut implements AutoCloseable {

    static final Duration HEARTBEAT_INTERVAL = Duration.ofMillis(700);
    /**
     * How long a poll beats after the agent answered a call, or on a new path: mid-sync, the master's next call comes
     * within milliseconds of an answer (a page's ingest between them), so a path cut then is found after three silent
     * beats. Past it the poll is quiet and costs the master nothing until its frame; a path that dies under a quiet
     * poll is found at the poll wait's end, or at once when this agent has news to tell ({@link #NEWS_DUE}).
     */
    static final Duration HEARTBEAT_WINDOW = Duration.ofSeconds(3);
    /**
     * How long news may take to be answered: a master answers it at once. News that does not get through in time, on
     * the address the poll waits on, means that path died while the poll was quiet: the poll is given up at once.
     */
    static final Duration NEWS_DUE = Duration.ofSeconds(2);
    /** How often the journal is looked at for news while a poll waits (a look is one number read in process). */
    static final Duration NEWS_CHECK = Duration.ofMillis(250);
    /** How long a streaming master may take to send a poll's headers on a new path (a handshake first). */
    static final Duration HEADERS_DUE = Duration.ofSeconds(5);
    /**
     * How long it may take on the path the session is on (its connection kept): the master sends them at once. Mid-sync
     * the agent posts each answer with a new poll, so a path cut then is found by this, not by a heartbeat.
     */
    static final Duration HEADERS_DUE_ON_PATH = Duration.ofSeconds(2);

    /** Before the master said how long its polls wait: longer than any master's, so only a dead path ends one. */
    static final Duration POLL_TIMEOUT = Duration.ofSeconds(60);
    /** How much longer than the master's poll wait an answer may take before the path is taken for dead. */
    static final Duration POLL_MARGIN = Duration.ofSeconds(5);

    private final ApiServer api;
    private final MasterAddresses masters;
    private final HttpClient client;
    private final Thread thread;
    private final Thread news;
    private final LongSupplier journalHead;
    /** The journal head the master was last told of, by a poll or by news. */
    private volatile long announced = -1;
    private volatile boolean running = true;
    private volatile String session = newSessionId();
    private volatile String current;
    /** The master's poll wait plus a margin, once it said; a poll not answered by then is on a dead path. */
    private volatile Duration pollTimeout = POLL_TIMEOUT;
    /** Whether this master streams polls with a heartbeat (an older master answers each poll whole). */
    private volatile boolean streamed;
    /** The streamed poll being read now, so news that cannot get through can end it ({@code null}: none). */
    private volatile QuietLimitedBody reading;
    private long lastLogNanos = System.nanoTime() - 61_000_000_000L;

    /** {@code tls}: this agent's identity, trusting the pinned master only; {@code journalHead}: the journal's last number. */
    public DialOut(ApiServer api, SSLContext tls, List<String> masters, LongSupplier journalHead) {
        this.api = api;
        this.masters = new MasterAddresses(masters);
        this.client = client(tls);
        this.journalHead = journalHead;
        this.thread = new Thread(this::run, "hyperedge-agent-dial-out");
        this.thread.setDaemon(true);
        this.news = new Thread(this::announceNews, "hyperedge-agent-dial-news");
        this.news.setDaemon(true);
    }

    static HttpClient client(SSLContext tls) {
        return HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public void start() {
        thread.start();
        news.start();
    }

    /**
     * While a poll waits, new reports would wait for the master's next look: the agent tells it at once instead, on a
     * short request of its own beside the poll ({@code POST /v1/dial/news}), so a master that streams polls asks an
     * idle node for nothing and a busy one right away. A master that does not stream polls syncs every period anyway.
     */
    private void announceNews() {
        while (running) {
            try {
                Thread.sleep(NEWS_CHECK.toMillis());
                long head = journalHead.getAsLong();
                String address = current;
                if (head != announced && streamed && address != null) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create("https://" + address + NEWS_PATH))
                            .header(SESSION, session).header(JOURNAL_HEAD, Long.toString(head))
                            .timeout(NEWS_DUE).POST(HttpRequest.BodyPublishers.noBody()).build();
                    try {
                        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 204) {
                            announced = head;
                        }
                    } catch (IOException e) {
                        pathDead(address, e);
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // the news goes with the next poll anyway
            }
        }
    }

    /** News could not reach the master on the address the poll waits on: the quiet poll there is given up now. */
    private void pathDead(String address, IOException why) {
        QuietLimitedBody poll = reading;
        if (poll != null && address.equals(current)) {
            poll.fail(new IOException("news to " + address + " got no answer (" + describe(why)
                    + "): the path is taken for dead", why));
        }
    }

    /** The address the session is on now ({@code null}: none). */
    public String current() {
        return current;
    }

    private void run() {
        Answer pending = null;
        while (running) {
            String address;
            try {
                address = masters.next();
            } catch (InterruptedException e) {
                return;
            }
            try {
                pending = pollOn(address, pending);
            } catch (IOException | RuntimeException e) {
                current = null;
                if (!running) {
                    return;
                }
                String why = describe(e);
                Duration backoff = masters.failed(address, why);
                log("master " + address + " failed (" + why + "); trying the next address, this one again in "
                        + backoff.toSeconds() + " s");
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** An answer to post back: the request's id at the master, and what the agent answered. */
    private record Answer(long call, int status, byte[] body) {
    }

    /** Polls on one address until it fails; returns an answer not yet delivered when it does. */
    private Answer pollOn(String address, Answer pending) throws IOException, InterruptedException {
        URI uri = URI.create("https://" + address + POLL_PATH);
        boolean newPath = true;
        while (running) {
            long head = journalHead.getAsLong();
            // a sync is under way after an answer, and starts when a session opens on a path: beat while one is
            boolean firstOnPath = newPath;
            boolean syncExpected = pending != null || firstOnPath;
            newPath = false;
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).header(SESSION, session)
                    .header(HEARTBEAT, Long.toString(HEARTBEAT_INTERVAL.toMillis()))
                    .header(HEARTBEAT_FOR, Long.toString(syncExpected ? HEARTBEAT_WINDOW.toMillis() : 0))
                    .header(JOURNAL_HEAD, Long.toString(head))
                    .timeout(headersDue(pending == null ? 0 : pending.body().length, firstOnPath));
            if (pending != null) {
                request.header(CALL, Long.toString(pending.call())).header(STATUS, Integer.toString(pending.status()));
            }
            String failure = masters.takeLastFailure();
            if (failure != null) {
                request.header(LAST_FAILURE, failure.replaceAll("[^\\x20-\\x7e]", "?"));
            }
            request.POST(pending == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(pending.body()));
            HttpResponse<Flow.Publisher<List<ByteBuffer>>> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofPublisher());
            pending = null;
            announced = head;
            current = address;
            masters.worked(address);
            response.headers().firstValueAsLong(POLL_WAIT).ifPresent(
                    wait -> pollTimeout = Duration.ofMillis(Math.min(wait, POLL_TIMEOUT.toMillis())).plus(POLL_MARGIN));
            streamed = response.headers().firstValue(HEARTBEAT).isPresent();
            try (QuietLimitedBody body = QuietLimitedBody.of(response, silence(response))) {
                if (response.statusCode() == 200 && streamed) {
                    Duration quietLimit = pollTimeout;
                    reading = body;
                    try {
                        pending = served(PollFrame.read(body, () -> body.silence(quietLimit)), response, body);
                    } finally {
                        reading = null;
                    }
                    body.transferTo(java.io.OutputStream.nullOutputStream());
                    continue;
                }
                switch (response.statusCode()) {
                    case 204 -> {
                        // nothing to do: poll again
                    }
                    case 200 -> pending = serve(response, body);
                    case 409 -> giveWay(new String(body.readNBytes(4096), StandardCharsets.UTF_8));
                    default -> {
                        String why = new String(body.readNBytes(4096), StandardCharsets.UTF_8);
                        throw new IOException("refused (" + response.statusCode() + "): " + why);
                    }
                }
            }
        }
        return pending;
    }

    /**
     * How long a poll's headers may take: a streaming master answers at once, once it has read the poll's answer
     * (allowed 64 KB/s); a master not known to stream (yet) may hold them for its whole poll wait.
     */
    private Duration headersDue(int answerBytes, boolean newPath) {
        return streamed ? (newPath ? HEADERS_DUE : HEADERS_DUE_ON_PATH).plusMillis(answerBytes / 64L)
                : pollTimeout.plusMillis(answerBytes / 64L);
    }

    /** How long the master's answer may stay silent: three heartbeats when it streams, else its poll wait. */
    private Duration silence(HttpResponse<?> response) {
        return response.headers().firstValueAsLong(HEARTBEAT).stream().mapToObj(ms -> Duration.ofMillis(ms * 3)).findFirst()
                .orElse(pollTimeout);
    }

    /** The streamed poll's last frame: a call served here (its answer goes with the next poll), idle, or a refusal. */
    private Answer served(PollFrame frame, HttpResponse<?> response, QuietLimitedBody body)
            throws IOException, InterruptedException {
        switch (frame.kind()) {
            case CALL -> {
                ApiServer.Answer answer = api.serveInProcess(frame.method(), frame.path(), frame.length(),
                        PollFrame.bounded(body, frame.length()), masterFingerprint(response),
                        InetAddress.getByName(URI.create("https://" + current).getHost()));
                return new Answer(frame.call(), answer.status(), answer.body());
            }
            case REFUSED -> {
                if (frame.status() == 409) {
                    giveWay(frame.message());
                    return null;
                }
                throw new IOException("refused (" + frame.status() + "): " + frame.message());
            }
            default -> {
                return null;
            }
        }
    }

    /** Replaced by a newer session of this node (it dials from elsewhere too): give way, later a new one. */
    private void giveWay(String why) throws InterruptedException {
        log("the master ended this session: " + why + "; dialling again in a minute");
        Thread.sleep(MasterAddresses.MAX_BACKOFF.toMillis());
        session = newSessionId();
    }

    private Answer serve(HttpResponse<?> response, InputStream body) throws IOException {
        long call = Long.parseLong(header(response, CALL));
        String method = header(response, METHOD);
        String path = header(response, PATH);
        long length = response.headers().firstValueAsLong("content-length").orElse(0);
        ApiServer.Answer answer = api.serveInProcess(method, path, length, body, masterFingerprint(response),
                InetAddress.getByName(URI.create("https://" + current).getHost()));
        return new Answer(call, answer.status(), answer.body());
    }

    private static String header(HttpResponse<?> response, String name) throws IOException {
        return response.headers().firstValue(name)
                .orElseThrow(() -> new IOException("the master's request carries no " + name + " header"));
    }

    /** The certificate the master's connection presented (already checked against the pin by the handshake). */
    private static String masterFingerprint(HttpResponse<?> response) throws IOException {
        SSLSession tls = response.sslSession().orElseThrow(() -> new IOException("the master's connection is not TLS"));
        Certificate[] chain = tls.getPeerCertificates();
        return Fingerprints.sha256((X509Certificate) chain[0]);
    }

    private synchronized void log(String line) {
        long now = System.nanoTime();
        if (now - lastLogNanos > 60_000_000_000L) {
            lastLogNanos = now;
            System.out.println("hyperedge-agent: " + line);
            System.out.flush();
        }
    }

    /** A failure as the operator reads it: the JDK's client leaves some without a message (a refused connection). */
    static String describe(Exception e) {
        String kind = e.getClass().getSimpleName();
        if (e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage().startsWith(kind) ? e.getMessage() : kind + ": " + e.getMessage();
        }
        return e instanceof java.net.ConnectException ? "connection refused or no route (ConnectException)"
                : e instanceof java.net.http.HttpTimeoutException ? "no answer in time (HttpTimeoutException)" : kind;
    }

    private static String newSessionId() {
        return UUID.randomUUID().toString();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        news.interrupt();
    }
}
