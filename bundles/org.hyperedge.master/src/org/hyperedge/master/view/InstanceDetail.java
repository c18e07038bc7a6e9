package org.hyperedge.master.view;

import java.time.Instant;
import java.util.List;

import org.hyperedge.master.monitoring.ProcessExit;

/**
 * Everything the Properties view shows about one instance: its row, the parameters it was requested with
 * and the connection parameters it published (JSON objects as text), the latest events its node reported
 * about it (newest first), the latest result of each of its promises, and how each of its processes last
 * ended (exit status and last output lines), newest first; its newest data backup (null: none yet).
 */
public record InstanceDetail(InstanceRow row, String parameters, String sla, String connectionParameters,
        List<HistoryEntry> history, List<PromiseStatus> promises, List<ProcessExit> exits,
        org.hyperedge.master.recovery.InstanceBackups.Backup lastBackup) {

    public InstanceDetail(InstanceRow row, String parameters, String sla, String connectionParameters,
            List<HistoryEntry> history, List<PromiseStatus> promises, List<ProcessExit> exits) {
        this(row, parameters, sla, connectionParameters, history, promises, exits, null);
    }

    /** One reported event: a state change, a process exit, an install step. */
    public record HistoryEntry(Instant at, String kind, String summary) {
    }

    public record PromiseStatus(String name, boolean ok, String message, Instant checkedAt) {
    }
}
