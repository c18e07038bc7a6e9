package org.hyperedge.connector;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hyperedge.master.sync.NodeLink;

/**
 * Which of a dialled node's addresses (issue 18, item 3) are dead, and when each is tried again: a path that failed
 * waits 1 s, then twice as long after each further failure, up to a minute, before one probe may find it back. The
 * paths in use are the healthy ones in the order the node was adopted with, so the first comes back into use as
 * soon as a probe finds it answering. Memory only: a master that starts again tries every path afresh.
 */
final class NodePaths {

    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration MAX_RETRY = Duration.ofMinutes(1);

    /** A dead path: how often it failed in a row, when it may be probed (nanoTime), and whether a probe runs now. */
    private record Dead(int failures, long retryAt, boolean probing) {
    }

    private final Map<String, Dead> dead = new ConcurrentHashMap<>();

    /**
     * The addresses a call to the node tries, in order: its healthy ones as adopted; when every one is dead, all of
     * them all the same (a sync tries what there is; the connector's own backoff spaces such syncs).
     */
    List<String> usable(NodeLink node) {
        List<String> healthy = new ArrayList<>();
        for (String address : node.addresses()) {
            if (!dead.containsKey(key(node, address))) {
                healthy.add(address);
            }
        }
        return healthy.isEmpty() ? node.addresses() : healthy;
    }

    /** The dead addresses whose wait is over, each now marked as being probed (so one probe runs at a time). */
    List<String> takeDueProbes(NodeLink node, long now) {
        List<String> due = new ArrayList<>();
        for (String address : node.addresses()) {
            Dead path = dead.get(key(node, address));
            if (path != null && !path.probing() && now - path.retryAt() >= 0
                    && dead.replace(key(node, address), path, new Dead(path.failures(), path.retryAt(), true))) {
                due.add(address);
            }
        }
        return due;
    }

    /** The path failed (a call or a probe): it waits longer before the next probe. */
    void failed(NodeLink node, String address, long now) {
        dead.compute(key(node, address), (key, path) -> {
            int failures = path == null ? 1 : path.failures() + 1;
            long waitMs = Math.min(MAX_RETRY.toMillis(), FIRST_RETRY.toMillis() << Math.min(16, failures - 1));
            return new Dead(failures, now + waitMs * 1_000_000, false);
        });
    }

    /** The path answered: used again. Returns whether it was dead until now. */
    boolean answered(NodeLink node, String address) {
        return dead.remove(key(node, address)) != null;
    }

    private static String key(NodeLink node, String address) {
        return node.nodeId() + " " + address;
    }
}
