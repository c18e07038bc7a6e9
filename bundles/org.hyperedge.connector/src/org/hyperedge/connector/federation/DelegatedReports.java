package org.hyperedge.connector.federation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.hyperedge.master.Master;
import org.hyperedge.master.federation.DelegatedUsage;
import org.hyperedge.master.federation.FederationJournal;
import org.hyperedge.master.federation.ForwardedUsage;
import org.hyperedge.master.federation.DelegatedInstances.Delegated;
import org.hyperedge.master.store.Durability;
import org.hyperedge.master.sync.InstanceReports.Reported;
import org.hyperedge.protocol.desired.DesiredState;
import org.hyperedge.protocol.report.HeldDesired;
import org.hyperedge.protocol.report.JournalEpoch;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What this master reports to each peer that delegates to it, in the node protocol's terms: a journal of
 * {@code instance} events (state, health, connection parameters, error) numbered per peer, added whenever a delegated
 * instance's report here changed, read after a cursor and forgotten once acknowledged. The journal is kept in this
 * master's database ({@link FederationJournal}), under an epoch made once: a master killed at any point serves after
 * its restart what the peer had not acknowledged, under the same numbers, and says nothing twice. A page offers only
 * events whose commit is on disk ({@link Durability}), so the peer never reads a number a crash could give again to
 * another event.
 *
 * <p>The usage this master's nodes reported for delegated instances goes into the same journal as {@code usage} events
 * of the peer's instances (same period and quantities, naming their record here as their
 * {@link ForwardedUsage#FIELD source}). What the peer acknowledges is written down ({@link DelegatedUsage}) in the
 * transaction that forgets the events, and the peer books a record it has already once ({@link ForwardedUsage}):
 * usage flows back exactly once.
 */
final class DelegatedReports {

    /** Usage records added per page read at most, and no more while this many events wait for an acknowledgement. */
    private static final int USAGE_BATCH = 500;

    private final Master master;
    private final FederationJournal journal;
    private final Durability durability;
    /** Per peer, its instances' partitions as its last push named them: the references its events carry. */
    private final Map<String, Map<Long, String>> partitions = new HashMap<>();
    /** Per peer, the first seq of each batch journaled whose commit may not be on disk yet, with its durability mark. */
    private final Map<String, NavigableMap<Long, Long>> notDurable = new HashMap<>();

    DelegatedReports(Master master) {
        this.master = master;
        this.journal = master.federationJournal();
        this.durability = master.durability();
    }

    /** Null when the peer's desired state is newer than the one applied last; else why it is not applied again. */
    synchronized String notNewer(String peer, DesiredState state) {
        FederationJournal.Head head = journal.head(peer);
        if (head.newer(state.epoch(), state.generation())) {
            return null;
        }
        return "generation " + state.generation() + " (epoch " + state.epoch() + ") is not newer than generation "
                + head.heldGeneration() + " (epoch " + head.heldEpoch() + ") applied already: not applied again";
    }

    /** The peer's desired state is applied: the pages say it is held, and name this master as the push did. */
    synchronized void held(String peer, DesiredState state, Map<Long, String> partitionsOfPeer) {
        journal.held(peer, state.node(), state.epoch(), state.generation());
        journal.forgetGone(peer);
        partitions.put(peer, Map.copyOf(partitionsOfPeer));
    }

    /** The generation of the peer's desired state applied last. */
    synchronized long heldGeneration(String peer) {
        return journal.head(peer).heldGeneration();
    }

    /** A page of events after {@code after}, up to {@code max}, naming this master as the peer knows it. */
    synchronized byte[] page(String peer, long after, int max) {
        FederationJournal.Head head = journal.head(peer);
        List<FederationJournal.Event> entries = new ArrayList<>();
        // usage first, as an agent reports it: a final record comes before the destroyed state that ends the instance
        if (head.lastSeq() - head.acknowledgedSeq() < USAGE_BATCH) {
            forwardUsage(peer, entries);
        }
        refresh(peer, entries, master.delegatedInstances().of(peer));
        long last = head.lastSeq();
        if (!entries.isEmpty()) {
            long first = journal.append(peer, entries);
            last = first + entries.size() - 1;
            notDurable.computeIfAbsent(peer, p -> new TreeMap<>()).put(first, durability.mark());
        }
        long servable = servable(peer, last);
        List<ReportEvent> page = journal.events(peer, after, servable, max);
        String node = head.nodeName() == null ? peer : head.nodeName();
        return ReportCodec.page(node, page, servable, new JournalEpoch(head.epoch(), 1), Instant.now(),
                HeldDesired.holding(head.heldGeneration()));
    }

    /** The peer stored everything up to {@code seq} of {@code epochId}: forgotten here. */
    synchronized FederationJournal.Acknowledged acknowledge(String peer, long seq, String epochId) {
        return journal.acknowledge(peer, epochId, seq);
    }

    /** The journal's epoch for the peer. */
    String epochId(String peer) {
        return journal.head(peer).epoch();
    }

    /** The last seq whose commit is on disk: events journaled in a batch not durable yet wait for it. */
    private long servable(String peer, long last) {
        NavigableMap<Long, Long> waiting = notDurable.get(peer);
        if (waiting == null) {
            return last;
        }
        while (!waiting.isEmpty() && durability.reached(waiting.firstEntry().getValue())) {
            waiting.pollFirstEntry();
        }
        return waiting.isEmpty() ? last : waiting.firstKey() - 1;
    }

    /** Adds a usage event for each usage record of the peer's instances not journaled nor acknowledged yet. */
    private void forwardUsage(String peer, List<FederationJournal.Event> entries) {
        Map<Long, String> references = partitions.getOrDefault(peer, Map.of());
        for (DelegatedUsage.Record record : master.delegatedUsage().after(peer, journal.usageJournaled(peer),
                USAGE_BATCH)) {
            ObjectNode data = ReportCodec.JSON.createObjectNode();
            data.put("from", record.from().toString()).put("to", record.to().toString())
                    // as text: the peer reads the exact decimals booked here, not a double's nearest value
                    .put("cpuSeconds", record.cpuSeconds().toPlainString())
                    .put("memoryMbHours", record.memoryMbHours().toPlainString())
                    .put("diskMbHours", record.diskMbHours().toPlainString())
                    .put("instanceHours", record.instanceHours().toPlainString())
                    .put(ForwardedUsage.FIELD, record.source());
            entries.add(new FederationJournal.Event(ReportEvent.Kind.USAGE, record.to(),
                    references.getOrDefault(record.remoteId(), ""), record.remoteId(), data, record.nodeId(),
                    record.seq()));
        }
    }

    /** Adds an event for each delegated instance whose state here differs from what was said last. */
    private void refresh(String peer, List<FederationJournal.Event> entries, List<Delegated> delegated) {
        Map<Long, String> said = journal.said(peer);
        Map<Long, String> references = partitions.getOrDefault(peer, Map.of());
        for (Delegated d : delegated) {
            ObjectNode data = ReportCodec.JSON.createObjectNode();
            if (d.refused() != null) {
                // a request this master refused waits on the peer with the reason (its next push tries again); a loop
                // is final
                data.put("state", d.refused().startsWith(DelegatedDesired.REFUSED) ? "waiting" : "failed")
                        .put("healthy", false).put("error", d.refused());
            } else if (d.instanceId() != null) {
                Reported reported = master.instanceReports().find(d.instanceId()).orElse(null);
                if (reported == null || reported.state() == null) {
                    continue; // nothing reported here yet: the peer keeps what it knows
                }
                data.put("state", reported.state()).put("healthy", reported.healthy());
                try {
                    data.set("connection", ReportCodec.JSON.readTree(reported.connectionJson()));
                } catch (java.io.IOException e) {
                    data.putObject("connection");
                }
                if (reported.error() != null) {
                    data.put("error", reported.error());
                }
            } else {
                continue;
            }
            if (!data.toString().equals(said.get(d.remoteId()))) {
                entries.add(new FederationJournal.Event(ReportEvent.Kind.INSTANCE, Instant.now(),
                        references.getOrDefault(d.remoteId(), ""), d.remoteId(), data, null, null));
            }
        }
    }
}
