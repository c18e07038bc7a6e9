package org.hyperedge.master.composite;

import java.util.Map;

import org.hyperedge.master.request.InstanceRecord;

/** A composite service as ordered: its instance tree, and the instance of each service node by the node's title. */
public record CompositeOrder(long treeId, Map<String, InstanceRecord> instances) {

    public CompositeOrder {
        instances = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(instances));
    }
}
