package org.hyperedge.master.recovery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hyperedge.master.allocation.Allocator;
import org.hyperedge.master.allocation.Placement;
import org.hyperedge.master.allocation.SlaFilter;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.seal.SealingRecipients;
import org.hyperedge.master.store.Database;
import org.hyperedge.master.store.StoreException;
import org.hyperedge.protocol.release.InvalidDescriptorException;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.protocol.release.ReleaseDescriptorReader;
import org.hyperedge.protocol.release.SoftwareTypeDescriptor;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an operator asks of an instance's data: a backup now ({@code ./hyperedge backup-instance TITLE}: the
 * instance's backup serial grows, and its node takes one at its next desired state), and the restore of a lost
 * instance on another node ({@code ./hyperedge restore-instance TITLE [--on NODE]}). A restore keeps the instance
 * (its id, title, tree, parameters and links) and moves its placement: the partition on the lost node is given
 * back (should that node ever return, its next desired state no longer names the instance, and it wipes the
 * partition), a partition is taken on the node asked or, without one, where the allocator places it avoiding the
 * lost node (on the backup's replica node first, which holds the file already), and the new partition is told to
 * restore the newest backup the master holds before it reports
 * {@code started}. The new node publishes the connection parameters anew, and instances linked to it get them
 * through the links, as after any publication.
 */
public final class InstanceRecovery {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;

    public InstanceRecovery(Database database) {
        this.database = database;
    }

    /** Where a restored instance went, and from which backup. */
    public record Restored(long instanceId, String title, String fromNode, String toNode, String partition,
            InstanceBackups.Backup backup) {
    }

    /** The instance, found by title, as far as recovery needs it. */
    private record Target(long id, String title, String releaseId, String softwareType, boolean shared,
            String requestedState, String nodeId, String sla) {
    }

    /** Asks the instance's node to back it up now; returns the node asked. */
    public String backupNow(String title, String tree) throws RequestRefused {
        return refusedAs(title, () -> database.inTransaction(connection -> {
            Target instance = find(connection, title, tree);
            backupDeclared(connection, instance);
            if (!"started".equals(instance.requestedState())) {
                throw new Refusal("'" + title + "' is " + instance.requestedState() + ": only a started instance is backed up");
            }
            if (instance.nodeId() == null) {
                throw new Refusal("'" + title + "' is not placed on a node yet: there is nothing to back up");
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE instance SET backup_serial = backup_serial + 1, updated_at = ? WHERE id = ?")) {
                update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
                update.setLong(2, instance.id());
                update.executeUpdate();
            }
            Allocator.newDesiredStateFor(connection, instance.id());
            return instance.nodeId();
        }));
    }

    /**
     * Re-creates the lost instance on {@code onNode} (null: where the allocator places it, never on the lost node)
     * from the newest backup the master holds. Refused, with nothing changed, for an unknown title, an instance
     * with no backup on the master, an unknown target node, or the node it was lost on.
     */
    public Restored restore(String title, String tree, String onNode) throws RequestRefused {
        return refusedAs(title, () -> database.inTransaction(connection -> {
            Target instance = find(connection, title, tree);
            backupDeclared(connection, instance);
            if ("destroyed".equals(instance.requestedState())) {
                throw new Refusal("'" + title + "' is destroyed: there is nothing to restore");
            }
            java.util.Optional<InstanceBackups.Backup> stored = InstanceBackups.latest(connection, instance.id(), true);
            if (stored.isEmpty()) {
                throw new Refusal(InstanceBackups.latest(connection, instance.id(), false).isPresent()
                        ? "'" + title + "' has a backup its node reported, but the master does not hold its file yet "
                                + "(it is pulled at the node's next sync): nothing to restore from"
                        : "'" + title + "' has no backup yet: nothing to restore from");
            }
            InstanceBackups.Backup backup = stored.get();
            String lostNode = instance.nodeId() != null ? instance.nodeId() : backup.nodeId();
            if (onNode != null) {
                if (!nodeExists(connection, onNode)) {
                    throw new Refusal("node '" + onNode + "' is unknown (or revoked): restore on an adopted node");
                }
                if (onNode.equals(lostNode)) {
                    throw new Refusal("'" + title + "' was lost on node '" + onNode + "': restore it on another node");
                }
            }
            Map<String, String> sla = sla(instance);
            SlaFilter asked = SlaFilter.parse(sla);
            // the lost node may be what the SLA named: the node asked replaces it, or any other node will do
            SlaFilter filter = new SlaFilter(onNode, asked.site(), asked.labels(), asked.cpuMillis(), asked.memoryMb(),
                    asked.diskMb());
            Allocator.release(connection, instance.id());
            Placement placement = Placement.pending("no replica");
            if (onNode == null && backup.replicated() && !backup.replicaNode().equals(lostNode)) {
                // the replica holds the file already: no upload before the restore
                placement = Allocator.place(connection, instance.id(), new SlaFilter(backup.replicaNode(), asked.site(),
                        asked.labels(), asked.cpuMillis(), asked.memoryMb(), asked.diskMb()), lostNode);
            }
            if (!placement.placed()) {
                placement = Allocator.place(connection, instance.id(), filter, lostNode);
            }
            if (!placement.placed()) {
                throw new Refusal("'" + title + "' cannot be placed on another node than '" + lostNode + "': "
                        + placement.pendingReason());
            }
            if (sla.containsKey("node")) {
                sla.put("node", placement.nodeId());
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE instance SET restore_sha256 = ?, "
                    + "restore_size = ?, sla = ?, reported_state = 'pending', healthy = FALSE, reported_error = NULL, "
                    + "pending_reason = NULL, updated_at = ? WHERE id = ?")) {
                update.setString(1, backup.sha256());
                update.setLong(2, backup.size());
                update.setString(3, JSON.writeValueAsString(new TreeMap<>(sla)));
                update.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                update.setLong(5, instance.id());
                update.executeUpdate();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new StoreException("cannot write the SLA of instance " + instance.id(), e);
            }
            // the instances it takes values from seal them to its new node too
            SealingRecipients.dependentPlaced(connection, instance.id());
            return new Restored(instance.id(), title, lostNode, placement.nodeId(), placement.partition(), backup);
        }));
    }

    private static Target find(Connection connection, String title, String tree) throws SQLException {
        List<Target> found = new ArrayList<>();
        List<String> trees = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT i.id, i.title, i.release_id, i.software_type, "
                + "i.shared, i.requested_state, p.node_id, i.sla, t.root_title FROM instance i JOIN instance_tree t ON t.id = i.tree_id "
                + "LEFT JOIN node_partition p ON p.instance_id = i.id WHERE i.title = ?"
                + (tree == null ? "" : " AND t.root_title = ?") + " ORDER BY i.id")) {
            query.setString(1, title);
            if (tree != null) {
                query.setString(2, tree);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new Target(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getBoolean(5), rows.getString(6), rows.getString(7), rows.getString(8)));
                    trees.add(rows.getString(9));
                }
            }
        }
        if (found.isEmpty()) {
            throw new Refusal("no instance is titled '" + title + "'" + (tree == null ? "" : " in tree '" + tree + "'"));
        }
        if (found.size() > 1) {
            throw new Refusal(found.size() + " instances are titled '" + title + "' (in trees " + String.join(", ", trees)
                    + "): name the tree with --tree");
        }
        Target instance = found.get(0);
        if (instance.shared()) {
            throw new Refusal("'" + title + "' is shared: its data is backed up and restored with its host's");
        }
        return instance;
    }

    /** The instance's software type must declare how its data is backed up. */
    private static void backupDeclared(Connection connection, Target instance) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT descriptor FROM software_release WHERE id = ?")) {
            query.setString(1, instance.releaseId());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new Refusal("release " + instance.releaseId() + " of '" + instance.title() + "' is not in the catalog");
                }
                ReleaseDescriptor release = ReleaseDescriptorReader.read(instance.releaseId(), row.getString(1));
                SoftwareTypeDescriptor type = release.type(instance.softwareType());
                if (type == null || type.backup() == null) {
                    throw new Refusal("software type " + instance.softwareType() + " of " + instance.releaseId()
                            + " declares no data backup: '" + instance.title() + "' has none to take or restore");
                }
            } catch (InvalidDescriptorException | IllegalArgumentException e) {
                throw new Refusal("release " + instance.releaseId() + " does not read here: " + e.getMessage());
            }
        }
    }

    private static boolean nodeExists(Connection connection, String nodeId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM node WHERE id = ? AND revoked = FALSE")) {
            query.setString(1, nodeId);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static Map<String, String> sla(Target instance) {
        try {
            return new TreeMap<>(JSON.readValue(instance.sla(), new TypeReference<Map<String, String>>() { }));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException("the stored SLA of instance " + instance.id() + " is not JSON", e);
        }
    }

    private interface Work<T> {
        T run();
    }

    private static <T> T refusedAs(String title, Work<T> work) throws RequestRefused {
        try {
            return work.run();
        } catch (Refusal refusal) {
            throw new RequestRefused(title, List.of(refusal.getMessage()));
        }
    }

    /** A rule broken inside the transaction: rolls it back and becomes a {@link RequestRefused}. */
    private static final class Refusal extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refusal(String reason) {
            super(reason);
        }
    }
}
