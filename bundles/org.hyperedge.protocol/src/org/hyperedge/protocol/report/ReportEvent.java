package org.hyperedge.protocol.report;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One thing a node reports, numbered by the agent's journal. {@code partition} and {@code instanceId} are
 * empty for node-wide events (a release install, an artifact); {@code data} holds the kind's fields:
 * <ul>
 * <li>{@code install}: release, state (installing, installed, waiting, failed), error, missing (sha256s)</li>
 * <li>{@code instance}: state (started, stopped, destroyed, failed), healthy, connection, error</li>
 * <li>{@code promise}: name, ok, message, ms</li>
 * <li>{@code usage}: from, to, cpuSeconds, memoryMbHours, diskMbHours, instanceHours; source (NODE:SEQ) when a
 * federated master forwards usage of a delegated instance, its record there</li>
 * <li>{@code process}: name, event (started, exited, failed), pid, exitCode, status (the exit in words), log
 * (the last lines of its output, bounded), restartInMs</li>
 * <li>{@code artifact}: sha256, ok, error</li>
 * <li>{@code dropped}: promiseResults (how many results a full journal could not keep)</li>
 * <li>{@code journal}: damage the agent found in its own report journal when it opened it: lostFrom, lostTo (the
 * sequence numbers lost or skipped), bytes, segment, offset, reason</li>
 * <li>{@code desired}: state (held, missing, corrupt), generation, problem, setAsideAs: the agent found its
 * desired state missing or unreadable (it keeps what runs and waits for the master), or holds one again</li>
 * </ul>
 */
public record ReportEvent(long seq, Instant at, Kind kind, String partition, long instanceId, ObjectNode data) {

    public enum Kind {
        INSTALL, INSTANCE, PROMISE, USAGE, PROCESS, ARTIFACT, DROPPED, JOURNAL, DESIRED;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Kind fromWire(String name) {
            for (Kind kind : values()) {
                if (kind.wireName().equals(name)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown report event kind '" + name + "'");
        }
    }

    /** The same event with the sequence number the journal gave it. */
    public ReportEvent withSeq(long number) {
        return new ReportEvent(number, at, kind, partition, instanceId, data);
    }
}
