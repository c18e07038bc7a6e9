package org.hyperedge.master.accounting;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Books usage into the ledger (usage per instance and UTC day) in the ingest's transaction: the usage records one
 * report page adds are summed here as they are written, then added to their days. As the node's cursor moves in
 * the same transaction, each record is booked exactly once, however often its page is replayed.
 */
public final class UsageBook {

    private record Key(long instanceId, int day) {
    }

    private static final class Sums {
        final BigDecimal[] quantities = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
        int records;
    }

    private final Map<Key, Sums> days = new HashMap<>();

    /** Counts one usage record that the same transaction inserts, quantities in {@link Resource} order. */
    public void add(long instanceId, Instant periodFrom, BigDecimal cpuSeconds, BigDecimal memoryMbHours,
            BigDecimal diskMbHours, BigDecimal instanceHours) {
        Sums sums = days.computeIfAbsent(new Key(instanceId, day(periodFrom)), key -> new Sums());
        sums.quantities[0] = sums.quantities[0].add(cpuSeconds);
        sums.quantities[1] = sums.quantities[1].add(memoryMbHours);
        sums.quantities[2] = sums.quantities[2].add(diskMbHours);
        sums.quantities[3] = sums.quantities[3].add(instanceHours);
        sums.records++;
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    /** Adds what was counted to the ledger: existing days are updated, new ones inserted, each as one batch. */
    public void book(Connection connection) throws SQLException {
        if (days.isEmpty()) {
            return;
        }
        List<Map.Entry<Key, Sums>> missing = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement("UPDATE usage_ledger SET cpu_seconds = cpu_seconds + ?, "
                + "memory_mb_hours = memory_mb_hours + ?, disk_mb_hours = disk_mb_hours + ?, "
                + "instance_hours = instance_hours + ?, records = records + ? WHERE instance_id = ? AND usage_day = ?")) {
            List<Map.Entry<Key, Sums>> batched = new ArrayList<>(days.entrySet());
            for (Map.Entry<Key, Sums> day : batched) {
                set(update, day);
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    missing.add(batched.get(i));
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO usage_ledger (cpu_seconds, memory_mb_hours, "
                + "disk_mb_hours, instance_hours, records, instance_id, usage_day) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Key, Sums> day : missing) {
                set(insert, day);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void set(PreparedStatement statement, Map.Entry<Key, Sums> day) throws SQLException {
        Sums sums = day.getValue();
        for (int i = 0; i < sums.quantities.length; i++) {
            statement.setBigDecimal(1 + i, sums.quantities[i]);
        }
        statement.setInt(5, sums.records);
        statement.setLong(6, day.getKey().instanceId());
        statement.setInt(7, day.getKey().day());
    }

    /** The ledger's day number of an instant: whole UTC days since 1970-01-01. */
    public static int day(Instant at) {
        return (int) Math.floorDiv(at.getEpochSecond(), 86_400L);
    }

    public static Instant startOf(int day) {
        return Instant.ofEpochSecond(day * 86_400L);
    }
}
