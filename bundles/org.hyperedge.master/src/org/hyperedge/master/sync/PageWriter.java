package org.hyperedge.master.sync;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.hyperedge.master.accounting.UsageBook;
import org.hyperedge.master.monitoring.ProcessExit;
import org.hyperedge.master.monitoring.ProcessExits;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The rows one report page adds (promise results, usage records, node events), written as JDBC batches:
 * each statement is prepared once per page and sent once, instead of once per event. {@link #flush} before
 * anything reads them back in the same transaction. A row's seq is the node's report base plus the event's
 * seq, so the events of a new journal epoch never collide with an old one's.
 */
final class PageWriter implements AutoCloseable {

    private final Connection connection;
    private final String nodeId;
    private final long base;
    private final Map<String, OffsetDateTime> times = new HashMap<>();
    private final UsageBook usageBook = new UsageBook();
    private final Map<Long, ProcessExit> exits = new HashMap<>();
    private PreparedStatement promises;
    private PreparedStatement usage;
    private PreparedStatement events;

    PageWriter(Connection connection, String nodeId, long base) {
        this.connection = connection;
        this.nodeId = nodeId;
        this.base = base;
    }

    void promise(ReportEvent event, String name, boolean ok, String message) throws SQLException {
        if (promises == null) {
            promises = connection.prepareStatement("INSERT INTO promise_result (node_id, seq, instance_id, name, ok, "
                    + "message, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        }
        promises.setString(1, nodeId);
        promises.setLong(2, base + event.seq());
        promises.setLong(3, event.instanceId());
        promises.setString(4, name);
        promises.setBoolean(5, ok);
        promises.setString(6, message);
        promises.setObject(7, at(event.at()));
        promises.addBatch();
    }

    void usage(ReportEvent event, ObjectNode data) throws SQLException {
        if (usage == null) {
            usage = connection.prepareStatement("INSERT INTO usage_record (node_id, seq, instance_id, period_from, "
                    + "period_to, cpu_seconds, memory_mb_hours, disk_mb_hours, instance_hours) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        usage.setString(1, nodeId);
        usage.setLong(2, base + event.seq());
        usage.setLong(3, event.instanceId());
        OffsetDateTime from = time(data.path("from").asText(null), event.at());
        BigDecimal cpu = decimal(data, "cpuSeconds");
        BigDecimal memory = decimal(data, "memoryMbHours");
        BigDecimal disk = decimal(data, "diskMbHours");
        BigDecimal instance = decimal(data, "instanceHours");
        OffsetDateTime to = time(data.path("to").asText(null), event.at());
        usage.setObject(4, from);
        usage.setObject(5, to);
        usage.setBigDecimal(6, cpu);
        usage.setBigDecimal(7, memory);
        usage.setBigDecimal(8, disk);
        usage.setBigDecimal(9, instance);
        usage.addBatch();
        usageBook.add(nodeId, event.instanceId(), from.toInstant(), to.toInstant(), cpu, memory, disk, instance);
    }

    void event(ReportEvent event, String summary) throws SQLException {
        note(event.seq(), event.kind().wireName(), summary, event.at(), event.instanceId() > 0 ? event.instanceId() : null);
        if (event.kind() == Kind.PROCESS && event.instanceId() > 0) {
            ProcessExits.of(event.instanceId(), event.at(), event.data()).ifPresent(exit -> exits.put(exit.instanceId(), exit));
        }
    }

    /** A node event at the agent's seq {@code seq}, by the master itself when {@code kind} is not a report kind. */
    void note(long seq, String kind, String summary, Instant at, Long instanceId) throws SQLException {
        if (events == null) {
            events = connection.prepareStatement(
                    "INSERT INTO node_event (node_id, seq, kind, summary, at, instance_id) VALUES (?, ?, ?, ?, ?, ?)");
        }
        events.setString(1, nodeId);
        events.setLong(2, base + seq);
        events.setString(3, kind);
        events.setString(4, summary);
        events.setObject(5, at(at));
        events.setObject(6, instanceId, Types.BIGINT);
        events.addBatch();
    }

    /** The latest exit of a process of the instance in this page (its row is batched, not readable yet). */
    Optional<ProcessExit> exitInPage(long instanceId) {
        return Optional.ofNullable(exits.get(instanceId));
    }

    /**
     * Sends what is batched and books the page's usage into the ledger; the rows are visible to the transaction
     * afterwards.
     */
    void flush() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] { promises, usage, events }) {
            if (statement != null) {
                statement.executeBatch();
            }
        }
        usageBook.book(connection);
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] { promises, usage, events }) {
            if (statement != null) {
                statement.close();
            }
        }
    }

    /** A page's usage records share their period bounds: each distinct one is parsed once. */
    private OffsetDateTime time(String text, Instant fallback) {
        if (text == null) {
            return at(fallback);
        }
        return times.computeIfAbsent(text, t -> at(Instant.parse(t)));
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static BigDecimal decimal(ObjectNode data, String field) {
        JsonNode value = data.path(field);
        // a JSON double's shortest text is what the agent wrote; its binary value is not
        BigDecimal decimal = value.isBigDecimal() || value.isIntegralNumber() ? value.decimalValue()
                : new BigDecimal(value.asText("0"));
        return decimal.setScale(6, RoundingMode.HALF_EVEN);
    }
}
