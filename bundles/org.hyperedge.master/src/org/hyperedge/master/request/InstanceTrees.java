package org.hyperedge.master.request;

import org.hyperedge.model.RequestedState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hyperedge.master.allocation.Placement;
import org.hyperedge.master.store.Database;
import org.hyperedge.master.store.StoreException;

/**
 * A whole instance tree requested at once, by name: what a composite service becomes. The tree is named
 * {@code treeName} (its {@code instance_tree.root_title}); its root is the first service requested the
 * first time, and stays the root on every later request, the other services being its children. All the
 * requests are taken in one transaction or none is: a refusal of any rolls every one back.
 */
public final class InstanceTrees {

    private final RequestService service;
    private final Database database;

    public InstanceTrees(RequestService service) {
        this.service = service;
        this.database = service.database();
    }

    /**
     * Makes the tree named {@code treeName} hold exactly these services, requested in this order (a link's
     * source before its dependent): new titles are created, existing ones updated, and the tree's instances
     * whose titles are no longer asked for are destroyed. Every reason of every refused service is given,
     * prefixed by its title, and nothing is written then.
     */
    public List<InstanceRecord> request(String treeName, List<Request> requests) throws RequestRefused {
        try {
            return database.inTransaction(connection -> apply(connection, treeName, requests));
        } catch (RequestService.Refusal refusal) {
            throw new RequestRefused(treeName, refusal.reasons);
        } catch (StoreException e) {
            if (!Database.isConstraintViolation(e)) {
                throw e;
            }
            // a concurrent request created the same tree or a title first: ours is now an update of it
            try {
                return database.inTransaction(connection -> apply(connection, treeName, requests));
            } catch (RequestService.Refusal refusal) {
                throw new RequestRefused(treeName, refusal.reasons);
            }
        }
    }

    /**
     * Where each service would be placed, in the order given, if the tree were requested now: the real rules
     * run in a transaction that is rolled back, so nothing is written.
     */
    public List<Placement> dryRun(String treeName, List<Request> requests) throws RequestRefused {
        try {
            return database.rolledBack(connection -> {
                List<Placement> placements = new ArrayList<>();
                for (InstanceRecord instance : apply(connection, treeName, requests)) {
                    placements.add(Placements.placementOf(connection, instance));
                }
                return placements;
            });
        } catch (RequestService.Refusal refusal) {
            throw new RequestRefused(treeName, refusal.reasons);
        }
    }

    /** The id of the tree named {@code treeName}, if there is one. */
    public Optional<Long> find(String treeName) {
        return database.inTransaction(connection -> Optional.ofNullable(TreeQueries.named(connection, treeName)));
    }

    private List<InstanceRecord> apply(Connection connection, String treeName, List<Request> requests) throws SQLException {
        if (treeName == null || treeName.isBlank()) {
            throw new RequestService.Refusal("the instance tree has no name");
        }
        String wrongName = treeName.length() > RequestChecks.MAX_TITLE_LENGTH
                ? "has " + treeName.length() + " characters, more than " + RequestChecks.MAX_TITLE_LENGTH
                : treeName.chars().anyMatch(Character::isISOControl) ? "contains a control character"
                : treeName.chars().anyMatch(RequestChecks::isBidiControl) ? "contains a bidirectional control character"
                : treeName.indexOf('/') >= 0 || treeName.indexOf('\\') >= 0 ? "contains a path separator"
                : !treeName.equals(treeName.strip()) ? "starts or ends with white space" : null;
        if (wrongName != null) {
            throw new RequestService.Refusal("the tree name '" + treeName + "' " + wrongName);
        }
        if (requests.isEmpty()) {
            throw new RequestService.Refusal("no service to request in tree '" + treeName + "'");
        }
        Long treeId = TreeQueries.named(connection, treeName);
        Long rootId = null;
        Set<String> asked = new HashSet<>();
        requests.forEach(r -> asked.add(r.title()));
        List<String> problems = new ArrayList<>();
        if (treeId != null) {
            Optional<InstanceRecord> root = TreeQueries.root(connection, treeId);
            if (root.isPresent()) {
                if (!asked.contains(root.get().title())) {
                    problems.add("'" + root.get().title() + "' is the root of tree '" + treeName
                            + "' and cannot be left out; destroy the tree instead");
                }
                if (root.get().requestedState() == RequestedState.DESTROYED) {
                    problems.add("tree '" + treeName + "' is destroyed; destroyed is final, choose another name");
                }
                rootId = root.get().id();
            }
        }
        if (!problems.isEmpty()) {
            throw new RequestService.Refusal(problems);
        }
        List<InstanceRecord> applied = new ArrayList<>();
        for (Request request : requests) {
            boolean isRoot = rootId == null || isRootTitle(connection, rootId, request.title());
            Request placed = isRoot ? new Request(request.title(), request.releaseId(), request.softwareType(),
                    request.parameters(), request.sla(), request.state(), request.shared(), null, request.links())
                    : request.withParent(rootId);
            try {
                InstanceRecord instance = service.checkAndApply(connection, placed, treeName);
                if (request.links().isEmpty()) {
                    ParameterLinks.store(connection, instance.id(), List.of());
                }
                applied.add(instance);
                if (rootId == null) {
                    rootId = instance.id();
                }
            } catch (RequestService.Refusal refusal) {
                refusal.reasons.forEach(reason -> problems.add(request.title() + ": " + reason));
                if (rootId == null) {
                    break; // without its root the other services have no tree to go into
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RequestService.Refusal(problems);
        }
        destroyLeftOut(connection, applied.get(0).treeId(), asked);
        return applied;
    }

    private static boolean isRootTitle(Connection connection, long rootId, String title) throws SQLException {
        return InstanceQueries.byId(connection, rootId).map(root -> root.title().equals(title)).orElse(false);
    }

    /** The tree's services that are no longer asked for are destroyed, and their links with them. */
    private void destroyLeftOut(Connection connection, long treeId, Set<String> asked) throws SQLException {
        for (InstanceRecord instance : InstanceQueries.list(connection,
                "WHERE i.tree_id = ? AND i.requested_state <> 'destroyed' ORDER BY i.id", treeId)) {
            if (!asked.contains(instance.title())) {
                service.changeState(connection, instance, RequestedState.DESTROYED);
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM instance_link WHERE target_id = ?")) {
                    delete.setLong(1, instance.id());
                    delete.executeUpdate();
                }
            }
        }
    }
}
