package org.hyperedge.master.request;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Linked parameters: a dependent instance's parameter taken from a connection parameter its source
 * published. Links are found (by source title in the dependent's tree) and filled when requested, stored,
 * and filled again each time the source reports its connection parameters; a dependent with a link still
 * unfilled is sent to its node as stopped, so it waits instead of starting without its database URL.
 */
public final class ParameterLinks {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A link as found at request time: its source instance, and the value if the source published it. */
    record Found(String parameter, long sourceId, String connectionParameter, JsonNode value) {
    }

    private ParameterLinks() {
    }

    /** Finds each link's source in the tree; what cannot be found is a problem naming the parameter. */
    static List<Found> find(Connection connection, long treeId, Map<String, ParameterLink> links, List<String> problems)
            throws SQLException {
        List<Found> found = new ArrayList<>();
        for (Map.Entry<String, ParameterLink> link : links.entrySet()) {
            ParameterLink source = link.getValue();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, connection_parameters, requested_state FROM instance WHERE tree_id = ? AND title = ?")) {
                query.setLong(1, treeId);
                query.setString(2, source.sourceTitle());
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        problems.add("parameter " + link.getKey() + " is linked to '" + source.sourceTitle()
                                + "', which is not an instance of this tree");
                    } else if ("destroyed".equals(row.getString(3))) {
                        problems.add("parameter " + link.getKey() + " is linked to '" + source.sourceTitle()
                                + "', which is destroyed");
                    } else {
                        JsonNode value = published(row.getString(2)).get(source.connectionParameter());
                        found.add(new Found(link.getKey(), row.getLong(1), source.connectionParameter(), value));
                    }
                }
            }
        }
        return found;
    }

    /** The linked parameters whose source has not published its value yet. */
    static Set<String> unresolved(List<Found> found) {
        Set<String> names = new LinkedHashSet<>();
        found.stream().filter(f -> f.value() == null).forEach(f -> names.add(f.parameter()));
        return names;
    }

    /** The parameters with every published link value filled in. */
    static ObjectNode filled(ObjectNode parameters, List<Found> found) {
        ObjectNode copy = parameters.deepCopy();
        found.stream().filter(f -> f.value() != null).forEach(f -> copy.set(f.parameter(), f.value()));
        return copy;
    }

    /** Replaces the instance's links with these. */
    static void store(Connection connection, long targetId, List<Found> found) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM instance_link WHERE target_id = ?")) {
            delete.setLong(1, targetId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO instance_link (target_id, parameter, "
                + "source_id, connection_parameter, resolved) VALUES (?, ?, ?, ?, ?)")) {
            for (Found link : found) {
                insert.setLong(1, targetId);
                insert.setString(2, link.parameter());
                insert.setLong(3, link.sourceId());
                insert.setString(4, link.connectionParameter());
                insert.setBoolean(5, link.value() != null);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        if (!found.isEmpty()) {
            // the sources seal their secret values to the dependent's node too (a new desired state for theirs)
            org.hyperedge.master.seal.SealingRecipients.dependentPlaced(connection, targetId);
        }
    }

    /**
     * The source reported its connection parameters: every dependent's linked parameter takes the value
     * published, and a dependent whose parameters changed is pushed to its node again. Returns how many
     * dependents changed.
     */
    public static int sourcePublished(Connection connection, long sourceId, JsonNode published) throws SQLException {
        List<Object[]> links = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT l.target_id, l.parameter, "
                + "l.connection_parameter, i.parameters, l.resolved FROM instance_link l JOIN instance i ON i.id = l.target_id "
                + "WHERE l.source_id = ? AND i.requested_state <> 'destroyed' ORDER BY l.target_id")) {
            query.setLong(1, sourceId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    links.add(new Object[] { rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getBoolean(5) });
                }
            }
        }
        // a dependent may link several parameters to one source (a broker's url, user and password): its parameters
        // are read once and written once with every value, or each link would write back what the one before replaced
        Map<Long, ObjectNode> parametersOf = new java.util.LinkedHashMap<>();
        Set<Long> differing = new LinkedHashSet<>();
        Set<Long> touched = new LinkedHashSet<>();
        for (Object[] link : links) {
            JsonNode value = published == null ? null : published.get((String) link[2]);
            if (value == null) {
                continue;
            }
            long target = (Long) link[0];
            ObjectNode parameters = parametersOf.computeIfAbsent(target, t -> (ObjectNode) parse((String) link[3]));
            boolean wasResolved = (Boolean) link[4];
            boolean differs = !value.equals(parameters.get((String) link[1]));
            if (!differs && wasResolved) {
                continue;
            }
            if (differs) {
                parameters.set((String) link[1], value);
                differing.add(target);
            }
            try (PreparedStatement resolved = connection.prepareStatement(
                    "UPDATE instance_link SET resolved = TRUE WHERE target_id = ? AND parameter = ?")) {
                resolved.setLong(1, target);
                resolved.setString(2, (String) link[1]);
                resolved.executeUpdate();
            }
            touched.add(target);
        }
        for (long target : differing) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE instance SET parameters = ?, updated_at = ? WHERE id = ?")) {
                update.setString(1, parametersOf.get(target).toString());
                update.setObject(2, OffsetDateTime.now());
                update.setLong(3, target);
                update.executeUpdate();
            }
        }
        for (long target : touched) {
            org.hyperedge.master.allocation.Allocator.newDesiredStateFor(connection, target);
        }
        return differing.size();
    }

    private static JsonNode published(String connectionParameters) {
        JsonNode parsed = parse(connectionParameters);
        return parsed.isObject() ? parsed : JSON.createObjectNode();
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }
}
