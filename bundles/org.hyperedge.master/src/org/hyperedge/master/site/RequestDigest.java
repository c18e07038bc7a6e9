package org.hyperedge.master.site;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What was asked of an instance (release, software type, shared, parameters, SLA, requested state) as one
 * digest, the same on the office and the site for the same request whatever the order of JSON keys: what
 * tells a request changed at the office after the export from one that did not. The SLA's {@code site} is left
 * out (see {@link #withoutSite}).
 */
final class RequestDigest {

    private static final ObjectMapper CANONICAL = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private RequestDigest() {
    }

    static String of(String releaseId, String softwareType, boolean shared, String parameters, String sla,
            String requestedState) {
        return Digests.sha256(String.join("\n", releaseId, softwareType, String.valueOf(shared), canonical(parameters),
                canonical(withoutSite(sla)), requestedState).getBytes(StandardCharsets.UTF_8));
    }

    /** Digest of every instance of the tree (root title), by instance title. */
    static Map<String, String> ofTree(Connection connection, String treeTitle) throws SQLException {
        Map<String, String> digests = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT i.title, i.release_id, i.software_type, i.shared, "
                + "i.parameters, i.sla, i.requested_state FROM instance i JOIN instance_tree t ON t.id = i.tree_id "
                + "WHERE t.root_title = ? ORDER BY i.id")) {
            query.setString(1, treeTitle);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    digests.put(rows.getString(1), of(rows.getString(2), rows.getString(3), rows.getBoolean(4),
                            rows.getString(5), rows.getString(6), rows.getString(7)));
                }
            }
        }
        return digests;
    }

    /**
     * The SLA without its {@code site} key: at the office a site's instances are pinned to their site (so the
     * office never places them on its own nodes), which is no change of what was asked.
     */
    private static String withoutSite(String sla) {
        if (sla == null) {
            return null;
        }
        try {
            Map<?, ?> map = CANONICAL.readValue(sla, Map.class);
            map.remove("site");
            return CANONICAL.writeValueAsString(map);
        } catch (java.io.IOException | ClassCastException e) {
            return sla;
        }
    }

    private static String canonical(String json) {
        if (json == null) {
            return "null";
        }
        try {
            return CANONICAL.writeValueAsString(CANONICAL.readValue(json, Object.class));
        } catch (java.io.IOException e) {
            return json;
        }
    }
}
