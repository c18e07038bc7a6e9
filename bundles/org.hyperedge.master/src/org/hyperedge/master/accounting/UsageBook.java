package org.hyperedge.master.accounting;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Books usage into the ledger (usage per instance and UTC day) in the ingest's transaction: the records a page
 * brought, read back by their keys (node, seq) and summed by the database, are added to their days. As the cursor
 * moves in the same transaction, each record is booked exactly once, however often its page is replayed.
 */
public final class UsageBook {

    static final String DAY = "FLOOR(EXTRACT(EPOCH FROM period_from) / 86400)";

    private UsageBook() {
    }

    /** Books the node's usage records with {@code after < seq <= upTo}. */
    public static void book(Connection connection, String nodeId, long after, long upTo) throws SQLException {
        if (upTo <= after) {
            return;
        }
        List<Object[]> days = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT instance_id, d, SUM(cpu_seconds), "
                + "SUM(memory_mb_hours), SUM(disk_mb_hours), SUM(instance_hours), COUNT(*) FROM (SELECT instance_id, " + DAY
                + " AS d, cpu_seconds, memory_mb_hours, disk_mb_hours, instance_hours FROM usage_record "
                + "WHERE node_id = ? AND seq > ? AND seq <= ?) u GROUP BY instance_id, d")) {
            query.setString(1, nodeId);
            query.setLong(2, after);
            query.setLong(3, upTo);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    days.add(new Object[] { rows.getLong(1), rows.getInt(2), rows.getBigDecimal(3), rows.getBigDecimal(4),
                            rows.getBigDecimal(5), rows.getBigDecimal(6), rows.getInt(7) });
                }
            }
        }
        for (Object[] day : days) {
            add(connection, day);
        }
    }

    private static void add(Connection connection, Object[] day) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE usage_ledger SET cpu_seconds = cpu_seconds + ?, "
                + "memory_mb_hours = memory_mb_hours + ?, disk_mb_hours = disk_mb_hours + ?, "
                + "instance_hours = instance_hours + ?, records = records + ? WHERE instance_id = ? AND usage_day = ?")) {
            set(update, day, 1);
            update.setLong(6, (Long) day[0]);
            update.setInt(7, (Integer) day[1]);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO usage_ledger (cpu_seconds, memory_mb_hours, "
                + "disk_mb_hours, instance_hours, records, instance_id, usage_day) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            set(insert, day, 1);
            insert.setLong(6, (Long) day[0]);
            insert.setInt(7, (Integer) day[1]);
            insert.executeUpdate();
        }
    }

    private static void set(PreparedStatement statement, Object[] day, int first) throws SQLException {
        for (int i = 0; i < 4; i++) {
            statement.setBigDecimal(first + i, (BigDecimal) day[2 + i]);
        }
        statement.setInt(first + 4, (Integer) day[6]);
    }

    /** The ledger's day number of an instant: whole UTC days since 1970-01-01. */
    public static int day(Instant at) {
        return (int) Math.floorDiv(at.getEpochSecond(), 86_400L);
    }

    public static Instant startOf(int day) {
        return Instant.ofEpochSecond(day * 86_400L);
    }
}
