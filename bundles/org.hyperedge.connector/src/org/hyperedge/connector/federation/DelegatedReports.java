package org.hyperedge.connector.federation;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.Master;
import org.hyperedge.master.federation.DelegatedUsage;
import org.hyperedge.master.federation.ForwardedUsage;
import org.hyperedge.master.federation.DelegatedInstances.Delegated;
import org.hyperedge.master.sync.InstanceReports.Reported;
import org.hyperedge.protocol.report.HeldDesired;
import org.hyperedge.protocol.report.JournalEpoch;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What this master reports to each peer that delegates to it, in the node protocol's terms: a journal of
 * {@code instance} events (state, health, connection parameters, error) numbered per peer, added whenever a delegated
 * instance's report here changed, read after a cursor and forgotten once acknowledged. The journal lives in memory
 * under an epoch made when this master started: after a restart the peer sees a new epoch, reads the journal from 1,
 * and the first page states every delegated instance afresh; its held desired generation is 0 then, so the peer
 * pushes its desired state again at once. Nothing is lost, some states are said twice, which ingest takes as it is.
 *
 * <p>The usage this master's nodes reported for delegated instances goes into the same journal as {@code usage} events
 * of the peer's instances (same period and quantities, naming their record here as their
 * {@link ForwardedUsage#FIELD source}). What the peer acknowledges is written down ({@link DelegatedUsage}), so a
 * restart forwards again only the rest, and the peer books a record it has already once
 * ({@link ForwardedUsage}): usage flows back exactly once.
 */
final class DelegatedReports {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Master master;
    private final JournalEpoch epoch;
    private final Map<String, Journal> journals = new HashMap<>();

    private static final class Journal {
        final List<ReportEvent> events = new ArrayList<>();
        final Map<Long, String> said = new HashMap<>();
        final Map<Long, String> partitions = new HashMap<>();
        /** Per node here, the last usage record put in this journal. */
        final Map<String, Long> usageQueued = new HashMap<>();
        /** The usage record each usage event of this journal forwards, by the event's seq. */
        final Map<Long, DelegatedUsage.Record> usageEvents = new HashMap<>();
        long last;
        long heldGeneration;
    }

    /** Usage records added per page read at most, and no more while this many events wait for an acknowledgement. */
    private static final int USAGE_BATCH = 500;

    DelegatedReports(Master master) {
        this.master = master;
        byte[] id = new byte[8];
        RANDOM.nextBytes(id);
        this.epoch = new JournalEpoch(HexFormat.of().formatHex(id), 1);
    }

    /** The peer's desired state of this generation is applied: the pages say it is held. */
    synchronized void held(String peer, long generation, Map<Long, String> partitions) {
        Journal journal = journal(peer);
        journal.heldGeneration = generation;
        journal.partitions.clear();
        journal.partitions.putAll(partitions);
    }

    /** A page of events after {@code after}, up to {@code max}, for the node the peer calls this master. */
    synchronized byte[] page(String peer, String node, long after, int max) {
        Journal journal = journal(peer);
        // usage first, as an agent reports it: a final record comes before the destroyed state that ends the instance
        forwardUsage(peer, journal);
        refresh(journal, master.delegatedInstances().of(peer));
        List<ReportEvent> page = new ArrayList<>();
        for (ReportEvent event : journal.events) {
            if (event.seq() > after && page.size() < max) {
                page.add(event);
            }
        }
        return ReportCodec.page(node, page, journal.last, epoch, Instant.now(), HeldDesired.holding(journal.heldGeneration));
    }

    /** The peer stored everything up to {@code seq} of {@code epochId}: forgotten here. False: another epoch. */
    synchronized boolean acknowledge(String peer, long seq, String epochId) {
        if (epochId != null && !epochId.equals(epoch.id())) {
            return false;
        }
        Journal journal = journal(peer);
        journal.events.removeIf(event -> event.seq() <= seq);
        Map<String, Long> forwarded = new HashMap<>();
        journal.usageEvents.entrySet().removeIf(entry -> {
            if (entry.getKey() > seq) {
                return false;
            }
            forwarded.merge(entry.getValue().nodeId(), entry.getValue().seq(), Math::max);
            return true;
        });
        master.delegatedUsage().acknowledged(peer, forwarded);
        return true;
    }

    String epochId() {
        return epoch.id();
    }

    private Journal journal(String peer) {
        return journals.computeIfAbsent(peer, p -> new Journal());
    }

    /** Adds a usage event for each usage record of the peer's instances not in the journal yet. */
    private void forwardUsage(String peer, Journal journal) {
        if (journal.events.size() >= USAGE_BATCH) {
            return; // the peer reads and acknowledges these first
        }
        for (DelegatedUsage.Record record : master.delegatedUsage().after(peer, journal.usageQueued, USAGE_BATCH)) {
            ObjectNode data = ReportCodec.JSON.createObjectNode();
            data.put("from", record.from().toString()).put("to", record.to().toString())
                    // as text: the peer reads the exact decimals booked here, not a double's nearest value
                    .put("cpuSeconds", record.cpuSeconds().toPlainString())
                    .put("memoryMbHours", record.memoryMbHours().toPlainString())
                    .put("diskMbHours", record.diskMbHours().toPlainString())
                    .put("instanceHours", record.instanceHours().toPlainString())
                    .put(ForwardedUsage.FIELD, record.source());
            journal.last++;
            journal.events.add(new ReportEvent(journal.last, record.to(), ReportEvent.Kind.USAGE,
                    journal.partitions.getOrDefault(record.remoteId(), ""), record.remoteId(), data));
            journal.usageEvents.put(journal.last, record);
            journal.usageQueued.merge(record.nodeId(), record.seq(), Math::max);
        }
    }

    /** Adds an event for each delegated instance whose state here differs from what was said last. */
    private void refresh(Journal journal, List<Delegated> delegated) {
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
            String text = data.toString();
            if (!text.equals(journal.said.get(d.remoteId()))) {
                journal.said.put(d.remoteId(), text);
                journal.last++;
                journal.events.add(new ReportEvent(journal.last, Instant.now(), ReportEvent.Kind.INSTANCE,
                        journal.partitions.getOrDefault(d.remoteId(), ""), d.remoteId(), data));
            }
        }
    }
}
