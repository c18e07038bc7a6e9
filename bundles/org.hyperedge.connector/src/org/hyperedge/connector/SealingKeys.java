package org.hyperedge.connector;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hyperedge.master.sync.NodeLink;
import org.hyperedge.master.sync.NodeLinks;

/**
 * Learns the sealing key of a node adopted before its agent published one: asked once per connector, so values can be
 * sealed to it. An agent that has none (an older one) is left as it is.
 */
final class SealingKeys {

    private final NodeQueries queries;
    private final NodeLinks links;
    private final Set<String> asked = ConcurrentHashMap.newKeySet();

    SealingKeys(NodeQueries queries, NodeLinks links) {
        this.queries = queries;
        this.links = links;
    }

    /** After a sync of {@code node}: asks its agent for its key, the first time only. */
    void learnOnce(NodeLink node) {
        if (node.sealingKey() != null || !asked.add(node.nodeId())) {
            return;
        }
        try {
            String key = queries.nodeInfo(node).sealingKey();
            if (key != null) {
                links.sealingKey(node.nodeId(), key);
            }
        } catch (IOException | RuntimeException e) {
            // asked again by the next connector; values are sealed without this node meanwhile
        }
    }
}
