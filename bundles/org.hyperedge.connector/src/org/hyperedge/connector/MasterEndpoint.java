package org.hyperedge.connector;

import static org.hyperedge.protocol.dial.DialHeaders.CALL;
import static org.hyperedge.protocol.dial.DialHeaders.ENROL_PATH;
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

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.cert.X509Certificate;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.hyperedge.connector.federation.FederationServer;
import org.hyperedge.master.sync.NodeLink;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.tls.Fingerprints;
import org.hyperedge.protocol.tls.PinnedTrustManager;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * The master's HTTPS endpoint (issue 18), on Jetty 12: mutual TLS with the master's own identity, a client certificate
 * required on every connection (any is let through the handshake, as the agent's API does, so a new agent can enrol;
 * each request is then served only to the certificate it is for). Two resources:
 * <ul>
 * <li>{@code POST /v1/dial/enrol}: an agent presents a one-time token ({@link DialInEnrolment});</li>
 * <li>{@code POST /v1/dial/poll}: an enrolled agent's long-poll ({@link DialInSessions}), headers {@code HyperEdge-Session}
 * (the agent's session id), and with an answer {@code HyperEdge-Call} and {@code HyperEdge-Status}, the answer as body.
 * The reply is 204 (nothing to do) or a request: {@code HyperEdge-Call}, {@code HyperEdge-Method}, {@code HyperEdge-Path},
 * its body as body; or, when the agent asks for a heartbeat ({@code HyperEdge-Heartbeat-Ms}), a stream of heartbeats
 * ending with the same in one frame ({@link StreamedPoll}), so the agent finds a dead path within seconds.</li>
 * </ul>
 * A waiting poll holds no thread (Jetty's handlers complete when the request comes, from whichever thread makes it);
 * headers and bodies are bounded, and a connection silent longer than the idle timeout is closed, so a client that
 * stalls holds a connection slot for that long and no thread.
 */
final class MasterEndpoint implements AutoCloseable {


    /** The largest answer an agent posts: a page of reports. */
    static final int MAX_ANSWER = ReportCodec.MAX_PAGE_BYTES;

    private final Server server;
    private final ServerConnector connector;

    MasterEndpoint(TlsIdentity identity, EndpointSettings settings, NodeLinks links, DialInSessions sessions,
            DialInEnrolment enrolment, RefusalLog refusals, FederationServer federation) {
        QueuedThreadPool threads = new QueuedThreadPool(64, 2);
        threads.setName("hyperedge-master-endpoint");
        threads.setDaemon(true);
        server = new Server(threads);
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setSslContext(identity.sslContext(PinnedTrustManager.anyPeer()));
        tls.setNeedClientAuth(true);
        tls.setIncludeProtocols("TLSv1.3");
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(8 * 1024);
        http.setResponseHeaderSize(8 * 1024);
        // each connection's parser would keep its own cache of the header fields it saw: measured at about 100 KB a
        // connection once warm, most of an idle session's cost on a master holding thousands of sessions
        http.setHeaderCacheSize(0);
        http.setSendServerVersion(false);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // agents dial an address and send no host name: the pinned certificate is the identity, not a name in it
        secure.setSniHostCheck(false);
        http.addCustomizer(secure);
        connector = new ServerConnector(server, tls, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(settings.idleTimeout().toMillis());
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(settings.maxConnections(), server));
        server.setHandler(new DialInHandler(links, sessions, enrolment, refusals, settings.pollWait().toMillis(), federation));
    }

    /** Starts listening; returns the port (useful when 0 asked for any). */
    int start() throws Exception {
        server.start();
        return connector.getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** The two resources; every answer is complete in itself (no keep-alive state between requests but TLS). */
    private static final class DialInHandler extends Handler.Abstract {

        private final NodeLinks links;
        private final DialInSessions sessions;
        private final DialInEnrolment enrolment;
        private final RefusalLog refusals;
        private final String pollWaitMs;
        /** Other masters' calls (issue 20); null: this endpoint serves no federation. */
        private final FederationServer federation;

        DialInHandler(NodeLinks links, DialInSessions sessions, DialInEnrolment enrolment, RefusalLog refusals,
                long pollWaitMs, FederationServer federation) {
            this.federation = federation;
            this.pollWaitMs = Long.toString(pollWaitMs);
            this.links = links;
            this.sessions = sessions;
            this.enrolment = enrolment;
            this.refusals = refusals;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String path = request.getHttpURI().getPath();
            String from = Request.getRemoteAddr(request) + ":" + Request.getRemotePort(request);
            String fingerprint = clientFingerprint(request);
            if (fingerprint == null) {
                return error(response, callback, 403, "a client certificate is required");
            }
            if (federation != null && FederationServer.handles(request.getMethod(), path)) {
                return federated(request, fingerprint, path, response, callback);
            }
            if (!"POST".equals(request.getMethod())) {
                return error(response, callback, 405, "method " + request.getMethod() + " is not allowed here (use POST)");
            }
            int limit = switch (path) {
                case ENROL_PATH -> DialInEnrolment.MAX_BYTES;
                case POLL_PATH -> MAX_ANSWER;
                case NEWS_PATH -> 0;
                default -> -1;
            };
            if (limit < 0) {
                return error(response, callback, 404, "no such resource: POST " + path);
            }
            long declared = request.getLength();
            if (declared > limit) {
                return error(response, callback, 413, "a request of " + declared + " bytes is larger than the " + limit
                        + " bytes " + path + " takes");
            }
            Content.Source.asByteArrayAsync(request, limit).whenComplete((body, failed) -> {
                if (failed != null) {
                    error(response, callback, 413, "the request body is larger than the " + limit + " bytes " + path
                            + " takes, or was cut: " + failed.getMessage());
                } else if (path.equals(ENROL_PATH)) {
                    enrol(fingerprint, from, body, response, callback);
                } else if (path.equals(NEWS_PATH)) {
                    news(request, fingerprint, response, callback);
                } else {
                    poll(request, fingerprint, from, body, response, callback);
                }
            });
            return true;
        }

        /** A federated master's call: served by {@link FederationServer} once its body is read. */
        private boolean federated(Request request, String fingerprint, String path, Response response, Callback callback) {
            long declared = request.getLength();
            if (declared > FederationServer.MAX_BODY) {
                return error(response, callback, 413, "a request of " + declared + " bytes is larger than the "
                        + FederationServer.MAX_BODY + " bytes " + path + " takes");
            }
            String method = request.getMethod();
            String query = request.getHttpURI().getQuery();
            Content.Source.asByteArrayAsync(request, FederationServer.MAX_BODY).whenComplete((body, failed) -> {
                if (failed != null) {
                    error(response, callback, 413, "the request body is larger than the " + FederationServer.MAX_BODY
                            + " bytes " + path + " takes, or was cut: " + failed.getMessage());
                    return;
                }
                try {
                    FederationServer.Reply reply = federation.serve(fingerprint, method, path, query, body);
                    json(response, callback, reply.status(), reply.body());
                } catch (RuntimeException e) {
                    error(response, callback, 500, "master error: " + e);
                }
            });
            return true;
        }

        private void enrol(String fingerprint, String from, byte[] body, Response response, Callback callback) {
            try {
                json(response, callback, 200, enrolment.enrol(fingerprint, from, body));
            } catch (AdoptionException e) {
                refusals.refused(fingerprint, from, "enrolment refused: " + e.getMessage());
                error(response, callback, 403, e.getMessage());
            } catch (RuntimeException e) {
                error(response, callback, 500, "master error: " + e);
            }
        }

        private void poll(Request request, String fingerprint, String from, byte[] body, Response response,
                Callback callback) {
            String session = request.getHeaders().get(SESSION);
            if (session == null || !session.matches("[A-Za-z0-9-]{8,64}")) {
                error(response, callback, 400, "header " + SESSION + " must carry the agent's session id (8-64 letters, "
                        + "digits or '-')");
                return;
            }
            NodeLink node;
            try {
                NodeLink open = sessions.sessionNode(fingerprint, session);
                node = open != null ? open : links.findDialling(fingerprint).orElse(null);
            } catch (RuntimeException e) {
                error(response, callback, 503, "master error: " + e);
                return;
            }
            if (node == null) {
                String why = "certificate " + Fingerprints.shortForm(fingerprint) + " is not an enrolled node of this "
                        + "master (never enrolled, or revoked)";
                refusals.refused(fingerprint, from, why);
                error(response, callback, 403, why);
                return;
            }
            Long answered = null;
            int status = 0;
            try {
                String call = request.getHeaders().get(CALL);
                if (call != null) {
                    answered = Long.parseLong(call);
                    status = Integer.parseInt(request.getHeaders().get(STATUS));
                }
            } catch (NumberFormatException e) {
                error(response, callback, 400, "headers " + CALL + " and " + STATUS + " must be numbers");
                return;
            }
            String lastFailure = request.getHeaders().get(LAST_FAILURE);
            if (lastFailure != null) {
                links.pathFailed(node.nodeId(), lastFailure);
            }
            CompletableFuture<DialInSessions.Call> next;
            try {
                next = sessions.poll(node, session, from, answered, status, body);
            } catch (DialInSessions.Refused e) {
                error(response, callback, e.status, e.getMessage());
                return;
            }
            sessions.journalHead(node.nodeId(), journalHead(request));
            long heartbeat = StreamedPoll.askedHeartbeat(request.getHeaders().get(HEARTBEAT));
            if (heartbeat > 0) {
                StreamedPoll stream = StreamedPoll.open(response, callback, request.getComponents().getScheduler(),
                        heartbeat, StreamedPoll.askedHeartbeatFor(request.getHeaders().get(HEARTBEAT_FOR)), pollWaitMs);
                next.whenComplete((call, refused) -> {
                    if (refused != null) {
                        stream.refused(refused instanceof DialInSessions.Refused r ? r.status : 500, refused.getMessage());
                    } else if (call == null) {
                        stream.idle();
                    } else {
                        stream.call(call, why -> sessions.undelivered(node.nodeId(), call, why));
                    }
                });
                return;
            }
            next.whenComplete((call, refused) -> {
                response.getHeaders().put(POLL_WAIT, pollWaitMs);
                if (refused != null) {
                    error(response, callback, refused instanceof DialInSessions.Refused r ? r.status : 500,
                            refused.getMessage());
                } else if (call == null) {
                    response.setStatus(204);
                    callback.succeeded();
                } else {
                    hand(node.nodeId(), call, response, callback);
                }
            });
        }

        /** An agent's journal grew while its poll waits: 204, and the node is synced now. */
        private void news(Request request, String fingerprint, Response response, Callback callback) {
            String session = request.getHeaders().get(SESSION);
            NodeLink node = session == null ? null : sessions.sessionNode(fingerprint, session);
            long head = journalHead(request);
            if (node == null || head < 0) {
                error(response, callback, node == null ? 409 : 400, node == null
                        ? "no open session of this certificate with id " + session + " (poll first)"
                        : "header " + JOURNAL_HEAD + " must carry the journal's last number");
                return;
            }
            try {
                sessions.news(node, session, head);
            } catch (DialInSessions.Refused e) {
                error(response, callback, e.status, e.getMessage());
                return;
            }
            response.setStatus(204);
            callback.succeeded();
        }

        /** The journal's last number a request carries; -1 when it carries none (an older agent) or nonsense. */
        private static long journalHead(Request request) {
            String head = request.getHeaders().get(JOURNAL_HEAD);
            try {
                return head == null ? -1 : Math.max(-1, Long.parseLong(head.trim()));
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        /** The request as the poll's answer; if it cannot be written, its caller learns at once. */
        private void hand(String nodeId, DialInSessions.Call call, Response response, Callback callback) {
            response.setStatus(200);
            response.getHeaders().put(CALL, Long.toString(call.id));
            response.getHeaders().put(METHOD, call.method);
            response.getHeaders().put(PATH, call.path);
            Callback delivered = Callback.from(callback::succeeded, failure -> {
                sessions.undelivered(nodeId, call, failure);
                callback.failed(failure);
            });
            try {
                if (call.file != null) {
                    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/octet-stream");
                    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, Files.size(call.file));
                    Content.copy(Content.Source.from(call.file), response, delivered);
                } else {
                    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, call.body.length);
                    response.write(true, ByteBuffer.wrap(call.body), delivered);
                }
            } catch (java.io.IOException | RuntimeException e) {
                delivered.failed(e);
            }
        }

        private static String clientFingerprint(Request request) {
            if (request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE) instanceof EndPoint.SslSessionData tls) {
                X509Certificate[] chain = tls.peerCertificates();
                if (chain != null && chain.length > 0) {
                    return Fingerprints.sha256(chain[0]);
                }
            }
            return null;
        }

        private static boolean error(Response response, Callback callback, int status, String message) {
            String escaped = message.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\x00-\\x1f]", " ");
            return json(response, callback, status, ("{\"error\":\"" + escaped + "\"}").getBytes(StandardCharsets.UTF_8));
        }

        private static boolean json(Response response, Callback callback, int status, byte[] body) {
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
            response.write(true, ByteBuffer.wrap(body), callback);
            return true;
        }
    }
}
