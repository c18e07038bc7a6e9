package org.hyperedge.connector;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.hyperedge.master.sync.NodeLink;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.protocol.node.NodeInfo;
import org.hyperedge.protocol.node.NodeInfoCodec;

/**
 * What an operator asks a node directly, outside its syncs: the end of a service's log, what the node says of itself.
 * A node that is not adopted, does not answer or refuses is an IOException naming it.
 */
final class NodeQueries {

    /** The most a log answer carries: an agent sends at most 1 MiB of a log's end. */
    static final int MAX_LOG_BYTES = 2 << 20;

    private final NodeTransport transport;
    private final NodeLinks links;

    NodeQueries(NodeTransport transport, NodeLinks links) {
        this.transport = transport;
        this.links = links;
    }

    String tailLog(String nodeId, String partition, String process, int lines) throws IOException {
        AgentHttp.Answer answer = transport.get(node(nodeId), "/v1/partitions/"
                + URLEncoder.encode(partition, StandardCharsets.UTF_8) + "/log?process="
                + URLEncoder.encode(process, StandardCharsets.UTF_8) + "&tail=" + lines, MAX_LOG_BYTES);
        if (!answer.ok()) {
            throw new IOException("node " + nodeId + " refused the log of " + partition + " (" + answer.status() + "): "
                    + NodeAdoption.errorOf(answer));
        }
        return answer.text();
    }

    NodeInfo nodeInfo(String nodeId) throws IOException {
        return nodeInfo(node(nodeId));
    }

    /** What the node's agent says of itself now. */
    NodeInfo nodeInfo(NodeLink link) throws IOException {
        String nodeId = link.nodeId();
        AgentHttp.Answer answer = transport.get(link, "/v1/node", NodeInfoCodec.MAX_BYTES);
        if (!answer.ok()) {
            throw new IOException("node " + nodeId + " did not describe itself (" + answer.status() + "): "
                    + NodeAdoption.errorOf(answer));
        }
        return NodeInfoCodec.read(answer.body());
    }

    private NodeLink node(String nodeId) throws IOException {
        return links.find(nodeId).orElseThrow(() -> new IOException("no adopted node '" + nodeId + "'"));
    }
}
