package org.hyperedge.connector;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.net.ssl.SSLException;

import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.hyperedge.master.sync.NodeLink;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.protocol.node.NodeInfoCodec;

/**
 * The node protocol to dialled nodes over whichever of their addresses works (issue 18, item 3). Each call goes over
 * the first healthy address; a connection failure or a timeout there marks that path dead ({@link NodePaths}) and the
 * same call is made at once over the next, so the sync goes on over another path. Every call of the protocol may be
 * made twice this way: reading reports changes nothing on the agent, and a desired state, an acknowledgement (the same
 * cursor, whichever path carries it) and an artifact are each the same the second time, so exactly-once ingest holds.
 * A dead path is probed in the background ({@code GET /v1/node}, pinned like every call) when its backoff is over,
 * never in a sync, and used again once it answers. The path in use and why the last one was left are kept with the
 * node for {@code nodes} and the Nodes view. A node with one address is called at it as it always was.
 */
final class PathFailover implements NodeTransport {

    private final AgentHttp http;
    private final NodeLinks links;
    private final NodePaths paths = new NodePaths();
    /** The path in use last written to the store, per node: written again only when it changes. */
    private final Map<String, String> shownInUse = new ConcurrentHashMap<>();
    /** Probes of dead paths: few, short (the protocol's call timeout), on threads that end when idle. */
    private final ExecutorService probes = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "hyperedge-path-probe");
        thread.setDaemon(true);
        return thread;
    });

    PathFailover(AgentHttp http, NodeLinks links) {
        this.http = http;
        this.links = links;
    }

    /** One call of the protocol over one address. */
    private interface Call {
        AgentHttp.Answer over(String address) throws IOException;
    }

    @Override
    public AgentHttp.Answer get(NodeLink node, String path, int maxBytes) throws IOException {
        return call(node, address -> http.get(address, path, maxBytes));
    }

    @Override
    public AgentHttp.Answer send(NodeLink node, String method, String path, byte[] body, int maxBytes) throws IOException {
        return call(node, address -> http.send(method, address, path, body, maxBytes));
    }

    @Override
    public AgentHttp.Answer sendFile(NodeLink node, String path, Path file) throws IOException {
        return call(node, address -> http.sendFile(address, path, file));
    }

    @Override
    public String directAddress(NodeLink node) {
        return node.addresses().size() <= 1 ? node.address() : paths.usable(node).get(0);
    }

    private AgentHttp.Answer call(NodeLink node, Call call) throws IOException {
        if (node.addresses().size() <= 1) {
            return call.over(node.address());
        }
        probeDue(node);
        IOException last = null;
        for (String address : paths.usable(node)) {
            try {
                AgentHttp.Answer answer = call.over(address);
                paths.answered(node, address);
                inUse(node, address);
                return answer;
            } catch (IOException e) {
                if (!isPathFailure(e)) {
                    throw e; // the agent answered: an answer too large, say, is no reason to change paths
                }
                paths.failed(node, address, System.nanoTime());
                links.pathFailed(node.nodeId(), address + " at " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ": "
                        + describe(e));
                last = e;
            }
        }
        throw new IOException("no address of node " + node.nodeId() + " answered; the last: " + describe(last), last);
    }

    /** Whether the failure is the path's (no connection, silence, a cut connection), not what the agent answered. */
    static boolean isPathFailure(IOException e) {
        return e instanceof InterruptedIOException || e instanceof SocketException || e instanceof NoHttpResponseException
                || e instanceof ConnectionClosedException || e instanceof SSLException || e instanceof UnknownHostException;
    }

    private void probeDue(NodeLink node) {
        for (String address : paths.takeDueProbes(node, System.nanoTime())) {
            try {
                probes.execute(() -> probe(node, address));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                paths.failed(node, address, System.nanoTime());
            }
        }
    }

    private void probe(NodeLink node, String address) {
        try {
            http.get(address, "/v1/node", NodeInfoCodec.MAX_BYTES); // any answer: the pinned agent is there again
            paths.answered(node, address);
        } catch (IOException | RuntimeException e) {
            paths.failed(node, address, System.nanoTime());
        }
    }

    private void inUse(NodeLink node, String address) {
        if (!address.equals(shownInUse.put(node.nodeId(), address))) {
            links.pathInUse(node.nodeId(), address);
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof InterruptedIOException && !message.contains("timed out") ? message + " (timed out)" : message;
    }
}
