package org.hyperedge.protocol.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The desired state an agent holds, as every report page tells it: its generation (0 when it holds none)
 * and, when it holds none or lost one, why ({@code problem}: the file was missing, or unreadable and set
 * aside). A master that pushed a later generation than the node holds pushes it again at once.
 */
public record HeldDesired(long generation, String problem) {

    /** The agent holds this generation and nothing is wrong with it. */
    public static HeldDesired holding(long generation) {
        return new HeldDesired(generation, null);
    }

    public boolean lost() {
        return problem != null;
    }

    ObjectNode toJson() {
        ObjectNode node = ReportCodec.JSON.createObjectNode().put("generation", generation);
        if (problem != null) {
            node.put("problem", problem);
        }
        return node;
    }

    /** The page's {@code desired} object, or null when the agent did not say (an older agent). */
    static HeldDesired fromJson(JsonNode node) {
        if (node == null || !node.isObject() || !node.path("generation").canConvertToLong()) {
            return null;
        }
        return new HeldDesired(node.get("generation").asLong(),
                node.hasNonNull("problem") ? node.get("problem").asText() : null);
    }
}
