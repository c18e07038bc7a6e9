package org.hyperedge.protocol.report;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.hyperedge.protocol.report.ReportEvent.Kind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON of report events: one event as the journal keeps it, a page of events as {@code GET
 * /v1/reports} sends it, and the acknowledgement the master posts back.
 */
public final class ReportCodec {

    /** The most events one page carries. */
    public static final int MAX_PAGE = 5_000;
    /**
     * An agent adds no event to a page once its events take this many bytes: a page stays under
     * {@link #MAX_PAGE_BYTES} (one event is at most 1 MiB), the most a master reads of one.
     */
    public static final int PAGE_BUDGET_BYTES = 8 << 20;
    /** The largest page of reports a master reads. */
    public static final int MAX_PAGE_BYTES = 16 << 20;
    /** The largest acknowledgement document an agent reads. */
    public static final int MAX_ACK_BYTES = 4_096;

    public static final ObjectMapper JSON = JsonMapper.builder().build();

    private ReportCodec() {
    }

    public static ObjectNode toJson(ReportEvent event) {
        ObjectNode node = JSON.createObjectNode();
        if (event.seq() > 0) {
            node.put("seq", event.seq());
        }
        node.put("at", event.at().toString());
        node.put("kind", event.kind().wireName());
        if (event.partition() != null) {
            node.put("partition", event.partition());
        }
        if (event.instanceId() > 0) {
            node.put("instance", event.instanceId());
        }
        node.set("data", event.data());
        return node;
    }

    public static ReportEvent fromJson(JsonNode node, long seq) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a report event must be a JSON object");
        }
        try {
            Instant at = Instant.parse(node.path("at").asText());
            Kind kind = Kind.fromWire(node.path("kind").asText());
            String partition = node.hasNonNull("partition") ? node.get("partition").asText() : null;
            ObjectNode data = node.get("data") instanceof ObjectNode object ? object : JSON.createObjectNode();
            return new ReportEvent(seq > 0 ? seq : node.path("seq").asLong(), at, kind, partition,
                    node.path("instance").asLong(0), data);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("report event time '" + node.path("at").asText() + "' is not an instant");
        }
    }

    /** An event as the journal stores it (its sequence number is the journal's, not in the payload). */
    public static byte[] payload(ReportEvent event) {
        try {
            return JSON.writeValueAsBytes(toJson(event.withSeq(0)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ReportEvent fromPayload(long seq, byte[] payload) {
        try {
            return fromJson(JSON.readTree(payload), seq);
        } catch (IOException e) {
            throw new IllegalArgumentException("report event " + seq + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** A page: the node, the events after the cursor, and the last sequence number the agent holds. */
    public static byte[] page(String node, List<ReportEvent> events, long last) {
        ObjectNode root = JSON.createObjectNode();
        root.put("protocol", 1);
        root.put("node", node);
        root.put("last", last);
        ArrayNode array = root.putArray("events");
        events.forEach(e -> array.add(toJson(e)));
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Page(String node, long last, List<ReportEvent> events) {
    }

    public static Page readPage(byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (IOException e) {
            throw new IllegalArgumentException("report page is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("events").isArray()) {
            throw new IllegalArgumentException("report page must be an object with an events array");
        }
        List<ReportEvent> events = new ArrayList<>();
        long previous = 0;
        for (JsonNode event : root.get("events")) {
            ReportEvent read = fromJson(event, 0);
            if (read.seq() <= previous) {
                throw new IllegalArgumentException("report page is out of order at seq " + read.seq());
            }
            previous = read.seq();
            events.add(read);
        }
        return new Page(root.path("node").asText(), root.path("last").asLong(), events);
    }

    public static byte[] ack(long seq) {
        return ("{\"seq\":" + seq + "}").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    public static long readAck(byte[] content) {
        if (content.length > MAX_ACK_BYTES) {
            throw new IllegalArgumentException("acknowledgement of " + content.length + " bytes is larger than "
                    + MAX_ACK_BYTES);
        }
        try {
            JsonNode root = JSON.readTree(content);
            if (root == null || !root.path("seq").canConvertToLong() || root.path("seq").asLong() < 0) {
                throw new IllegalArgumentException("acknowledgement must be {\"seq\": N} with N >= 0");
            }
            return root.get("seq").asLong();
        } catch (IOException e) {
            throw new IllegalArgumentException("acknowledgement is not valid JSON: " + e.getMessage(), e);
        }
    }
}
