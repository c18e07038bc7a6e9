package org.hyperedge.connector;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.hyperedge.master.sync.NodeLink;

/**
 * The node protocol over connections dialling nodes open to the master (issue 18): the transport is reversed, not the
 * protocol. A dialling agent keeps one long-poll open; a request for it ({@link Call}: method, path, body) is handed
 * out as that poll's answer, the agent runs it through its own API routing and posts the answer with its next poll,
 * which brings the next request or waits for one (answered empty after {@code pollWait}). So {@link SyncSession}
 * syncs a dialling node exactly as a dialled one, and a request made while the poll waits reaches the node at once.
 *
 * <p>An agent serves one request at a time and posts each answer with its next poll, so a poll that answers none of
 * the requests handed out to it shows that they never reached it (the path died under them): they are handed out
 * again, on whichever path the agent polls from now. Every request of the node protocol is idempotent (a desired
 * state by its generation, reports by their cursor, an acknowledgement, an artifact by its digest), so one that did
 * arrive after all is harmless twice.
 *
 * <p>One session per node: a poll with another session id than the node's session opens a new one (the newer wins),
 * the old one is closed (its waiting poll answered 409, its unanswered calls failed), and polls of a replaced session
 * are refused from then on.
 */
final class DialInSessions implements NodeTransport {

    /**
     * How long a caller waits for a call's answer: as long as a dialled transfer may be silent. One session carries
     * every call, artifacts included, and the master cannot move a call to another path (the agent picks its path),
     * so the short {@link AgentHttp#PROTOCOL_CALL_TIMEOUT} of a dialled node's small calls would only fail them sooner.
     */
    static final Duration ANSWER_TIMEOUT = AgentHttp.TRANSFER_TIMEOUT;

    /** A request for a dialling node's agent: a body in memory or a file (an artifact). */
    static final class Call {
        final long id;
        final String method;
        final String path;
        final byte[] body;
        final Path file;
        final int maxBytes;
        final CompletableFuture<AgentHttp.Answer> answer = new CompletableFuture<>();

        Call(long id, String method, String path, byte[] body, Path file, int maxBytes) {
            this.id = id;
            this.method = method;
            this.path = path;
            this.body = body;
            this.file = file;
            this.maxBytes = maxBytes;
        }
    }

    /** A poll refused: the endpoint answers it with this status and message. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private static final class Session {
        final NodeLink node;
        final String nodeId;
        final String id;
        String from;
        // a session has one call or two under way, and thousands of sessions are open: small from the start
        final ArrayDeque<Call> queued = new ArrayDeque<>(2);
        final Map<Long, Call> handedOut = new HashMap<>(4);
        CompletableFuture<Call> parked;
        ScheduledFuture<?> idle;
        long lastPollNanos = System.nanoTime();
        /** The agent's journal's last number as it last said (-1: it never said: an agent of an older version). */
        long journalHead = -1;

        Session(NodeLink node, String id, String from) {
            // a session reads only its node's id and certificate: the rest of the row (address, journal epoch, last
            // error, sealing key) would be kept for every open session, thousands of them
            this.node = new NodeLink(node.nodeId(), null, node.fingerprint(), 0, 0, 0, null, null, null, null, true,
                    List.of());
            this.nodeId = node.nodeId();
            this.id = id;
            this.from = from;
        }
    }

    private final ScheduledExecutorService timer;
    private final Consumer<String> opened;
    private final BiConsumer<String, String> moved;
    private final Map<String, Session> sessions = new HashMap<>();
    /** The open sessions by their id (the agent's), so a poll finds its node without the database. */
    private final Map<String, Session> bySession = new HashMap<>();
    /** Session ids replaced by a newer session of their node: their polls are refused. */
    private final Map<String, String> replaced = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 100_000;
        }
    };
    private final AtomicLong calls = new AtomicLong();
    private volatile Duration pollWait;

    /**
     * {@code opened}: told the node's id when a node opens a session (the connector syncs it at once); {@code moved}:
     * told the node and the address when its session comes from another address than before (kept for the operator).
     */
    DialInSessions(ScheduledExecutorService timer, Duration pollWait, Consumer<String> opened,
            BiConsumer<String, String> moved) {
        this.moved = moved;
        this.timer = timer;
        this.pollWait = pollWait;
        this.opened = opened;
    }

    /** How long a poll waits for a request before it is answered empty (the endpoint's setting). */
    void pollWait(Duration wait) {
        this.pollWait = wait;
    }

    /** Whether the node has a live session: it polled within the poll wait and a margin. */
    synchronized boolean connected(String nodeId) {
        Session session = sessions.get(nodeId);
        return session != null && alive(session);
    }

    private boolean alive(Session session) {
        return session.parked != null
                || System.nanoTime() - session.lastPollNanos < pollWait.plusSeconds(10).toNanos();
    }

    /**
     * The node whose live session {@code sessionId} is, if its agent presents {@code fingerprint}: a poll on a session
     * that is open needs no look-up in the database (a revoked node's session is closed when it is revoked, or at the
     * connector's next period when another process revoked it).
     */
    synchronized NodeLink sessionNode(String fingerprint, String sessionId) {
        Session session = bySession.get(sessionId);
        return session != null && sessions.get(session.nodeId) == session
                && fingerprint.equalsIgnoreCase(session.node.fingerprint()) ? session.node : null;
    }

    /**
     * An agent's poll on its session {@code sessionId} from {@code from}: the answer to call {@code answered} (or none,
     * {@code answered} null), then the next call, completed at once when one waits, later when one is made, or with
     * null after the poll wait (nothing to do). Completed exceptionally with {@link Refused} when a newer session
     * replaces this one meanwhile.
     */
    CompletableFuture<Call> poll(NodeLink node, String sessionId, String from, Long answered, int status, byte[] body)
            throws Refused {
        boolean isNew;
        boolean elsewhere;
        CompletableFuture<Call> next;
        List<Runnable> after = new ArrayList<>();
        synchronized (this) {
            String replacedBy = replaced.get(sessionId);
            if (replacedBy != null) {
                throw new Refused(409, "this session of node " + node.nodeId() + " was replaced by a newer one from "
                        + replacedBy + " (one session per node: the newer wins)");
            }
            Session session = sessions.get(node.nodeId());
            isNew = session == null || !session.id.equals(sessionId);
            if (isNew) {
                Session newer = new Session(node, sessionId, from);
                if (session != null) {
                    replaced.put(session.id, from);
                    // what the older session was handed and did not answer goes to the newer one first (idempotent)
                    session.handedOut.values().stream().sorted(Comparator.comparingLong((Call c) -> c.id))
                            .forEach(newer.queued::add);
                    session.handedOut.clear();
                    newer.queued.addAll(session.queued);
                    after.add(closing(session, "replaced by a newer session of the node from " + from));
                }
                sessions.put(node.nodeId(), newer);
                bySession.put(sessionId, newer);
                if (session != null) {
                    bySession.remove(session.id);
                }
                session = newer;
            }
            session.lastPollNanos = System.nanoTime();
            elsewhere = isNew || !from.equals(session.from);
            session.from = from;
            if (answered != null) {
                Call call = session.handedOut.remove(answered);
                if (call != null) {
                    after.add(() -> answer(call, status, body));
                }
            }
            // what was handed out and not answered now never reached the agent: first in line again
            List<Call> lost = new ArrayList<>(session.handedOut.values());
            lost.sort(Comparator.comparingLong((Call c) -> c.id).reversed());
            lost.forEach(session.queued::addFirst);
            session.handedOut.clear();
            if (session.parked != null) {
                // the agent polls again while an earlier poll of it waits (that connection died): the earlier one ends
                CompletableFuture<Call> earlier = session.parked;
                session.parked = null;
                session.idle.cancel(false);
                after.add(() -> earlier.complete(null));
            }
            Call call = session.queued.poll();
            if (call != null) {
                session.handedOut.put(call.id, call);
                next = CompletableFuture.completedFuture(call);
            } else {
                CompletableFuture<Call> parked = new CompletableFuture<>();
                Session waiting = session;
                session.parked = parked;
                session.idle = timer.schedule(() -> idle(waiting, parked), pollWait.toMillis(), TimeUnit.MILLISECONDS);
                next = parked;
            }
        }
        after.forEach(Runnable::run);
        if (elsewhere) {
            moved.accept(node.nodeId(), from);
        }
        if (isNew) {
            opened.accept(node.nodeId());
        }
        return next;
    }

    /** Told the node whose journal number moved at a poll (rounds read only the dialling nodes with work). */
    private volatile Consumer<String> headMoved = nodeId -> {
    };

    void onHeadMoved(Consumer<String> listener) {
        this.headMoved = listener;
    }

    /**
     * What the node's poll said of its journal's last number ({@code head} < 0: nothing). A number that moved makes
     * the node synced: rounds between whole ones read only the dialling nodes with something to do.
     */
    void journalHead(String nodeId, long head) {
        boolean moved;
        synchronized (this) {
            Session session = sessions.get(nodeId);
            moved = session != null && head >= 0 && head != session.journalHead;
            if (moved) {
                session.journalHead = head;
            }
        }
        if (moved) {
            headMoved.accept(nodeId);
        }
    }

    /** The nodes whose sessions never say their journal's last number (older agents): synced every round. */
    synchronized Set<String> unannouncing() {
        Set<String> nodes = new HashSet<>();
        sessions.forEach((nodeId, session) -> {
            if (session.journalHead < 0) {
                nodes.add(nodeId);
            }
        });
        return nodes;
    }

    /**
     * The node's agent says its journal grew while its poll waits: recorded, and the node is synced now (as when it
     * opens a session). Refused when the session is not the node's open one.
     */
    void news(NodeLink node, String sessionId, long head) throws Refused {
        synchronized (this) {
            Session session = sessions.get(node.nodeId());
            if (session == null || !session.id.equals(sessionId)) {
                throw new Refused(409, "news on session " + sessionId + ", which is not node " + node.nodeId()
                        + "'s open session (poll first)");
            }
            session.journalHead = Math.max(session.journalHead, head);
        }
        opened.accept(node.nodeId());
    }

    /**
     * Whether the node has nothing new to report: its session is open and its journal's last number, as it said, is
     * the master's cursor. A node that never said (an older agent) or whose journal number moved either way is not.
     */
    synchronized boolean quiet(String nodeId, long cursor) {
        Session session = sessions.get(nodeId);
        return session != null && alive(session) && session.journalHead >= 0 && session.journalHead == cursor;
    }

    private synchronized void idle(Session session, CompletableFuture<Call> parked) {
        if (session.parked == parked) {
            session.parked = null;
            parked.complete(null);
        }
    }

    private static void answer(Call call, int status, byte[] body) {
        if (body.length > call.maxBytes) {
            call.answer.completeExceptionally(new IOException("the node answered " + call.method + " " + call.path
                    + " with " + body.length + " bytes, more than the " + call.maxBytes + " that call carries (answer refused)"));
        } else {
            call.answer.complete(new AgentHttp.Answer(status, body));
        }
    }

    /** The poll that carried this call could not be written to the agent: the call fails now, not at its timeout. */
    synchronized void undelivered(String nodeId, Call call, Throwable why) {
        Session session = sessions.get(nodeId);
        if (session != null) {
            session.handedOut.remove(call.id);
        }
        call.answer.completeExceptionally(new IOException("the request " + call.method + " " + call.path
                + " could not be handed to node " + nodeId + " over its session: " + why.getMessage(), why));
    }

    /** Ends the node's session (revoked): its waiting poll is refused and its calls fail. */
    void close(String nodeId, String why) {
        Runnable closing;
        synchronized (this) {
            Session session = sessions.remove(nodeId);
            if (session == null) {
                return;
            }
            bySession.remove(session.id);
            replaced.put(session.id, "nowhere (" + why + ")");
            closing = closing(session, why);
        }
        closing.run();
    }

    /**
     * Ends the sessions of every node not among these (revoked meanwhile, by this or another process). Run at every
     * sync round: linear in the nodes (a list's removeAll would compare every session with every node).
     */
    void retainOnly(Collection<String> nodeIds) {
        Set<String> kept = nodeIds instanceof Set<String> set ? set : new HashSet<>(nodeIds);
        Set<String> gone;
        synchronized (this) {
            gone = new HashSet<>(sessions.keySet());
            gone.removeIf(kept::contains);
        }
        gone.forEach(nodeId -> close(nodeId, "the node is no longer adopted"));
    }

    /** What ending a session does, run outside the lock: every waiting party is told why. */
    private static Runnable closing(Session session, String why) {
        CompletableFuture<Call> parked = session.parked;
        session.parked = null;
        if (session.idle != null) {
            session.idle.cancel(false);
        }
        List<Call> unanswered = List.copyOf(session.handedOut.values());
        session.handedOut.clear();
        return () -> {
            if (parked != null) {
                parked.completeExceptionally(new Refused(409, "session closed: " + why));
            }
            unanswered.forEach(call -> call.answer.completeExceptionally(
                    new IOException("node " + session.nodeId + "'s session from " + session.from + " ended (" + why + ")")));
        };
    }

    @Override
    public AgentHttp.Answer get(NodeLink node, String path, int maxBytes) throws IOException {
        return call(node, "GET", path, new byte[0], null, maxBytes);
    }

    @Override
    public AgentHttp.Answer send(NodeLink node, String method, String path, byte[] body, int maxBytes) throws IOException {
        return call(node, method, path, body, null, maxBytes);
    }

    @Override
    public AgentHttp.Answer sendFile(NodeLink node, String path, Path file) throws IOException {
        return call(node, "PUT", path, null, file, AgentHttp.SMALL_ANSWER);
    }

    private AgentHttp.Answer call(NodeLink node, String method, String path, byte[] body, Path file, int maxBytes)
            throws IOException {
        Call call = new Call(calls.incrementAndGet(), method, path, body, file, maxBytes);
        CompletableFuture<Call> parked = null;
        synchronized (this) {
            Session session = sessions.get(node.nodeId());
            if (session == null || !alive(session)) {
                throw new IOException("node " + node.nodeId() + " dials in and has no session open now"
                        + (session == null ? "" : " (its last came from " + session.from + ")"));
            }
            if (session.parked != null) {
                parked = session.parked;
                session.parked = null;
                session.idle.cancel(false);
                session.handedOut.put(call.id, call);
            } else {
                session.queued.add(call);
            }
        }
        if (parked != null) {
            parked.complete(call);
        }
        try {
            return call.answer.get(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            forget(node.nodeId(), call);
            throw new IOException("node " + node.nodeId() + " did not answer " + method + " " + path + " within "
                    + ANSWER_TIMEOUT.toSeconds() + " s over its dial-in session");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            forget(node.nodeId(), call);
            throw new IOException("interrupted waiting for node " + node.nodeId());
        }
    }

    private synchronized void forget(String nodeId, Call call) {
        Session session = sessions.get(nodeId);
        if (session != null) {
            session.queued.remove(call);
            session.handedOut.remove(call.id);
        }
    }

    /** Every session ended (the connector closes). */
    void closeAll(String why) {
        List<String> all;
        synchronized (this) {
            all = List.copyOf(sessions.keySet());
        }
        all.forEach(nodeId -> close(nodeId, why));
    }
}
