package org.hyperedge.connector;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each node may be synced next: one sync of a node at a time, a node that failed backed off (doubling up to a
 * minute, five seconds for a federated master), and when each was last synced. Adopting a node again, or a dialling
 * node's news, clears its back-off. A node whose syncs keep bringing nothing (nothing pushed, nothing ingested) is
 * quiet: after {@link #QUIET_AFTER} it is synced less often, a quarter of the time it has been quiet, up to
 * {@link #MAX_QUIET_INTERVAL}. Its next news or a new desired state for it makes it due every period again; a new
 * desired state is not waited for ({@link Connector} syncs a node that needs a push at the next period).
 * Times are {@link System#nanoTime()} readings.
 */
final class SyncSchedule {

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    /** A federated master is one link carrying many instances, and cheap to ask: back within seconds of its return. */
    static final Duration MAX_FEDERATION_BACKOFF = Duration.ofSeconds(5);

    private final Map<String, Long> notBefore = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Map<String, Long> lastSynced = new ConcurrentHashMap<>();
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    /** When each node's sync last pushed or ingested something, or its first sync here began. */
    private final Map<String, Long> lastNews = new ConcurrentHashMap<>();

    /**
     * How long a node is synced every period after its last news: longer than a service takes between a desired
     * state arriving and its first reports (install, start, promise), so a request's way is never slowed.
     */
    static final Duration QUIET_AFTER = Duration.ofSeconds(5);
    /**
     * The longest a quiet node goes unsynced: its last report's age stays well under the console's 30 s staleness
     * warning, and a promise failing on a dialled node reaches the master within this.
     */
    static final Duration MAX_QUIET_INTERVAL = Duration.ofSeconds(10);

    /** The node is due now: its back-off, if any, is over, and no sync of it runs; when true it is marked running. */
    boolean begin(String nodeId, long now) {
        return now >= notBefore.getOrDefault(nodeId, Long.MIN_VALUE) && running.add(nodeId);
    }

    /** Whether the node was synced less than {@code period} before {@code now}. */
    boolean syncedWithin(String nodeId, long now, Duration period) {
        return now - lastSynced.getOrDefault(nodeId, now - period.toNanos()) < period.toNanos();
    }

    /** The sync begun at {@code startedAt} succeeded: no more back-off; {@code news} when it pushed or ingested. */
    void succeeded(String nodeId, long startedAt, boolean news) {
        failures.remove(nodeId);
        notBefore.remove(nodeId);
        lastSynced.put(nodeId, startedAt);
        if (news) {
            lastNews.put(nodeId, startedAt);
        } else {
            lastNews.putIfAbsent(nodeId, startedAt);
        }
    }

    /**
     * Whether a node with nothing to push may be left until a later period: it has been quiet past
     * {@link #QUIET_AFTER} and was synced within its quiet interval (a quarter of its quiet time, at least
     * {@code period}, at most {@link #MAX_QUIET_INTERVAL}).
     */
    boolean quietFor(String nodeId, long now, Duration period) {
        Long news = lastNews.get(nodeId);
        if (news == null) {
            return false;
        }
        long quiet = now - news;
        if (quiet < QUIET_AFTER.toNanos()) {
            return false;
        }
        long interval = Math.min(MAX_QUIET_INTERVAL.toNanos(), Math.max(period.toNanos(), quiet / 4));
        return syncedWithin(nodeId, now, Duration.ofNanos(interval));
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
        lastNews.remove(nodeId);
    }
}
