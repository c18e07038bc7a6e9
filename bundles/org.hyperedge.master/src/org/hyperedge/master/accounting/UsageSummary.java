package org.hyperedge.master.accounting;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One table that sums usage records per owner and period (the ledger: per instance and day; the node hours: per
 * node and hour): what a transaction adds is summed here first, then added to the table's rows in two batches, one
 * that updates the rows that exist and one that inserts the rest. The table has the columns {@code cpu_seconds,
 * memory_mb_hours, disk_mb_hours, instance_hours, records} and is keyed by its owner and period columns.
 */
final class UsageSummary {

    private record Key(Object owner, int period) {
    }

    private static final class Sums {
        final BigDecimal[] quantities = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
        int records;
    }

    private final String update;
    private final String insert;
    private final Map<Key, Sums> rows = new HashMap<>();

    /** The owner is a {@code Long} or a {@code String}, as the owner column's type is. */
    UsageSummary(String table, String ownerColumn, String periodColumn) {
        update = "UPDATE " + table + " SET cpu_seconds = cpu_seconds + ?, memory_mb_hours = memory_mb_hours + ?, "
                + "disk_mb_hours = disk_mb_hours + ?, instance_hours = instance_hours + ?, records = records + ? WHERE "
                + ownerColumn + " = ? AND " + periodColumn + " = ?";
        insert = "INSERT INTO " + table + " (cpu_seconds, memory_mb_hours, disk_mb_hours, instance_hours, records, "
                + ownerColumn + ", " + periodColumn + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
    }

    /** Counts one usage record, quantities in {@link Resource} order. */
    void add(Object owner, int period, BigDecimal[] quantities) {
        Sums sums = rows.computeIfAbsent(new Key(owner, period), key -> new Sums());
        for (int i = 0; i < quantities.length; i++) {
            sums.quantities[i] = sums.quantities[i].add(quantities[i]);
        }
        sums.records++;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Adds what was counted to the table and forgets it. */
    void book(Connection connection) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<Map.Entry<Key, Sums>> batched = new ArrayList<>(rows.entrySet());
        List<Map.Entry<Key, Sums>> missing = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            for (Map.Entry<Key, Sums> row : batched) {
                set(statement, row);
                statement.addBatch();
            }
            int[] counts = statement.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    missing.add(batched.get(i));
                }
            }
        }
        if (!missing.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                for (Map.Entry<Key, Sums> row : missing) {
                    set(statement, row);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
        rows.clear();
    }

    private static void set(PreparedStatement statement, Map.Entry<Key, Sums> row) throws SQLException {
        Sums sums = row.getValue();
        for (int i = 0; i < sums.quantities.length; i++) {
            statement.setBigDecimal(1 + i, sums.quantities[i]);
        }
        statement.setInt(5, sums.records);
        statement.setObject(6, row.getKey().owner());
        statement.setInt(7, row.getKey().period());
    }
}
