package org.hyperedge.master.request;

import org.hyperedge.model.RequestedState;
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

import org.hyperedge.master.allocation.Allocator;
import org.hyperedge.master.allocation.Placement;
import org.hyperedge.master.allocation.SlaFilter;
import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.federation.FederatedReleases;
import org.hyperedge.master.schema.ParameterValidator;
import org.hyperedge.master.store.Database;
import org.hyperedge.master.store.StoreException;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Takes requests. A request is idempotent per (instance tree, title): asking again updates the
 * parameters, SLA and requested state of the same instance; a newer version of its release upgrades it in
 * place ({@link ReleaseUpgrades}); changing to another release or an older version, its software type or
 * shared flag is refused. Destroying is terminal, and destroying a root destroys its whole tree.
 */
public final class RequestService {

    static final int MAX_TREE_SIZE = 1000;
    static final int MAX_DEPTH = 16;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> SLA_TYPE =
            new TypeReference<>() {
            };

    private final Database database;
    private final CatalogStore catalog;
    private final ParameterValidator validator = new ParameterValidator();

    public RequestService(Database database, CatalogStore catalog) {
        this.database = database;
        this.catalog = catalog;
    }

    public InstanceRecord request(Request request) throws RequestRefused {
        try {
            return database.inTransaction(connection -> checkAndApply(connection, request));
        } catch (Refusal refusal) {
            throw new RequestRefused(request.title(), refusal.reasons);
        } catch (StoreException e) {
            if (!Database.isConstraintViolation(e)) {
                throw e;
            }
            // a concurrent request created the same tree or title first: ours is now an update of it
            try {
                return database.inTransaction(connection -> checkAndApply(connection, request));
            } catch (Refusal refusal) {
                throw new RequestRefused(request.title(), refusal.reasons);
            }
        }
    }

    private InstanceRecord checkAndApply(Connection connection, Request request) throws SQLException {
        return checkAndApply(connection, request, request.title());
    }

    /**
     * Checks the request and applies it in the caller's transaction; a root request ({@code parentId} null)
     * finds or makes the tree named {@code treeName} (a plain request's tree is named after its title).
     */
    InstanceRecord checkAndApply(Connection connection, Request request, String treeName) throws SQLException {
        List<String> problems = new ArrayList<>();
        List<ParameterLinks.Found> links = List.of();
        Request linked = request;
        if (!request.links().isEmpty()) {
            Long treeId = request.parentId() == null ? TreeQueries.named(connection, treeName)
                    : InstanceQueries.byId(connection, request.parentId()).map(InstanceRecord::treeId).orElse(null);
            if (treeId == null) {
                problems.add("linked parameters need sibling instances: request '" + request.title()
                        + "' inside an existing tree (with its parent)");
            } else {
                links = ParameterLinks.find(connection, treeId, request.links(), problems);
                linked = new Request(request.title(), request.releaseId(), request.softwareType(),
                        ParameterLinks.filled(request.parameters() == null ? JSON.createObjectNode() : request.parameters(),
                                links), request.sla(), request.state(), request.shared(), request.parentId(), request.links());
            }
        }
        RequestChecks.Checked checked = RequestChecks.check(connection, linked, catalog, validator,
                ParameterLinks.unresolved(links));
        problems.addAll(checked.problems());
        Map<String, String> sla = request.sla();
        String offeredBy = problems.isEmpty() ? FederatedReleases.siteOf(checked.releaseOrigin()) : null;
        if (offeredBy != null) {
            // a release only a federated site offers runs there: delegated, never installed on a node of this master
            sla = FederatedReleases.placedOnSite(checked.releaseId(), offeredBy, sla, problems);
        }
        String withdrawnBy = offeredBy != null && !FederatedReleases.stillOffered(connection, offeredBy, checked.releaseId())
                ? offeredBy : null;
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        InstanceRecord applied = apply(connection, new Request(request.title(), checked.releaseId(), request.softwareType(),
                checked.parameters(), sla, request.state(), request.shared(), request.parentId()), treeName, withdrawnBy);
        if (!links.isEmpty()) {
            ParameterLinks.store(connection, applied.id(), links);
        }
        return applied;
    }

    /**
     * Asks an existing instance to be started, stopped or destroyed, keeping its parameters and SLA: what
     * the console's bulk actions do. Destroying a root destroys its tree.
     */
    public InstanceRecord changeState(long instanceId, RequestedState state) throws RequestRefused {
        try {
            return database.inTransaction(connection -> {
                InstanceRecord current = InstanceQueries.byId(connection, instanceId)
                        .orElseThrow(() -> new Refusal("instance " + instanceId + " does not exist"));
                return changeState(connection, current, state);
            });
        } catch (Refusal refusal) {
            throw new RequestRefused("instance " + instanceId, refusal.reasons);
        }
    }

    /** The instance asked to be in {@code state}, with its stored parameters and SLA, in the caller's transaction. */
    InstanceRecord changeState(Connection connection, InstanceRecord current, RequestedState state) throws SQLException {
        InstanceQueries.lock(connection, current.treeId(), current.title());
        Map<String, String> sla;
        com.fasterxml.jackson.databind.node.ObjectNode parameters;
        try (PreparedStatement query = connection.prepareStatement("SELECT sla FROM instance WHERE id = ?")) {
            query.setLong(1, current.id());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                sla = JSON.readValue(row.getString(1), SLA_TYPE);
            }
            parameters = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(current.parameters());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException("the stored request of instance " + current.id() + " is not JSON", e);
        }
        return update(connection, current, new Request(current.title(), current.releaseId(),
                current.softwareType(), parameters, sla, state, current.shared(), current.parentId()));
    }

    /**
     * Asks the instance's node to process it again from its files up (a bang): for a started, placed
     * instance only; the node sees a grown bang serial in its next desired state.
     */
    public InstanceRecord bang(long instanceId) throws RequestRefused {
        try {
            return database.inTransaction(connection -> {
                InstanceRecord current = InstanceQueries.byId(connection, instanceId)
                        .orElseThrow(() -> new Refusal("instance " + instanceId + " does not exist"));
                if (current.requestedState() != RequestedState.STARTED) {
                    throw new Refusal("'" + current.title() + "' is " + current.requestedState().getLiteral()
                            + ": only a started instance can be re-processed");
                }
                if (!current.placed()) {
                    throw new Refusal("'" + current.title() + "' is not placed on a node yet");
                }
                if (current.shared()) {
                    throw new Refusal("'" + current.title() + "' is shared: it is re-processed with its host");
                }
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE instance SET bang_serial = bang_serial + 1, updated_at = ? WHERE id = ?")) {
                    update.setObject(1, OffsetDateTime.now());
                    update.setLong(2, instanceId);
                    update.executeUpdate();
                }
                bumpGeneration(connection, "WHERE id = ?", current.nodeId());
                return current;
            });
        } catch (Refusal refusal) {
            throw new RequestRefused("instance " + instanceId, refusal.reasons);
        }
    }

    public Optional<InstanceRecord> find(long treeId, String title) {
        return database.inTransaction(connection -> InstanceQueries.byTitle(connection, treeId, title));
    }

    public List<InstanceRecord> tree(long treeId) {
        return database.inTransaction(connection -> InstanceQueries.list(connection, "WHERE i.tree_id = ? ORDER BY i.id", treeId));
    }

    /** How many instances the master holds, without reading them. */
    public long count() {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM instance");
                    ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /** Every instance, roots first, for the status table. */
    public List<InstanceRecord> all() {
        return database.inTransaction(connection -> InstanceQueries.list(connection, "ORDER BY i.tree_id, i.id"));
    }

    /** Where the request would be placed now; nothing is written (the dry run). */
    public Placement dryRun(Request request) throws RequestRefused {
        return dryRun(List.of(request)).get(0);
    }

    /**
     * Where each request would be placed if they were ordered together, in this order, now: the requests
     * run with the real rules in a transaction that is rolled back, so capacity taken by the first is not
     * offered to the next and nothing is written.
     */
    public List<Placement> dryRun(List<Request> plan) throws RequestRefused {
        try {
            return database.rolledBack(connection -> {
                List<Placement> placements = new ArrayList<>();
                for (Request request : plan) {
                    InstanceRecord instance;
                    try {
                        instance = checkAndApply(connection, request);
                    } catch (Refusal refusal) {
                        throw new Refusal(refusal.reasons.stream().map(r -> request.title() + ": " + r).toList());
                    }
                    placements.add(Placements.placementOf(connection, instance));
                }
                return placements;
            });
        } catch (Refusal refusal) {
            throw new RequestRefused(plan.size() == 1 ? plan.get(0).title() : "plan", refusal.reasons);
        }
    }

    Database database() {
        return database;
    }

    /** Tries again to place every pending instance, e.g. after nodes were added; returns how many were placed. */
    public int placePending() {
        return database.inTransaction(Placements::placePending);
    }

    /** {@code withdrawnBy}: the federated site that no longer offers the release (an instance of it is not made anew). */
    private InstanceRecord apply(Connection connection, Request request, String treeName, String withdrawnBy)
            throws SQLException {
        long treeId;
        boolean newTree = false;
        if (request.parentId() == null) {
            TreeQueries.Found tree = TreeQueries.findOrCreate(connection, treeName);
            newTree = tree.made();
            treeId = tree.id();
            if (!newTree) {
                Optional<InstanceRecord> root = TreeQueries.root(connection, treeId);
                if (root.isPresent() && !root.get().title().equals(request.title())) {
                    throw new Refusal("'" + treeName + "' names an instance tree whose root is '" + root.get().title()
                            + "' (a composite service's tree): request its services by their own titles, or choose another title");
                }
            }
        } else {
            InstanceRecord parent = InstanceQueries.byId(connection, request.parentId())
                    .orElseThrow(() -> new Refusal("the parent instance " + request.parentId() + " does not exist"));
            if (parent.requestedState() == RequestedState.DESTROYED) {
                throw new Refusal("the parent instance '" + parent.title() + "' is destroyed");
            }
            treeId = parent.treeId();
        }
        if (!newTree && InstanceQueries.lock(connection, treeId, request.title())) {
            return update(connection, InstanceQueries.byTitle(connection, treeId, request.title()).orElseThrow(), request);
        }
        if (withdrawnBy != null) {
            throw new Refusal("release " + request.releaseId() + " is no longer offered by federated site " + withdrawnBy
                    + " (its last summary does not list it): no new instance of it; those it runs keep running there");
        }
        return insert(connection, treeId, newTree, request);
    }

    private InstanceRecord update(Connection connection, InstanceRecord current, Request request) throws SQLException {
        List<String> changed = new ArrayList<>();
        boolean upgrade = false;
        if (!current.releaseId().equals(request.releaseId())) {
            upgrade = ReleaseUpgrades.isUpgrade(connection, current, request.releaseId()); // refuses a downgrade
            if (!upgrade) {
                changed.add("release (" + current.releaseId() + " → " + request.releaseId() + ")");
            }
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
                + "requested_state = ?, updated_at = ?, release_id = ? WHERE id = ?")) {
            update.setString(1, json(request.parameters()));
            update.setString(2, json(new TreeMap<>(request.sla())));
            update.setString(3, request.state().getLiteral());
            update.setObject(4, OffsetDateTime.now());
            // an upgrade moves the instance to the newer version in place: same row, same partition, same files
            update.setString(5, upgrade ? request.releaseId() : current.releaseId());
            update.setLong(6, current.id());
            update.executeUpdate();
        }
        if (request.state() == RequestedState.DESTROYED && current.parentId() == null) {
            destroyTree(connection, current.treeId());
        }
        if (current.placed()) {
            bumpGeneration(connection, "WHERE id = ?", current.nodeId());
        } else if (request.state() != RequestedState.DESTROYED) {
            SlaFilter sla = SlaFilter.parse(request.sla());
            if (current.shared()) {
                Placements.attachToHost(connection, current.id(), current.releaseId(), current.softwareType(), sla);
            } else {
                Placements.place(connection, current.id(), sla);
            }
        }
        return InstanceQueries.byId(connection, current.id()).orElseThrow();
    }

    /** Inserts and places the instance; {@code newTree}: its tree was made in this transaction, so holds nothing yet. */
    private InstanceRecord insert(Connection connection, long treeId, boolean newTree, Request request) throws SQLException {
        if (request.state() == RequestedState.DESTROYED) {
            throw new Refusal("instance '" + request.title() + "' does not exist, so there is nothing to destroy");
        }
        int size = newTree ? 0 : count(connection, "SELECT COUNT(*) FROM instance WHERE tree_id = ?", treeId);
        if (size >= MAX_TREE_SIZE) {
            throw new Refusal("the instance tree already holds " + size + " instances, the most it may");
        }
        if (request.parentId() != null && depth(connection, request.parentId()) >= MAX_DEPTH) {
            throw new Refusal("the instance tree would be deeper than " + MAX_DEPTH + " levels");
        }
        SlaFilter sla = SlaFilter.parse(request.sla());
        long id;
        String parametersJson = json(request.parameters());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO instance (tree_id, parent_id, title, "
                + "release_id, software_type, shared, parameters, sla, requested_state, reported_state, created_at, "
                + "updated_at, cpu_millis, memory_mb, disk_mb) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            OffsetDateTime now = OffsetDateTime.now();
            insert.setLong(1, treeId);
            insert.setObject(2, request.parentId());
            insert.setString(3, request.title());
            insert.setString(4, request.releaseId());
            insert.setString(5, request.softwareType());
            insert.setBoolean(6, request.shared());
            insert.setString(7, parametersJson);
            insert.setString(8, json(new TreeMap<>(request.sla())));
            insert.setString(9, request.state().getLiteral());
            insert.setObject(10, now);
            insert.setObject(11, now);
            insert.setLong(12, sla.cpuMillis());
            insert.setLong(13, sla.memoryMb());
            insert.setLong(14, sla.diskMb());
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                id = key.getLong(1);
            }
        }
        if (request.shared()) {
            Placements.attachToHost(connection, id, request.releaseId(), request.softwareType(), sla);
        } else {
            Placement placement = Allocator.place(connection, id, sla);
            if (!placement.placed()) {
                Placements.recordPending(connection, id, placement);
            } else {
                // the row as just written and placed (reported pending, not healthy, no host, no connection
                // parameters, no pending reason): reading it back was one more query on every request's path
                return new InstanceRecord(id, treeId, request.parentId(), request.title(), request.releaseId(),
                        request.softwareType(), false, parametersJson, request.state(), "pending", placement.nodeId(),
                        placement.partition(), null, null, false, null);
            }
        }
        return InstanceQueries.byId(connection, id).orElseThrow();
    }

    private static void bumpGeneration(Connection connection, String where, String nodeId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE node SET generation = generation + 1 " + where)) {
            update.setString(1, nodeId);
            update.executeUpdate();
        }
    }

    private static void destroyTree(Connection connection, long treeId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE instance SET requested_state = 'destroyed', updated_at = ? WHERE tree_id = ?")) {
            update.setObject(1, OffsetDateTime.now());
            update.setLong(2, treeId);
            update.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE node SET generation = generation + 1 WHERE id IN "
                + "(SELECT p.node_id FROM node_partition p JOIN instance i ON i.id = p.instance_id WHERE i.tree_id = ?)")) {
            update.setLong(1, treeId);
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

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value == null ? Map.of() : value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** A rule broken inside the transaction: rolls it back and becomes a {@link RequestRefused}. */
    static final class Refusal extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final transient List<String> reasons;

        Refusal(String reason) {
            this(List.of(reason));
        }

        Refusal(List<String> reasons) {
            super(String.join("; ", reasons));
            this.reasons = List.copyOf(reasons);
        }
    }
}
