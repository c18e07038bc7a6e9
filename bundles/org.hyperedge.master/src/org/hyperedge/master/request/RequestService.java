package org.hyperedge.master.request;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.store.Database;
import org.hyperedge.master.store.StoreException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Takes requests. A request is idempotent per (instance tree, title): asking again updates the
 * parameters, SLA and requested state of the same instance; changing its release, software type or
 * shared flag is refused. Destroying is terminal, and destroying a root destroys its whole tree.
 */
public final class RequestService {

    static final int MAX_TREE_SIZE = 1000;
    static final int MAX_DEPTH = 16;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, tree_id, parent_id, title, release_id, software_type, shared, parameters, "
            + "requested_state, reported_state";

    private final Database database;
    private final CatalogStore catalog;

    public RequestService(Database database, CatalogStore catalog) {
        this.database = database;
        this.catalog = catalog;
    }

    public InstanceRecord request(Request request) throws RequestRefused {
        List<String> problems = RequestChecks.problems(request, catalog);
        if (!problems.isEmpty()) {
            throw new RequestRefused(request.title(), problems);
        }
        try {
            return database.inTransaction(connection -> apply(connection, request));
        } catch (Refusal refusal) {
            throw new RequestRefused(request.title(), List.of(refusal.getMessage()));
        } catch (StoreException e) {
            if (!Database.isConstraintViolation(e)) {
                throw e;
            }
            // a concurrent request created the same tree or title first: ours is now an update of it
            try {
                return database.inTransaction(connection -> apply(connection, request));
            } catch (Refusal refusal) {
                throw new RequestRefused(request.title(), List.of(refusal.getMessage()));
            }
        }
    }

    public Optional<InstanceRecord> find(long treeId, String title) {
        return database.inTransaction(connection -> one(connection,
                "SELECT " + COLUMNS + " FROM instance WHERE tree_id = ? AND title = ?", treeId, title));
    }

    public List<InstanceRecord> tree(long treeId) {
        return database.inTransaction(connection -> {
            List<InstanceRecord> instances = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM instance WHERE tree_id = ? ORDER BY id")) {
                query.setLong(1, treeId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        instances.add(record(rows));
                    }
                }
            }
            return instances;
        });
    }

    private InstanceRecord apply(Connection connection, Request request) throws SQLException {
        long treeId;
        if (request.parentId() == null) {
            treeId = treeOfRoot(connection, request.title());
        } else {
            InstanceRecord parent = one(connection, "SELECT " + COLUMNS + " FROM instance WHERE id = ?", request.parentId())
                    .orElseThrow(() -> new Refusal("the parent instance " + request.parentId() + " does not exist"));
            if (parent.requestedState() == RequestedState.DESTROYED) {
                throw new Refusal("the parent instance '" + parent.title() + "' is destroyed");
            }
            treeId = parent.treeId();
        }
        Optional<InstanceRecord> existing = one(connection,
                "SELECT " + COLUMNS + " FROM instance WHERE tree_id = ? AND title = ? FOR UPDATE", treeId, request.title());
        if (existing.isPresent()) {
            return update(connection, existing.get(), request);
        }
        return insert(connection, treeId, request);
    }

    private long treeOfRoot(Connection connection, String title) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM instance_tree WHERE root_title = ?")) {
            query.setString(1, title);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    return row.getLong(1);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO instance_tree (root_title, created_at) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, title);
            insert.setObject(2, OffsetDateTime.now());
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private InstanceRecord update(Connection connection, InstanceRecord current, Request request) throws SQLException {
        List<String> changed = new ArrayList<>();
        if (!current.releaseId().equals(request.releaseId())) {
            changed.add("release (" + current.releaseId() + " → " + request.releaseId() + ")");
        }
        if (!current.softwareType().equals(request.softwareType())) {
            changed.add("software type (" + current.softwareType() + " → " + request.softwareType() + ")");
        }
        if (current.shared() != request.shared()) {
            changed.add("shared flag");
        }
        if (!changed.isEmpty()) {
            throw new Refusal("instance '" + current.title() + "' exists with another " + String.join(", ", changed)
                    + "; destroy it and request a new title instead");
        }
        if (current.requestedState() == RequestedState.DESTROYED && request.state() != RequestedState.DESTROYED) {
            throw new Refusal("instance '" + current.title() + "' is destroyed; destroyed is final");
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE instance SET parameters = ?, sla = ?, "
                + "requested_state = ?, updated_at = ? WHERE id = ?")) {
            update.setString(1, json(request.parameters()));
            update.setString(2, json(new TreeMap<>(request.sla())));
            update.setString(3, request.state().sql());
            update.setObject(4, OffsetDateTime.now());
            update.setLong(5, current.id());
            update.executeUpdate();
        }
        if (request.state() == RequestedState.DESTROYED && current.parentId() == null) {
            destroyTree(connection, current.treeId());
        }
        return one(connection, "SELECT " + COLUMNS + " FROM instance WHERE id = ?", current.id()).orElseThrow();
    }

    private InstanceRecord insert(Connection connection, long treeId, Request request) throws SQLException {
        if (request.state() == RequestedState.DESTROYED) {
            throw new Refusal("instance '" + request.title() + "' does not exist, so there is nothing to destroy");
        }
        int size = count(connection, "SELECT COUNT(*) FROM instance WHERE tree_id = ?", treeId);
        if (size >= MAX_TREE_SIZE) {
            throw new Refusal("the instance tree already holds " + size + " instances, the most it may");
        }
        if (request.parentId() != null && depth(connection, request.parentId()) >= MAX_DEPTH) {
            throw new Refusal("the instance tree would be deeper than " + MAX_DEPTH + " levels");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO instance (tree_id, parent_id, title, "
                + "release_id, software_type, shared, parameters, sla, requested_state, reported_state, created_at, "
                + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            OffsetDateTime now = OffsetDateTime.now();
            insert.setLong(1, treeId);
            insert.setObject(2, request.parentId());
            insert.setString(3, request.title());
            insert.setString(4, request.releaseId());
            insert.setString(5, request.softwareType());
            insert.setBoolean(6, request.shared());
            insert.setString(7, json(request.parameters()));
            insert.setString(8, json(new TreeMap<>(request.sla())));
            insert.setString(9, request.state().sql());
            insert.setObject(10, now);
            insert.setObject(11, now);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return one(connection, "SELECT " + COLUMNS + " FROM instance WHERE id = ?", key.getLong(1)).orElseThrow();
            }
        }
    }

    private static void destroyTree(Connection connection, long treeId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE instance SET requested_state = 'destroyed', updated_at = ? WHERE tree_id = ?")) {
            update.setObject(1, OffsetDateTime.now());
            update.setLong(2, treeId);
            update.executeUpdate();
        }
    }

    private static int depth(Connection connection, long instanceId) throws SQLException {
        int depth = 1;
        Long current = instanceId;
        while (current != null && depth <= MAX_DEPTH) {
            try (PreparedStatement query = connection.prepareStatement("SELECT parent_id FROM instance WHERE id = ?")) {
                query.setLong(1, current);
                try (ResultSet row = query.executeQuery()) {
                    current = row.next() ? (Long) row.getObject(1, Long.class) : null;
                }
            }
            depth++;
        }
        return depth - 1;
    }

    private static int count(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static Optional<InstanceRecord> one(Connection connection, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                query.setObject(i + 1, arguments[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(record(row)) : Optional.empty();
            }
        }
    }

    private static InstanceRecord record(ResultSet row) throws SQLException {
        return new InstanceRecord(row.getLong(1), row.getLong(2), row.getObject(3, Long.class), row.getString(4),
                row.getString(5), row.getString(6), row.getBoolean(7), row.getString(8),
                RequestedState.parse(row.getString(9)), row.getString(10));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value == null ? Map.of() : value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** A rule broken inside the transaction: rolls it back and becomes a {@link RequestRefused}. */
    private static final class Refusal extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message);
        }
    }
}
