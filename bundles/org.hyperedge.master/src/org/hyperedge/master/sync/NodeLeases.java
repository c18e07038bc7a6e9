package org.hyperedge.master.sync;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.hyperedge.master.store.Database;

/**
 * Which of several masters on one PostgreSQL syncs which dialled node (issue 19): each master process keeps a row in
 * {@code master_process} alive with a heartbeat, and a node's row in {@code node_lease} names the master that syncs
 * it. A lease holds as long as its master's heartbeat is younger than {@link #LEASE}: renewing every lease is one row
 * written per master, not one per node (at 100,000 nodes and a renewal every 2 s, that was 50,000 rows written a
 * second). Each master takes free leases, and those of masters whose heartbeat lapsed, up to its fair share
 * (dialled nodes / live masters, rounded up) and gives back what is above it, so masters joining or leaving
 * rebalance the fleet. A master killed stops beating: after {@link #LEASE} the others take its nodes. A master that
 * finds its own last beat older than that (a long pause) gives up every lease it had, since the others may have
 * taken them, and takes anew. Rows are taken with {@code FOR UPDATE SKIP LOCKED} so two masters never wait for each
 * other nor take the same node; {@code expires_at} is when a lease given back may be taken again (a handover).
 * Times are the database's, so the masters' clocks need not agree. PostgreSQL only: on H2 one process is the whole
 * master and holds everything.
 */
public final class NodeLeases {

    /** How long a lease (and a heartbeat) lasts without renewal: a master killed has its nodes taken after this. */
    public static final Duration LEASE = Duration.ofSeconds(10);

    /** A live master as {@code hyperedge masters} lists it. */
    public record LiveMaster(String id, String listenAddress, OffsetDateTime startedAt, Duration heartbeatAge,
            int nodesLeased) {
    }

    /**
     * How long a lease given back to rebalance stays untaken: a sync of the node that was under way on the master
     * giving it back ends before another master starts one.
     */
    static final Duration HANDOVER = Duration.ofSeconds(3);

    private final Database database;
    /** The dialled nodes known to have a lease row, so each renewal inserts only the nodes new since the last. */
    private volatile Set<String> rowsMade = Set.of();

    public NodeLeases(Database database) {
        this.database = database;
    }

    /** A new master process: its id (host, pid and a random part, so two in one JVM differ too), registered now. */
    public String join(String listenAddress) {
        String id = ProcessHandle.current().pid() + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        try {
            id = java.net.InetAddress.getLocalHost().getHostName() + "-" + id;
        } catch (java.io.IOException e) {
            // no resolvable host name: the pid and the random part are unique enough on one database
        }
        String master = id.length() > 64 ? id.substring(id.length() - 64) : id;
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO master_process (id, started_at, "
                    + "heartbeat_at, listen_address) VALUES (?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?)")) {
                insert.setString(1, master);
                insert.setString(2, listenAddress);
                insert.executeUpdate();
            }
            return null;
        });
        return master;
    }

    /** The address the master's endpoint listens on, once it does. */
    public void listening(String masterId, String listenAddress) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE master_process SET listen_address = ? WHERE id = ?")) {
                update.setString(1, listenAddress);
                update.setString(2, masterId);
                update.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The master's heartbeat, which renews every lease it holds, and its leases among {@code dialledNodes} rebalanced
     * to its fair share and topped up from free or lapsed ones: the nodes it syncs until the next call.
     */
    public Set<String> hold(String masterId, List<String> dialledNodes) {
        Set<String> dialled = new LinkedHashSet<>(dialledNodes);
        Set<String> held = database.inTransaction(connection -> {
            if (heartbeat(connection, masterId)) {
                giveUpAll(connection, masterId);
            }
            makeRows(connection, dialled);
            int share = (int) Math.ceil(dialled.size() / (double) Math.max(1, liveMasters(connection)));
            List<String> mine = held(connection, masterId, dialled);
            if (mine.size() > share) {
                release(connection, mine.subList(share, mine.size()));
                mine = new ArrayList<>(mine.subList(0, share));
            } else if (mine.size() < share) {
                mine.addAll(take(connection, masterId, connection.createArrayOf("varchar", dialled.toArray()),
                        share - mine.size()));
            }
            return new LinkedHashSet<>(mine);
        });
        rowsMade = Set.copyOf(dialled); // only once committed: rows of a rolled-back insert are made again next time
        return held;
    }

    /** The master stops: its row and its leases go, so the others take its nodes at once rather than at expiry. */
    public void leave(String masterId) {
        database.inTransaction(connection -> {
            try (PreparedStatement free = connection.prepareStatement(
                    "UPDATE node_lease SET master_id = NULL, expires_at = now() WHERE master_id = ?");
                    PreparedStatement gone = connection.prepareStatement("DELETE FROM master_process WHERE id = ?")) {
                free.setString(1, masterId);
                free.executeUpdate();
                gone.setString(1, masterId);
                gone.executeUpdate();
            }
            return null;
        });
    }

    /** The masters whose heartbeat is younger than {@link #LEASE}, oldest first, with the nodes each holds. */
    public List<LiveMaster> live() {
        return database.inTransaction(connection -> {
            List<LiveMaster> masters = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT m.id, m.listen_address, m.started_at, "
                    + "m.heartbeat_at, CURRENT_TIMESTAMP, (SELECT COUNT(*) FROM node_lease l WHERE l.master_id = m.id) "
                    + "FROM master_process m ORDER BY m.started_at, m.id");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Duration age = Duration.between(rows.getObject(4, OffsetDateTime.class),
                            rows.getObject(5, OffsetDateTime.class));
                    if (age.compareTo(LEASE) < 0) {
                        masters.add(new LiveMaster(rows.getString(1), rows.getString(2),
                                rows.getObject(3, OffsetDateTime.class), age, rows.getInt(6)));
                    }
                }
            }
            return masters;
        });
    }

    /**
     * Beats; true when the master's previous beat was {@link #LEASE} old or its row was gone: the other masters may
     * have taken its leases meanwhile.
     */
    private static boolean heartbeat(Connection connection, String masterId) throws SQLException {
        boolean lapsed;
        try (PreparedStatement last = connection.prepareStatement("SELECT heartbeat_at <= now() - ? * interval "
                + "'1 millisecond' FROM master_process WHERE id = ? FOR UPDATE")) {
            last.setLong(1, LEASE.toMillis());
            last.setString(2, masterId);
            try (ResultSet row = last.executeQuery()) {
                lapsed = !row.next() || row.getBoolean(1);
            }
        }
        try (PreparedStatement beat = connection.prepareStatement(
                "UPDATE master_process SET heartbeat_at = now() WHERE id = ?")) {
            beat.setString(1, masterId);
            if (beat.executeUpdate() == 0) {
                // its row was removed (a master that stalled past its lease and was cleaned up): it joins again
                try (PreparedStatement again = connection.prepareStatement("INSERT INTO master_process (id, started_at, "
                        + "heartbeat_at) VALUES (?, now(), now())")) {
                    again.setString(1, masterId);
                    again.executeUpdate();
                }
            }
        }
        return lapsed;
    }

    /** Gives back every lease still in the master's name (those another master took are no longer). */
    private static void giveUpAll(Connection connection, String masterId) throws SQLException {
        try (PreparedStatement free = connection.prepareStatement(
                "UPDATE node_lease SET master_id = NULL, expires_at = now() WHERE master_id = ?")) {
            free.setString(1, masterId);
            free.executeUpdate();
        }
    }

    /** A lease row for each dialled node new since the last call (another master may have made it already). */
    private void makeRows(Connection connection, Set<String> dialled) throws SQLException {
        Set<String> known = rowsMade;
        List<String> fresh = dialled.stream().filter(node -> !known.contains(node)).toList();
        if (!fresh.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO node_lease (node_id, master_id, "
                    + "expires_at) SELECT unnest(?), NULL, now() ON CONFLICT (node_id) DO NOTHING")) {
                insert.setArray(1, connection.createArrayOf("varchar", fresh.toArray()));
                insert.executeUpdate();
            }
        }
    }

    private static int liveMasters(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM master_process WHERE heartbeat_at > now() - ? * interval '1 millisecond'")) {
            count.setLong(1, LEASE.toMillis());
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /**
     * The dialled nodes whose lease is in the master's name, in node order (its share is cut from the end); the leases
     * of nodes no longer dialled (revoked, or dialling in now) are given back.
     */
    private static List<String> held(Connection connection, String masterId, Set<String> dialled) throws SQLException {
        List<String> held;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT node_id FROM node_lease WHERE master_id = ? ORDER BY node_id")) {
            query.setString(1, masterId);
            held = nodeIds(query);
        }
        List<String> gone = held.stream().filter(node -> !dialled.contains(node)).toList();
        if (!gone.isEmpty()) {
            release(connection, gone);
            held.removeAll(Set.copyOf(gone));
        }
        return held;
    }

    private static void release(Connection connection, List<String> extra) throws SQLException {
        try (PreparedStatement release = connection.prepareStatement(
                "UPDATE node_lease SET master_id = NULL, expires_at = now() + ? * interval '1 millisecond' "
                        + "WHERE node_id = ANY(?)")) {
            release.setLong(1, HANDOVER.toMillis());
            release.setArray(2, connection.createArrayOf("varchar", extra.toArray()));
            release.executeUpdate();
        }
    }

    private static List<String> take(Connection connection, String masterId, Array nodes, int wanted)
            throws SQLException {
        List<String> free;
        // free (and past a handover), or in the name of a master whose heartbeat lapsed
        try (PreparedStatement query = connection.prepareStatement("SELECT l.node_id FROM node_lease l WHERE l.node_id = "
                + "ANY(?) AND l.expires_at <= now() AND (l.master_id IS NULL OR NOT EXISTS (SELECT 1 FROM master_process m "
                + "WHERE m.id = l.master_id AND m.heartbeat_at > now() - ? * interval '1 millisecond')) ORDER BY l.node_id "
                + "LIMIT ? FOR UPDATE OF l SKIP LOCKED")) {
            query.setArray(1, nodes);
            query.setLong(2, LEASE.toMillis());
            query.setInt(3, wanted);
            free = nodeIds(query);
        }
        if (!free.isEmpty()) {
            try (PreparedStatement take = connection.prepareStatement(
                    "UPDATE node_lease SET master_id = ?, expires_at = now() WHERE node_id = ANY(?)")) {
                take.setString(1, masterId);
                take.setArray(2, connection.createArrayOf("varchar", free.toArray()));
                take.executeUpdate();
            }
        }
        return free;
    }

    private static List<String> nodeIds(PreparedStatement statement) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }
}
