package org.hyperedge.protocol.desired;

import java.util.List;
import java.util.Map;

import org.hyperedge.protocol.seal.SealingPublicKey;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What one node should run: every partition with the instance it hosts, and the descriptors of the
 * releases they use. The generation grows with every change for the node, so an agent (or the
 * connector) can tell a new document from one it already has without comparing contents.
 */
public record DesiredState(int protocol, String node, long generation, List<PartitionState> partitions,
        Map<String, String> releases) {

    public static final int PROTOCOL = 1;

    /**
     * A partition, the instance placed in it, and the shared instances that instance hosts. {@code bang} grows
     * each time an operator asks to re-process the instance: an agent that sees it grow instantiates again.
     * {@code sealTo}: the keys the instance's secret connection values are sealed to (its operators', and the
     * nodes' that host instances linked to it).
     */
    public record PartitionState(String reference, int firstPort, int lastPort, long instanceId, String title,
            String releaseId, String softwareType, String state, ObjectNode parameters, List<SharedInstance> shared,
            long bang, List<SealingPublicKey> sealTo) {

        public PartitionState(String reference, int firstPort, int lastPort, long instanceId, String title,
                String releaseId, String softwareType, String state, ObjectNode parameters, List<SharedInstance> shared,
                long bang) {
            this(reference, firstPort, lastPort, instanceId, title, releaseId, softwareType, state, parameters, shared,
                    bang, List.of());
        }

        public PartitionState(String reference, int firstPort, int lastPort, long instanceId, String title,
                String releaseId, String softwareType, String state, ObjectNode parameters, List<SharedInstance> shared) {
            this(reference, firstPort, lastPort, instanceId, title, releaseId, softwareType, state, parameters, shared, 0);
        }
    }

    /**
     * An instance living inside its host's partition (a database in a shared cluster, a site on a shared server),
     * with the keys its own secret connection values are sealed to.
     */
    public record SharedInstance(long instanceId, String title, String state, ObjectNode parameters,
            List<SealingPublicKey> sealTo) {

        public SharedInstance(long instanceId, String title, String state, ObjectNode parameters) {
            this(instanceId, title, state, parameters, List.of());
        }
    }
}
