package org.hyperedge.connector;

import java.io.IOException;
import java.nio.file.Path;

import org.hyperedge.master.sync.NodeLink;

/**
 * How one request of the node protocol reaches a node's agent and its answer comes back. A dialled node is reached
 * at its address ({@link #dialled}); a dialling node (issue 18) over the connection its agent keeps open to the
 * master ({@link DialInSessions}). {@link SyncSession} speaks the protocol the same way over either, so journal
 * cursors and acknowledgements, and with them exactly-once ingest, are one code path.
 */
interface NodeTransport {

    /** {@code maxBytes}: the most this call's answer may carry; a longer one is refused. */
    AgentHttp.Answer get(NodeLink node, String path, int maxBytes) throws IOException;

    AgentHttp.Answer send(NodeLink node, String method, String path, byte[] body, int maxBytes) throws IOException;

    AgentHttp.Answer sendFile(NodeLink node, String path, Path file) throws IOException;

    /**
     * The address a dialled node is reached at directly now (a backup is streamed from it, outside this transport):
     * with several addresses, the one in use.
     */
    default String directAddress(NodeLink node) {
        return node.address();
    }

    /**
     * HTTPS to the node's own (first) address, with the connector's client: the node protocol as it was before
     * {@link PathFailover}, which the connector uses now.
     */
    static NodeTransport dialled(AgentHttp http) {
        return new NodeTransport() {
            @Override
            public AgentHttp.Answer get(NodeLink node, String path, int maxBytes) throws IOException {
                return http.get(node.address(), path, maxBytes);
            }

            @Override
            public AgentHttp.Answer send(NodeLink node, String method, String path, byte[] body, int maxBytes)
                    throws IOException {
                return http.send(method, node.address(), path, body, maxBytes);
            }

            @Override
            public AgentHttp.Answer sendFile(NodeLink node, String path, Path file) throws IOException {
                return http.sendFile(node.address(), path, file);
            }
        };
    }

    /** Each node over the transport of its mode. */
    static NodeTransport byMode(NodeTransport dialled, NodeTransport dialling) {
        return new NodeTransport() {
            @Override
            public AgentHttp.Answer get(NodeLink node, String path, int maxBytes) throws IOException {
                return (node.dialling() ? dialling : dialled).get(node, path, maxBytes);
            }

            @Override
            public AgentHttp.Answer send(NodeLink node, String method, String path, byte[] body, int maxBytes)
                    throws IOException {
                return (node.dialling() ? dialling : dialled).send(node, method, path, body, maxBytes);
            }

            @Override
            public AgentHttp.Answer sendFile(NodeLink node, String path, Path file) throws IOException {
                return (node.dialling() ? dialling : dialled).sendFile(node, path, file);
            }

            @Override
            public String directAddress(NodeLink node) {
                return (node.dialling() ? dialling : dialled).directAddress(node);
            }
        };
    }
}
