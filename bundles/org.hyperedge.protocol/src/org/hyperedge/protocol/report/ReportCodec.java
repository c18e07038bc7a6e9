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
 * /v1/reports} sends it (with the epoch of the journal they come from), and the acknowledgement the master
 * posts back (with that epoch).
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
        return page(node, events, last, null, null, null);
    }

    /**
     * A page, with the epoch of the journal the events come from ({@code null}: an agent without epochs), the
     * agent's clock when it made the page ({@code null}: none), which the master compares with its own clock
     * around the request to measure how far the node's clock is off, and the desired state the agent holds
     * ({@code null}: not said).
     */
    public static byte[] page(String node, List<ReportEvent> events, long last, JournalEpoch epoch, Instant clock,
            HeldDesired desired) {
        ObjectNode root = JSON.createObjectNode();
        root.put("protocol", 1);
        root.put("node", node);
        root.put("last", last);
        if (epoch != null) {
            root.put("epoch", epoch.id());
            root.put("epochStart", epoch.start());
        }
        if (desired != null) {
            root.set("desired", desired.toJson());
        }
        ArrayNode array = root.putArray("events");
        events.forEach(e -> array.add(toJson(e)));
        if (clock != null) {
            root.put("clock", clock.toString());
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A page as read; {@code epoch} is {@code null} when the agent sent none (an agent from before epochs),
     * {@code clock} is the agent's clock when it made the page, {@code null} when the agent did not say, and
     * {@code desired} is null when the agent did not say which desired state it holds.
     */
    public record Page(String node, long last, List<ReportEvent> events, JournalEpoch epoch, Instant clock,
            HeldDesired desired) {

        public Page(String node, long last, List<ReportEvent> events) {
            this(node, last, events, null, null, null);
        }

        public Page(String node, long last, List<ReportEvent> events, JournalEpoch epoch) {
            this(node, last, events, epoch, null, null);
        }

        public Page(String node, long last, List<ReportEvent> events, Instant clock) {
            this(node, last, events, null, clock, null);
        }

        public Page(String node, long last, List<ReportEvent> events, HeldDesired desired) {
            this(node, last, events, null, null, desired);
        }

        /** The same page with other events (their times corrected, say). */
        public Page withEvents(List<ReportEvent> corrected) {
            return new Page(node, last, corrected, epoch, clock, desired);
        }
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
        JournalEpoch epoch = root.hasNonNull("epoch")
                ? new JournalEpoch(root.get("epoch").asText(), root.path("epochStart").asLong(1))
                : null;
        return new Page(root.path("node").asText(), root.path("last").asLong(), events, epoch, clock(root),
                HeldDesired.fromJson(root.get("desired")));
    }

    /** The agent's clock in the page; a page without one, or with one that does not read, has none. */
    private static Instant clock(JsonNode root) {
        if (!root.path("clock").isTextual()) {
            return null;
        }
        try {
            return Instant.parse(root.get("clock").asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static byte[] ack(long seq) {
        return ack(seq, null);
    }

    /**
     * The acknowledgement of every event up to {@code seq} of the journal epoch (null: whatever the agent's
     * journal is, as masters from before epochs sent it). An agent refuses one for another epoch: its journal
     * was reset since the page was read, and the number means nothing in the new one.
     */
    public static byte[] ack(long seq, String epoch) {
        ObjectNode root = JSON.createObjectNode().put("seq", seq);
        if (epoch != null) {
            root.put("epoch", epoch);
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An acknowledgement as read: the last sequence number the master stored, and the epoch it is about (or null). */
    public record Acknowledgement(long seq, String epoch) {
    }

    public static long readAck(byte[] content) {
        return readAcknowledgement(content).seq();
    }

    public static Acknowledgement readAcknowledgement(byte[] content) {
        if (content.length > MAX_ACK_BYTES) {
            throw new IllegalArgumentException("acknowledgement of " + content.length + " bytes is larger than "
                    + MAX_ACK_BYTES);
        }
        try {
            JsonNode root = JSON.readTree(content);
            if (root == null || !root.path("seq").canConvertToLong() || root.path("seq").asLong() < 0) {
                throw new IllegalArgumentException("acknowledgement must be {\"seq\": N} with N >= 0");
            }
            String epoch = root.hasNonNull("epoch") ? new JournalEpoch(root.get("epoch").asText(), 1).id() : null;
            return new Acknowledgement(root.get("seq").asLong(), epoch);
        } catch (IOException e) {
            throw new IllegalArgumentException("acknowledgement is not valid JSON: " + e.getMessage(), e);
        }
    }
}
