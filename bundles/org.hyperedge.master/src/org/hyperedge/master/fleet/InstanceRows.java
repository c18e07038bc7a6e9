package org.hyperedge.master.fleet;

import java.time.Instant;

import org.hyperedge.master.view.InstanceRow;
import org.hyperedge.model.Instance;
import org.hyperedge.model.Node;
import org.hyperedge.model.Partition;

/** An instance's line in the console's table, made from its EMF object. */
final class InstanceRows {

    private InstanceRows() {
    }

    static InstanceRow of(Instance instance) {
        // a shared instance runs in its host's partition, and is reported with its host's node
        Partition partition = instance.getPartition() != null || instance.getHost() == null ? instance.getPartition()
                : instance.getHost().getPartition();
        Node node = partition == null ? null : partition.getNode();
        Instant lastReport = instance.getLastReport() == null ? null
                : node != null && node.getLastReport() != null ? node.getLastReport().toInstant()
                        : instance.getLastReport().toInstant();
        return new InstanceRow(instance.getId(), instance.getTree().getId(),
                instance.getParent() == null ? null : instance.getParent().getId(), instance.getTitle(),
                instance.getReleaseId(), instance.getSoftwareType(), node == null ? null : node.getId(),
                partition == null ? null : partition.getReference(), instance.getRequestedState().getLiteral(),
                instance.getReportedState().getLiteral(), instance.isHealthy(), lastReport, instance.getUrl(),
                instance.getPendingReason(), instance.getError());
    }
}
