package org.hyperedge.master.federation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * On the delegating master, usage a federated master forwarded for instances delegated to it: each record names its
 * {@value #FIELD} there ({@code NODE:SEQ}, the serving master's usage record). A federated master keeps its journal
 * toward this one across restarts ({@link FederationJournal}), but one that lost it (its store restored from an older
 * copy) forwards again what it has no acknowledgement of, under a new journal whose numbers this master cannot tell
 * from new ones: so per federated site and source node the last record booked is kept, in the ingest's
 * transaction, and a record at or below it is not booked again. The serving master forwards each node's records in
 * seq order, which makes that one number enough.
 */
public final class ForwardedUsage {

    /** The field of a forwarded usage event that names its record on the serving master. */
    public static final String FIELD = "source";

    private ForwardedUsage() {
    }

    /**
     * Null when the usage event is to be booked (an agent's own, or a forwarded one not booked before, now taken as
     * booked); otherwise why it is not, for the node event kept instead.
     */
    public static String notBooked(Connection connection, String nodeId, JsonNode data) throws SQLException {
        JsonNode source = data.get(FIELD);
        if (source == null || source.isNull()) {
            return null;
        }
        String text = source.asText();
        int colon = text.lastIndexOf(':');
        long seq;
        try {
            seq = colon <= 0 ? -1 : Long.parseLong(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            seq = -1;
        }
        if (seq < 0 || colon > 255) {
            return "refused: forwarded usage names its source '" + truncate(text) + "', not NODE:SEQ";
        }
        String sourceNode = text.substring(0, colon);
        Long booked = null;
        try (PreparedStatement query = connection.prepareStatement("SELECT source_seq FROM federation_usage_booked "
                + "WHERE node_id = ? AND source_node = ? FOR UPDATE")) {
            query.setString(1, nodeId);
            query.setString(2, sourceNode);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    booked = row.getLong(1);
                }
            }
        }
        if (booked != null && seq <= booked) {
            return "not booked: forwarded usage " + truncate(text) + " was booked already (records of " + sourceNode
                    + " up to " + booked + " are)";
        }
        String sql = booked == null
                ? "INSERT INTO federation_usage_booked (source_seq, node_id, source_node) VALUES (?, ?, ?)"
                : "UPDATE federation_usage_booked SET source_seq = ? WHERE node_id = ? AND source_node = ?";
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            write.setLong(1, seq);
            write.setString(2, nodeId);
            write.setString(3, sourceNode);
            write.executeUpdate();
        }
        return null;
    }

    private static String truncate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }
}
