package org.hyperedge.master.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hyperedge.master.store.Database;
import org.hyperedge.master.ticket.Tickets;
import org.hyperedge.protocol.report.ReportCodec.Page;
import org.hyperedge.protocol.report.ReportEvent;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The clocks of the nodes. A node's events carry its own clock: promise times, usage periods (and so billing days),
 * the times retention goes by. Each report page also says the agent's clock when it was made, and the master reads
 * its own around the request ({@link ClockSkew}). For a node whose clock is off by more than the tolerance, the
 * page's times are moved by the skew before anything is stored, the skew is kept on the node (shown by
 * {@code nodes}, {@code monitoring} and the console's Nodes view) and a {@code clock-skew} ticket is open until
 * the clock is right again. No event is ever dated after the master received it, whatever the node's clock says.
 */
public final class NodeClocks {

    /** A node's clock as last measured; {@code skew} is null for a node never measured. */
    public record NodeClock(String nodeId, Duration skew, Instant measuredAt, boolean off) {

        /** "30 d 1 h behind", "right", or "unknown". */
        public String describe() {
            return skew == null ? "unknown" : off ? ClockSkew.describe(skew) : "right";
        }
    }

    /** A skew that changed by less than this and was stored less than {@link #REFRESH} ago is not stored again. */
    private static final Duration CHANGE = Duration.ofSeconds(1);
    private static final Duration REFRESH = Duration.ofMinutes(5);

    private final Database database;
    private final Map<String, ClockSkew> stored = new ConcurrentHashMap<>();
    /** Whether each node's clock counts as off now (see {@link ClockSkew#off(boolean)}). */
    private final Map<String, Boolean> offNow = new ConcurrentHashMap<>();

    public NodeClocks(Database database) {
        this.database = database;
    }

    /**
     * The page with its times on the master's clock. The skew measured from the page's clock (read between
     * {@code asked} and {@code answered}) is recorded; a page without a clock (an older agent) keeps its times, never
     * later than {@code answered}.
     */
    public Page correct(String nodeId, Page page, Instant asked, Instant answered) {
        Duration shift = Duration.ZERO;
        if (page.clock() != null) {
            ClockSkew measured = ClockSkew.measure(page.clock(), asked, answered);
            boolean off = measured.off(offNow.computeIfAbsent(nodeId, this::storedOff));
            record(nodeId, measured, off);
            offNow.put(nodeId, off);
            if (off) {
                shift = measured.skew();
            }
        }
        return shift(page, shift, answered);
    }

    /** Every measured node's clock, by node id. */
    public Map<String, NodeClock> all() {
        return database.inTransaction(connection -> {
            Map<String, NodeClock> clocks = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id, clock_skew_ms, clock_checked_at FROM node "
                    + "WHERE clock_skew_ms IS NOT NULL ORDER BY id");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    clocks.put(rows.getString(1), clock(rows.getString(1), rows, 2));
                }
            }
            return clocks;
        });
    }

    /** The clock of a node row whose columns {@code clock_skew_ms, clock_checked_at} start at {@code column}, or null. */
    public static NodeClock clock(String nodeId, ResultSet row, int column) throws SQLException {
        long skewMs = row.getLong(column);
        if (row.wasNull()) {
            return null;
        }
        OffsetDateTime measuredAt = row.getObject(column + 1, OffsetDateTime.class);
        return clock(nodeId, skewMs, measuredAt == null ? null : measuredAt.toInstant());
    }

    /** The node's clock from a stored skew and when it was measured; null when {@code skewMs} is (never measured). */
    public static NodeClock clock(String nodeId, Long skewMs, Instant measuredAt) {
        if (skewMs == null) {
            return null;
        }
        Duration skew = Duration.ofMillis(skewMs);
        return new NodeClock(nodeId, skew, measuredAt, skew.abs().compareTo(ClockSkew.TOLERANCE) > 0);
    }

    public static String cause(String nodeId) {
        return "clock-skew:" + nodeId;
    }

    /** Stores the skew when it moved, or now and then; opens or resolves the node's clock ticket as it crosses the tolerance. */
    private void record(String nodeId, ClockSkew measured, boolean off) {
        ClockSkew last = stored.get(nodeId);
        if (last != null && offNow.getOrDefault(nodeId, false) == off && measured.skew().minus(last.skew()).abs().compareTo(CHANGE) < 0
                && Duration.between(last.measuredAt(), measured.measuredAt()).compareTo(REFRESH) < 0) {
            return;
        }
        database.inTransaction(connection -> {
            store(connection, nodeId, measured, off);
            return null;
        });
        stored.put(nodeId, measured);
    }

    /** Whether the node's clock counted as off when last stored (a stored skew beyond the tolerance), for a new master. */
    private boolean storedOff(String nodeId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT clock_skew_ms FROM node WHERE id = ?")) {
                query.setString(1, nodeId);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() && Math.abs(row.getLong(1)) > ClockSkew.TOLERANCE.toMillis();
                }
            }
        });
    }

    private static void store(Connection connection, String nodeId, ClockSkew measured, boolean off) throws SQLException {
        // a skew within the tolerance is stored as measured but counts as right: the round trip blurs it; one that
        // is still off in the recovery band is stored just beyond the tolerance, so it reads as off
        long skewMs = !off ? clampToTolerance(measured.skew()).toMillis()
                : measured.skew().abs().compareTo(ClockSkew.TOLERANCE) > 0 ? measured.skew().toMillis()
                        : (measured.skew().isNegative() ? -1 : 1) * (ClockSkew.TOLERANCE.toMillis() + 1);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE node SET clock_skew_ms = ?, clock_checked_at = ? WHERE id = ?")) {
            update.setLong(1, skewMs);
            update.setObject(2, measured.measuredAt().atOffset(ZoneOffset.UTC));
            update.setString(3, nodeId);
            update.executeUpdate();
        }
        if (off) {
            Tickets.open(connection, cause(nodeId), "node " + nodeId + " clock", "the clock of node " + nodeId + " is "
                    + ClockSkew.describe(measured.skew()) + " the master's; the times of its reports are corrected by that "
                    + "much until it is set right (NTP)");
        } else {
            Tickets.resolve(connection, cause(nodeId), "the clock of node " + nodeId + " is right again");
        }
    }

    private static Duration clampToTolerance(Duration skew) {
        return skew.abs().compareTo(ClockSkew.TOLERANCE) <= 0 ? skew : skew.isNegative() ? ClockSkew.TOLERANCE.negated()
                : ClockSkew.TOLERANCE;
    }

    /** The page's times minus {@code skew}, and none later than {@code notAfter}; usage periods with them. */
    static Page shift(Page page, Duration skew, Instant notAfter) {
        List<ReportEvent> events = new ArrayList<>(page.events().size());
        boolean changed = false;
        for (ReportEvent event : page.events()) {
            ReportEvent moved = shift(event, skew, notAfter);
            changed |= moved != event;
            events.add(moved);
        }
        return changed ? page.withEvents(events) : page;
    }

    private static ReportEvent shift(ReportEvent event, Duration skew, Instant notAfter) {
        Instant at = earliest(event.at().minus(skew), notAfter);
        ObjectNode data = event.data();
        if (event.kind() == ReportEvent.Kind.USAGE && (data.hasNonNull("from") || data.hasNonNull("to"))) {
            ObjectNode moved = data.deepCopy();
            for (String field : new String[] { "from", "to" }) {
                if (data.path(field).isTextual()) {
                    try {
                        moved.put(field, earliest(Instant.parse(data.get(field).asText()).minus(skew), notAfter).toString());
                    } catch (java.time.format.DateTimeParseException e) {
                        // left as it is: the ingest refuses or reads it as before
                    }
                }
            }
            if (!moved.equals(data)) {
                return new ReportEvent(event.seq(), at, event.kind(), event.partition(), event.instanceId(), moved);
            }
        }
        return at.equals(event.at()) ? event : new ReportEvent(event.seq(), at, event.kind(), event.partition(),
                event.instanceId(), data);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isAfter(b) ? b : a;
    }
}
