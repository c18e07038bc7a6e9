package org.hyperedge.master.fleet;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.notify.Adapter;
import org.hyperedge.master.store.Database;
import org.hyperedge.master.view.InstanceIndex;
import org.hyperedge.master.view.InstanceQuery;
import org.hyperedge.master.view.InstanceRow;
import org.hyperedge.master.view.NodeRow;
import org.hyperedge.model.Fleet;
import org.hyperedge.model.HyperEdgeFactory;
import org.hyperedge.model.Instance;
import org.hyperedge.model.Node;

/**
 * The fleet as the master knows it, as an observable EMF model: sites, nodes and their partitions, instance
 * trees and their instances with requested and reported state, connection parameters and promise results. The
 * master's tables stay the truth; {@link #refresh} reads what changed since the last one (everything the first
 * time: rows by {@code updated_at}, with a margin for transactions that commit late) and sets on the EMF objects
 * only what differs, so an {@link Adapter} observing the model hears of each real change, whoever made it: a
 * node's report, this console, or a command line on the same database.
 * <p>
 * The console's instance index is part of the model: each changed instance's table row is made from its EMF
 * object in the same step, so the Instances view filters a hundred thousand rows in memory.
 * <p>
 * Thread-safe: refreshes queue (a second one waits, then reads only the last moments); changes are applied,
 * and observers notified, under the model's lock, on the refreshing thread. Observers must not block.
 */
public final class FleetModel {

    /** Rows changed this long before the last refresh are read again: a slow transaction commits late. */
    static final Duration LATE_COMMIT_MARGIN = Duration.ofSeconds(10);

    private final FleetReader reader;
    private final Fleet fleet = HyperEdgeFactory.eINSTANCE.createFleet();
    private final FleetNotifier notifier = new FleetNotifier();
    private final FleetUpdates updates = new FleetUpdates(fleet, notifier);
    private final InstanceIndex index = new InstanceIndex();
    private final Object refreshing = new Object();
    private OffsetDateTime readUpTo;

    public FleetModel(Database database) {
        this.reader = new FleetReader(database);
    }

    /** Reads what changed and applies it to the model and the index; true when an instance's row changed. */
    public boolean refresh() {
        synchronized (refreshing) {
            OffsetDateTime since;
            Set<String> knownNodes;
            synchronized (this) {
                since = readUpTo == null ? null : readUpTo.minus(LATE_COMMIT_MARGIN);
                knownNodes = Set.copyOf(updates.nodes.keySet());
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            FleetFacts facts = reader.read(since, knownNodes);
            synchronized (this) {
                Set<Instance> changed = updates.apply(facts);
                List<InstanceRow> rows = changed.stream().map(InstanceRows::of).toList();
                Map<String, java.time.Instant> reports = new HashMap<>();
                for (Node node : updates.nodes.values()) {
                    if (node.getLastReport() != null) {
                        reports.put(node.getId(), node.getLastReport().toInstant());
                    }
                }
                readUpTo = now;
                return index.apply(rows, reports);
            }
        }
    }

    /** Whether a first refresh has read the fleet. */
    public synchronized boolean loaded() {
        return readUpTo != null;
    }

    /**
     * Adds an observer of the whole fleet: it hears every notification of every object in it (a node's report
     * time, an instance's state, a new tree), on the refreshing thread. Constant time, however large the fleet.
     */
    public void observe(Adapter observer) {
        notifier.add(observer);
    }

    public void stopObserving(Adapter observer) {
        notifier.remove(observer);
    }

    /** Adds an observer of one instance (the Properties view's), if the model has it. */
    public synchronized Optional<Instance> observe(long instanceId, Adapter observer) {
        Instance instance = updates.instances.get(instanceId);
        if (instance != null) {
            instance.eAdapters().add(observer);
        }
        return Optional.ofNullable(instance);
    }

    public synchronized void stopObserving(Instance instance, Adapter observer) {
        instance.eAdapters().remove(observer);
    }

    /** Runs the reader on the model under its lock: nothing changes while it reads. */
    public synchronized <T> T read(Function<Fleet, T> reading) {
        return reading.apply(fleet);
    }

    /** The rows the query matches, in its order, as of the last refresh applied. */
    public synchronized InstanceIndex.View query(InstanceQuery query) {
        return index.query(query);
    }

    /**
     * The Nodes view's lines as of the last refresh applied: every node not revoked, by site and id; a federated site
     * with what it last told of its nodes and catalog.
     */
    public synchronized List<NodeRow> nodes() {
        return NodeRows.of(fleet);
    }

    /** How many instances the model holds. */
    public synchronized int size() {
        return index.size();
    }
}
