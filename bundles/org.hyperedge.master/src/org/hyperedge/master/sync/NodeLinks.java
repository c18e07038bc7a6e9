package org.hyperedge.master.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hyperedge.master.node.NodeRegistry;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.store.Database;
import org.hyperedge.protocol.report.HeldDesired;

/** The connector's bookkeeping per node, in the master's database (so any master process can pick it up). */
public final class NodeLinks {

    /** A node's link, read {@code FROM node} + {@link #HEARD} (the later of its last report and its heard mark). */
    private static final String COLUMNS = "id, CASE WHEN dialling THEN dialled_from ELSE address END, fingerprint, "
            + "generation, pushed_generation, report_cursor, " + NodeHeard.lastSeen("node") + ", last_sync_error, "
            + "journal_epoch, sealing_key, dialling, addresses";
    private static final String HEARD = NodeHeard.join("node");

    private final Database database;
    private final NodeRegistry registry;

    public NodeLinks(Database database) {
        this.database = database;
        this.registry = new NodeRegistry(database);
    }

    /**
     * Records an adopted node with the agent certificate it presented. A node adopted again (a new pairing
     * made on it) keeps its partitions and report cursor; only its address and certificate change.
     */
    public void adopt(NodeSpec node, String fingerprint) {
        adopt(node, fingerprint, null);
    }

    /** As {@link #adopt(NodeSpec, String)}, with the node's sealing key when its agent published one. */
    public void adopt(NodeSpec node, String fingerprint, String sealingKey) {
        adopt(node, fingerprint, sealingKey, List.of(node.address()));
    }

    /**
     * As {@link #adopt(NodeSpec, String, String)}, for a node the master reaches at several {@code addresses} (issue 18,
     * item 3), tried in this order; the first is {@code node.address()}. Each presented the same certificate.
     */
    public void adopt(NodeSpec node, String fingerprint, String sealingKey, List<String> addresses) {
        if (addresses.isEmpty() || !addresses.get(0).equals(node.address())) {
            throw new IllegalArgumentException("the node's first address is " + node.address() + ", not " + addresses);
        }
        if (!exists(node.id())) {
            registry.register(node);
        }
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE node SET address = ?, addresses = ?, "
                    + "path_in_use = NULL, last_path_failure = NULL, fingerprint = ?, revoked = FALSE, pushed_generation = 0 "
                    + "WHERE id = ?")) {
                update.setString(1, node.address());
                update.setString(2, addresses.size() > 1 ? String.join(",", addresses) : null);
                update.setString(3, fingerprint);
                update.setString(4, node.id());
                update.executeUpdate();
            }
            return null;
        });
        if (sealingKey != null) {
            sealingKey(node.id(), sealingKey);
        }
    }

    /**
     * Records a node whose agent dialled in with an enrolment token (issue 18): pinned by the certificate it
     * presented, reached over its own connection only. A node enrolled again keeps its partitions and report cursor.
     */
    public void adoptDialling(NodeSpec node, String fingerprint, String sealingKey, String from) {
        if (!exists(node.id())) {
            registry.register(node);
        }
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE node SET address = NULL, addresses = NULL, "
                    + "path_in_use = NULL, fingerprint = ?, revoked = FALSE, pushed_generation = 0, dialling = TRUE, "
                    + "dialled_from = ? WHERE id = ?")) {
                update.setString(1, fingerprint);
                update.setString(2, from);
                update.setString(3, node.id());
                update.executeUpdate();
            }
            return null;
        });
        if (sealingKey != null) {
            sealingKey(node.id(), sealingKey);
        }
    }

    /** The adopted dialling node whose agent presents this certificate, if any (revoked ones are none). */
    public Optional<NodeLink> findDialling(String fingerprint) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM node" + HEARD + "WHERE fingerprint = ? AND dialling = TRUE AND revoked = FALSE")) {
                query.setString(1, fingerprint.toLowerCase(java.util.Locale.ROOT));
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(link(rows)) : Optional.<NodeLink>empty();
                }
            }
        });
    }

    /** A dialling node's session now comes from {@code from} (host:port as the master sees it). */
    public void dialledFrom(String nodeId, String from) {
        update("UPDATE node SET dialled_from = ? WHERE id = ?", from, nodeId);
    }

    /**
     * Why a node's last path ended: a dialling node's session, or a path of a dialled node with several addresses;
     * kept after it syncs again, for the operator.
     */
    public void pathFailed(String nodeId, String why) {
        String message = why == null ? "unknown" : why.length() > 1000 ? why.substring(0, 997) + "..." : why;
        update("UPDATE node SET last_path_failure = ? WHERE id = ?", message, nodeId);
    }

    /** A dialled node with several addresses is now reached over {@code address} (shown to the operator). */
    public void pathInUse(String nodeId, String address) {
        update("UPDATE node SET path_in_use = ? WHERE id = ?", address, nodeId);
    }

    /** The address each dialled node with several addresses was last reached over, by node (none yet: left out). */
    public java.util.Map<String, String> pathsInUse() {
        return database.inTransaction(connection -> {
            java.util.Map<String, String> paths = new java.util.HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, path_in_use FROM node WHERE path_in_use IS NOT NULL AND dialling = FALSE");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    paths.put(rows.getString(1), rows.getString(2));
                }
            }
            return paths;
        });
    }

    /** Why each node's last path (a dialling node's session, a dialled node's address) ended, by node (none: left out). */
    public java.util.Map<String, String> pathFailures() {
        return database.inTransaction(connection -> {
            java.util.Map<String, String> failures = new java.util.HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, last_path_failure FROM node WHERE last_path_failure IS NOT NULL");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    failures.put(rows.getString(1), rows.getString(2));
                }
            }
            return failures;
        });
    }

    /**
     * The node's agent published this sealing key: kept (checked first), and when it is new, the instances whose
     * values the node's instances take seal them again, to it.
     */
    public void sealingKey(String nodeId, String sealingKey) {
        String checked = org.hyperedge.protocol.seal.SealingPublicKey.parse(sealingKey).text();
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE node SET sealing_key = ? "
                    + "WHERE id = ? AND (sealing_key IS NULL OR sealing_key <> ?)")) {
                update.setString(1, checked);
                update.setString(2, nodeId);
                update.setString(3, checked);
                if (update.executeUpdate() == 1) {
                    org.hyperedge.master.seal.SealingRecipients.nodeKeyChanged(connection, nodeId);
                }
            }
            return null;
        });
    }

    /** Forgets the node's certificate: the master stops talking to it until it is adopted again. */
    public boolean revoke(String nodeId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE node SET revoked = TRUE, fingerprint = NULL WHERE id = ?")) {
                update.setString(1, nodeId);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Every node the master syncs: adopted, not revoked. */
    public List<NodeLink> all() {
        return database.inTransaction(connection -> {
            List<NodeLink> links = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM node" + HEARD + "WHERE fingerprint IS NOT NULL AND revoked = FALSE ORDER BY id");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    links.add(link(rows));
                }
            }
            return links;
        });
    }

    /**
     * What a sync round between whole rounds reads: every dialled node, the dialling nodes with a desired state not
     * yet pushed, and these dialling nodes ({@code diallingWithWork}, by id; past a few hundred, every node is read).
     */
    public List<NodeLink> toSync(java.util.Collection<String> diallingWithWork) {
        if (diallingWithWork.size() > 256) {
            return all();
        }
        return database.inTransaction(connection -> {
            List<NodeLink> links = new ArrayList<>();
            java.util.Set<String> read = new java.util.HashSet<>();
            // sync_due: dialling = FALSE OR generation <> pushed_generation, kept indexed by the database (V40, V41)
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM node" + HEARD + "WHERE "
                    + "sync_due AND fingerprint IS NOT NULL AND revoked = FALSE ORDER BY id");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    NodeLink link = link(rows);
                    links.add(link);
                    read.add(link.nodeId());
                }
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM node" + HEARD + "WHERE id = ? AND fingerprint IS NOT NULL AND revoked = FALSE AND dialling = TRUE")) {
                for (String nodeId : diallingWithWork) {
                    if (read.contains(nodeId)) {
                        continue;
                    }
                    query.setString(1, nodeId);
                    try (ResultSet rows = query.executeQuery()) {
                        if (rows.next()) {
                            links.add(link(rows));
                        }
                    }
                }
            }
            return links;
        });
    }

    /** These dialling nodes, adopted and not revoked, read by id in one transaction. */
    public List<NodeLink> diallingByIds(java.util.Collection<String> nodeIds) {
        return database.inTransaction(connection -> {
            List<NodeLink> links = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM node" + HEARD + "WHERE id = ? AND fingerprint IS NOT NULL AND revoked = FALSE AND dialling = TRUE")) {
                for (String nodeId : nodeIds) {
                    query.setString(1, nodeId);
                    try (ResultSet rows = query.executeQuery()) {
                        if (rows.next()) {
                            links.add(link(rows));
                        }
                    }
                }
            }
            return links;
        });
    }

    public Optional<NodeLink> find(String nodeId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM node" + HEARD + "WHERE id = ? AND fingerprint IS NOT NULL AND revoked = FALSE")) {
                query.setString(1, nodeId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(link(rows)) : Optional.<NodeLink>empty();
                }
            }
        });
    }

    /** The node accepted the desired state of this generation. */
    public void pushed(String nodeId, long generation) {
        update("UPDATE node SET pushed_generation = ?, last_sync_error = NULL WHERE id = ?", generation, nodeId);
    }

    /**
     * The node holds an older desired state than it was pushed (it lost or could not read it): until the push
     * that follows succeeds, the node is shown out of sync, with the reason its agent gave.
     */
    public void lost(String nodeId, HeldDesired held, long pushedGeneration) {
        String why = "out of sync: the node holds desired-state generation " + held.generation() + ", not the "
                + pushedGeneration + " it was sent" + (held.problem() == null ? "" : " (" + held.problem() + ")")
                + "; sending it again";
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE node SET pushed_generation = ?, last_sync_error = ? WHERE id = ?")) {
                update.setLong(1, held.generation());
                update.setString(2, why.length() > 1000 ? why.substring(0, 997) + "..." : why);
                update.setString(3, nodeId);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** The node answered for its reports with nothing new: it is alive, its staleness starts again. */
    public void heard(String nodeId) {
        update("UPDATE node SET last_report_at = ?, last_sync_error = NULL WHERE id = ?",
                OffsetDateTime.now(java.time.ZoneOffset.UTC), nodeId);
    }

    /**
     * These nodes are alive though nothing was asked of them (dialling nodes with an open, quiet session): their
     * staleness starts again, all in one transaction, in their heard marks ({@link NodeHeard}).
     */
    public void heard(java.util.Collection<String> nodeIds) {
        if (nodeIds.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(java.time.ZoneOffset.UTC);
        database.inTransaction(connection -> {
            NodeHeard.mark(connection, nodeIds, now);
            return null;
        });
    }

    public void syncFailed(String nodeId, String error) {
        String message = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 997) + "..." : error;
        update("UPDATE node SET last_sync_error = ? WHERE id = ?", message, nodeId);
    }

    private boolean exists(String nodeId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM node WHERE id = ?")) {
                query.setString(1, nodeId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    private void update(String sql, Object first, String nodeId) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setObject(1, first);
                update.setString(2, nodeId);
                update.executeUpdate();
            }
            return null;
        });
    }

    private static NodeLink link(ResultSet rows) throws SQLException {
        OffsetDateTime last = rows.getObject(7, OffsetDateTime.class);
        return new NodeLink(rows.getString(1), rows.getString(2), rows.getString(3), rows.getLong(4), rows.getLong(5),
                rows.getLong(6), last == null ? null : last.toInstant(), rows.getString(8), rows.getString(9),
                rows.getString(10), rows.getBoolean(11), addresses(rows.getString(2), rows.getString(12), rows.getBoolean(11)));
    }

    private static List<String> addresses(String address, String all, boolean dialling) {
        if (dialling || address == null) {
            return List.of();
        }
        return all == null ? List.of(address) : List.of(all.split(","));
    }
}
