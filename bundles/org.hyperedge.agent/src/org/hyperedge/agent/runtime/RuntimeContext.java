package org.hyperedge.agent.runtime;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

import org.hyperedge.agent.partition.PartitionLayout;
import org.hyperedge.agent.report.Reporter;
import org.hyperedge.agent.seal.NodeSeal;

/**
 * What every partition runtime shares: where partitions live, the agent-private directory beside them
 * (secrets, pids, process output: nothing a service can tamper with), accounts, the reporter, the scheduler
 * for promises and restarts, {@code wake} to make the converger run again, and the node's sealing key
 * (opening sealed parameters, sealing secret connection values), the instance data backups the node holds, and
 * how long a promise that keeps passing the same way goes unreported ({@link Duration#ZERO}: never).
 */
public record RuntimeContext(PartitionLayout layout, Path privateRoot, UnixUsers users, Reporter reporter,
        ScheduledExecutorService scheduler, Clock clock, String serviceIp, Duration grace, Runnable wake, NodeSeal seal,
        org.hyperedge.agent.backup.BackupStore backups, Duration promiseHeartbeat) {
}
