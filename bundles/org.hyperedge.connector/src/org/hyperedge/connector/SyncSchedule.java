package org.hyperedge.connector;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each node may be synced next: one sync of a node at a time, a node that failed backed off (doubling up to a
 * minute, five seconds for a federated master), and when each was last synced. Adopting a node again, or a dialling
 * node's news, clears its back-off. Times are {@link System#nanoTime()} readings.
 */
final class SyncSchedule {

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    /** A federated master is one link carrying many instances, and cheap to ask: back within seconds of its return. */
    static final Duration MAX_FEDERATION_BACKOFF = Duration.ofSeconds(5);

    private final Map<String, Long> notBefore = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Map<String, Long> lastSynced = new ConcurrentHashMap<>();
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    /** The node is due now: its back-off, if any, is over, and no sync of it runs; when true it is marked running. */
    boolean begin(String nodeId, long now) {
        return now >= notBefore.getOrDefault(nodeId, Long.MIN_VALUE) && running.add(nodeId);
    }

    /** Whether the node was synced less than {@code period} before {@code now}. */
    boolean syncedWithin(String nodeId, long now, Duration period) {
        return now - lastSynced.getOrDefault(nodeId, now - period.toNanos()) < period.toNanos();
    }

    /** The sync begun at {@code startedAt} succeeded: no more back-off. */
    void succeeded(String nodeId, long startedAt) {
        failures.remove(nodeId);
        notBefore.remove(nodeId);
        lastSynced.put(nodeId, startedAt);
    }

    /** The sync failed: the node waits twice as long as after its last failure, up to the maximum of its kind. */
    void failed(String nodeId, boolean federatedMaster) {
        int failed = failures.merge(nodeId, 1, Integer::sum);
        long backoffMs = Math.min((federatedMaster ? MAX_FEDERATION_BACKOFF : MAX_BACKOFF).toMillis(),
                1000L << Math.min(16, failed - 1));
        notBefore.put(nodeId, System.nanoTime() + backoffMs * 1_000_000);
    }

    /** Whether a sync of the node runs now. */
    boolean running(String nodeId) {
        return running.contains(nodeId);
    }

    /** The sync begun with {@link #begin} ended, whichever way. */
    void end(String nodeId) {
        running.remove(nodeId);
    }

    /** The node is due at once (adopted again, federated again, or a dialling node with news). */
    void dueNow(String nodeId) {
        notBefore.remove(nodeId);
        failures.remove(nodeId);
    }
}
