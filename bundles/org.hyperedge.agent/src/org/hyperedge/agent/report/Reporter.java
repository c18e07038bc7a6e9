package org.hyperedge.agent.report;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.hyperedge.agent.journal.JournalFullException;
import org.hyperedge.agent.journal.ReportJournal;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns what happens on the node into journal events. Policy for a full journal (the journal itself never
 * drops an unacknowledged event):
 * <ul>
 * <li>state events (instance, install, artifact) are kept in memory, latest per subject, and written as
 * soon as the master's acknowledgement frees space: the master always learns the current state;</li>
 * <li>usage is never lost: the caller keeps accumulating until a record is accepted, which then covers the
 * whole gap;</li>
 * <li>promise results and process events are counted, not kept; the count is written as one
 * {@code dropped} event when space returns.</li>
 * </ul>
 */
public final class Reporter {

    private final ReportJournal journal;
    private final Clock clock;
    private final Map<String, ReportEvent> pendingStates = new LinkedHashMap<>();
    private long droppedResults;
    private UnaryOperator<ObjectNode> redaction = UnaryOperator.identity();

    public Reporter(ReportJournal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    public static ObjectNode data() {
        return ReportCodec.JSON.createObjectNode();
    }

    /** A state event: written now, or kept (latest per subject) until the journal has room. */
    public synchronized void state(Kind kind, String partition, long instanceId, String subject, ObjectNode data) {
        ReportEvent event = new ReportEvent(0, clock.instant(), kind, partition, instanceId, data);
        String key = kind + "/" + partition + "/" + subject;
        pendingStates.remove(key);
        flush();
        if (!pendingStates.isEmpty() || !tryAppend(event)) {
            pendingStates.put(key, event);
        }
    }

    /** A result or process event: written now, or counted as dropped when the journal is full. */
    public synchronized void sample(Kind kind, String partition, long instanceId, ObjectNode data) {
        flush();
        if (!tryAppend(new ReportEvent(0, clock.instant(), kind, partition, instanceId, data))) {
            droppedResults++;
        }
    }

    /** A usage record: true when written; false tells the caller to keep accumulating. */
    public synchronized boolean usage(String partition, long instanceId, ObjectNode data) {
        flush();
        return pendingStates.isEmpty() && tryAppend(new ReportEvent(0, clock.instant(), Kind.USAGE, partition, instanceId, data));
    }

    /** Writes what a full journal held back, oldest first; called after acknowledgements free space. */
    public synchronized void flush() {
        if (droppedResults > 0) {
            ObjectNode data = data().put("promiseResults", droppedResults);
            if (!tryAppend(new ReportEvent(0, clock.instant(), Kind.DROPPED, null, 0, data))) {
                return;
            }
            droppedResults = 0;
        }
        var pending = pendingStates.entrySet().iterator();
        while (pending.hasNext()) {
            if (!tryAppend(pending.next().getValue())) {
                return;
            }
            pending.remove();
        }
    }

    public synchronized int heldBack() {
        return pendingStates.size();
    }

    public synchronized long droppedResults() {
        return droppedResults;
    }

    public ReportJournal journal() {
        return journal;
    }

    /** What every event's data goes through before it is journaled: the agent takes secrets out of texts. */
    public synchronized void redactWith(UnaryOperator<ObjectNode> redactor) {
        this.redaction = redactor;
    }

    private boolean tryAppend(ReportEvent event) {
        try {
            ObjectNode data = redaction.apply(event.data());
            journal.append(ReportCodec.payload(data == event.data() ? event
                    : new ReportEvent(event.seq(), event.at(), event.kind(), event.partition(), event.instanceId(), data)));
            return true;
        } catch (JournalFullException e) {
            return false;
        }
    }
}
