package org.hyperedge.agent.report;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;
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
 * <li>state events (instance, install, artifact, desired) are kept, latest per subject, and written as soon
 * as the master's acknowledgement frees space: the master always learns the current state;</li>
 * <li>usage is never lost: the caller keeps accumulating until a record is accepted, which then covers the
 * whole gap; a partition's final record (it is being destroyed) is kept like a state;</li>
 * <li>promise results and process events are counted, not kept; the count is written as one
 * {@code dropped} event when space returns.</li>
 * </ul>
 * What is held and the count survive a restart: they are kept on disk ({@link HeldReports}) as they change.
 */
public final class Reporter {

    private final ReportJournal journal;
    private final Clock clock;
    private final HeldReports disk;
    private final Map<String, ReportEvent> pendingStates = new LinkedHashMap<>();
    private long droppedResults;
    private UnaryOperator<ObjectNode> redaction = UnaryOperator.identity();

    /** A reporter whose held reports live in memory only (tests of the policy itself). */
    public Reporter(ReportJournal journal, Clock clock) {
        this(journal, clock, null);
    }

    /** A reporter that keeps what a full journal made it hold in {@code heldFile}, and takes it back from there. */
    public Reporter(ReportJournal journal, Clock clock, Path heldFile) {
        this.journal = journal;
        this.clock = clock;
        this.disk = heldFile == null ? null : new HeldReports(heldFile);
        if (disk != null) {
            droppedResults = disk.restore(pendingStates, journal.lastSeq());
        }
    }

    public static ObjectNode data() {
        return ReportCodec.JSON.createObjectNode();
    }

    /** A state event: written now, or kept (latest per subject) until the journal has room. */
    public synchronized void state(Kind kind, String partition, long instanceId, String subject, ObjectNode data) {
        ReportEvent event = new ReportEvent(0, clock.instant(), kind, partition, instanceId, data);
        String key = kind + "/" + partition + "/" + subject;
        boolean replaced = pendingStates.remove(key) != null;
        flush();
        if (!pendingStates.isEmpty() || !tryAppend(event)) {
            pendingStates.put(key, event);
            save();
        } else if (replaced) {
            save();
        }
    }

    /** A result or process event: written now, or counted as dropped when the journal is full. */
    public synchronized void sample(Kind kind, String partition, long instanceId, ObjectNode data) {
        flush();
        if (!tryAppend(new ReportEvent(0, clock.instant(), kind, partition, instanceId, data))) {
            droppedResults++;
            save();
        }
    }

    /** A usage record: true when written; false tells the caller to keep accumulating. */
    public synchronized boolean usage(String partition, long instanceId, ObjectNode data) {
        return usage(partition, instanceId, data, false, seq -> { });
    }

    /**
     * A usage record. {@code writing} learns the sequence number the record gets just before it is appended
     * (so the caller's checkpoint can tell, after a crash, whether it was). True when written, or held
     * because it is the {@code last} of its partition; false tells the caller to keep accumulating.
     */
    public synchronized boolean usage(String partition, long instanceId, ObjectNode data, boolean last,
            LongConsumer writing) {
        flush();
        ReportEvent event = new ReportEvent(0, clock.instant(), Kind.USAGE, partition, instanceId, data);
        if (pendingStates.isEmpty()) {
            writing.accept(journal.lastSeq() + 1);
            if (tryAppend(event)) {
                return true;
            }
        }
        if (last) {
            pendingStates.put(Kind.USAGE + "/" + partition + "/final-" + instanceId, event);
            save();
            return true;
        }
        return false;
    }

    /**
     * Writes what a full journal held back, oldest first; called after acknowledgements free space. A held
     * state written twice by a crash between its append and the file's update is harmless; a held usage
     * record is written exactly once (the file names its sequence number before it is appended).
     */
    public synchronized void flush() {
        if (droppedResults == 0 && pendingStates.isEmpty()) {
            return;
        }
        boolean changed = false;
        try {
            if (droppedResults > 0) {
                ObjectNode data = data().put("promiseResults", droppedResults);
                if (!tryAppend(new ReportEvent(0, clock.instant(), Kind.DROPPED, null, 0, data))) {
                    return;
                }
                droppedResults = 0;
                changed = true;
            }
            var pending = pendingStates.entrySet().iterator();
            while (pending.hasNext()) {
                var held = pending.next();
                boolean usage = held.getValue().kind() == Kind.USAGE && disk != null;
                if (usage) {
                    disk.save(pendingStates, droppedResults, held.getKey(), journal.lastSeq() + 1);
                }
                if (!tryAppend(held.getValue())) {
                    changed |= usage; // the in-flight mark goes: nothing was written
                    return;
                }
                pending.remove();
                changed = true;
            }
        } finally {
            if (changed) {
                save();
            }
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

    private void save() {
        if (disk != null) {
            disk.save(pendingStates, droppedResults, null, 0);
        }
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
