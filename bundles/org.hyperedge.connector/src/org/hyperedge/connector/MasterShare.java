package org.hyperedge.connector;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.hyperedge.master.sync.NodeLeases;

/**
 * This master's share of the dialled nodes (issue 19): on a shared PostgreSQL, its id among the masters and the nodes
 * it holds a lease on, the only dialled nodes it syncs; on H2 the one master serves every node.
 */
final class MasterShare {

    /** How often leases and the heartbeat are renewed: several times per lease, so one slow renewal loses none. */
    static final Duration RENEWAL = NodeLeases.LEASE.dividedBy(5);

    /** Null on H2. */
    private final NodeLeases leases;
    /** This master process's id in {@code master_process} once it syncs; null on H2 or before {@link #join}. */
    private volatile String masterId;
    private volatile Set<String> leased = Set.of();

    MasterShare(NodeLeases leases) {
        this.leases = leases;
    }

    /** Whether several masters may share the nodes (PostgreSQL): leases are to be renewed. */
    boolean shared() {
        return leases != null;
    }

    /** Joins the masters on the database, listening at {@code listenAddress} (null: no endpoint yet). */
    void join(String listenAddress) {
        masterId = leases.join(listenAddress);
    }

    /** Tells the other masters where this one's endpoint listens, once it has joined. */
    void listening(String listenAddress) {
        if (masterId != null) {
            leases.listening(masterId, listenAddress);
        }
    }

    Optional<String> masterId() {
        return Optional.ofNullable(masterId);
    }

    /**
     * The heartbeat, and the leases renewed and rebalanced among the dialled nodes: returns the nodes just taken. The
     * database out of reach: the leases will lapse, so none is served rather than race the master taking them.
     */
    Set<String> renew(Supplier<List<String>> dialled) {
        try {
            Set<String> held = leases.hold(masterId, dialled.get());
            Set<String> gained = new HashSet<>(held);
            gained.removeAll(leased);
            leased = held;
            return gained;
        } catch (RuntimeException e) {
            leased = Set.of();
            return Set.of();
        }
    }

    /** Whether this master syncs the dialled node: always on H2, while it holds the lease on PostgreSQL. */
    boolean serves(String nodeId) {
        return leases == null || leased.contains(nodeId);
    }

    /** The dialled nodes leased now (PostgreSQL only). */
    Set<String> leased() {
        return leased;
    }

    /** Leaves the masters: the others take its nodes now rather than when the leases lapse. */
    void leave() {
        if (masterId != null) {
            try {
                leases.leave(masterId);
            } catch (RuntimeException e) {
                // the database is gone with the master: its leases lapse after NodeLeases.LEASE instead
            }
        }
    }
}
