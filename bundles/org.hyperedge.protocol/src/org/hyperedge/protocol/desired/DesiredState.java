package org.hyperedge.protocol.desired;

import java.util.List;
import java.util.Map;

import org.hyperedge.protocol.seal.SealingPublicKey;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What one node should run: every partition with the instance it hosts, and the descriptors of the
 * releases they use. The generation grows with every change for the node, so an agent (or the
 * connector) can tell a new document from one it already has without comparing contents. The epoch is the
 * master's: it grows when a master is restored from a backup, whose generations may be lower than those the node
 * saw after the backup was taken; a document of a later epoch is newer whatever its generation.
 */
public record DesiredState(int protocol, String node, long epoch, long generation, List<PartitionState> partitions,
        Map<String, String> releases) {

    public static final int PROTOCOL = 1;

    /** A document of the first epoch, that of a master never restored. */
    public DesiredState(int protocol, String node, long generation, List<PartitionState> partitions,
            Map<String, String> releases) {
        this(protocol, node, 0, generation, partitions, releases);
    }

    /** Whether this document is older than {@code other}: an earlier epoch, or the same and a lower generation. */
    public boolean olderThan(DesiredState other) {
        return epoch < other.epoch || epoch == other.epoch && generation < other.generation;
    }

    /** How a message names the document's version: {@code generation 7} or {@code generation 7 of epoch 2}. */
    public String version() {
        return "generation " + generation + (epoch == 0 ? "" : " of master epoch " + epoch);
    }

    /**
     * A partition, the instance placed in it, and the shared instances that instance hosts. {@code bang} grows
     * each time an operator asks to re-process the instance: an agent that sees it grow instantiates again.
     * {@code sealTo}: the keys the instance's secret connection values are sealed to (its operators', and the
     * nodes' that host instances linked to it). {@code backup}: what the master asks of the instance's data backups.
     */
    public record PartitionState(String reference, int firstPort, int lastPort, long instanceId, String title,
            String releaseId, String softwareType, String state, ObjectNode parameters, List<SharedInstance> shared,
            long bang, List<SealingPublicKey> sealTo, BackupOrders backup) {

        public PartitionState {
            backup = backup == null ? BackupOrders.NONE : backup;
        }

        public PartitionState(String reference, int firstPort, int lastPort, long instanceId, String title,
                String releaseId, String softwareType, String state, ObjectNode parameters, List<SharedInstance> shared,
                long bang, List<SealingPublicKey> sealTo) {
            this(reference, firstPort, lastPort, instanceId, title, releaseId, softwareType, state, parameters, shared,
                    bang, sealTo, BackupOrders.NONE);
        }

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
     * The master's orders about an instance's data backups. {@code serial} grows each time an operator asks for a
     * backup now (as {@code bang} does for a re-process). {@code restoreSha256} and {@code restoreSize}, when set,
     * name the backup a new partition of the instance is restored from before it is reported {@code started} (the
     * instance was lost on another node); the file comes from the master like an artifact, checked by its digest.
     */
    public record BackupOrders(long serial, String restoreSha256, long restoreSize) {

        public static final BackupOrders NONE = new BackupOrders(0, null, 0);

        public boolean restores() {
            return restoreSha256 != null;
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
