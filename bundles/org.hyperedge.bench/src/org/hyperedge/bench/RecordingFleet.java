package org.hyperedge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.hyperedge.protocol.desired.DesiredStateCodec;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * Dialled simulated nodes that keep what a real agent keeps, for {@code bench fleet}: a report journal (one promise
 * result more at each report request, served after the master's cursor until acknowledged, like the agent's), the
 * desired state generation each holds and when a new one arrived, and when each was last asked for its reports. Node
 * {@code i} is loopback address {@code 127.x.y.z} behind one mutual TLS listener pinned to the masters' shared
 * certificate ({@link LoopbackNodeListener}), as in {@link SimulatedFleet}.
 */
final class RecordingFleet implements AutoCloseable {

    /** One simulated node's journal and receipts; guarded by itself. */
    static final class RecordedNode {
        final String id;
        /** The instance its promise results are about (each node its own, as a real node's are). */
        volatile long instanceId;
        volatile String partition = "p000";
        long heldGeneration;
        /** A generation above this one is the change being measured; its arrival time (nanoTime) once it came. */
        long changeAbove = Long.MAX_VALUE;
        long changeReceivedAt;
        long nextSeq = 1;
        long acknowledged;
        long lastAskedAt;
        long longestGap;
        long asked;

        RecordedNode(String id) {
            this.id = id;
        }

        synchronized long generated() {
            return nextSeq - 1;
        }

        synchronized long acknowledged() {
            return acknowledged;
        }

        synchronized long heldGeneration() {
            return heldGeneration;
        }

        synchronized long changeReceivedAt() {
            return changeReceivedAt;
        }

        synchronized long lastAskedAt() {
            return lastAskedAt;
        }

    }

    private final LoopbackNodeListener listener;
    private final Map<String, RecordedNode> nodes = new ConcurrentHashMap<>();
    private final Map<String, RecordedNode> byId = new ConcurrentHashMap<>();
    private final AtomicLong reportRequests = new AtomicLong();
    private volatile boolean quiet;

    RecordingFleet(TlsIdentity identity, String masterFingerprint, int port) throws IOException {
        listener = new LoopbackNodeListener(identity, masterFingerprint, port, "recording-node",
                (address, method, target, body) -> {
                    RecordedNode node = nodes.get(address);
                    return node == null ? null : answer(node, method, target, body);
                });
    }

    /** Registers simulated node {@code index} (0-based); returns its node id. */
    String add(int index, int port) {
        String address = SimulatedFleet.address(index, port);
        String ip = address.substring(0, address.lastIndexOf(':'));
        RecordedNode node = new RecordedNode(SimulatedFleet.nodeName(ip));
        nodes.put(ip, node);
        byId.put(node.id, node);
        return node.id;
    }

    /** The node hosts instance {@code instanceId} in {@code partition}: its promise results are about it. */
    void hosts(String nodeId, long instanceId, String partition) {
        RecordedNode node = byId.get(nodeId);
        node.instanceId = instanceId;
        node.partition = partition;
    }

    Collection<RecordedNode> nodes() {
        return nodes.values();
    }

    /** Report requests answered so far: one per sync. */
    long reportRequests() {
        return reportRequests.get();
    }

    /** From now on, a generation above the one each node holds now is the change whose delivery is timed. */
    void awaitChange() {
        for (RecordedNode node : nodes.values()) {
            synchronized (node) {
                node.changeAbove = node.heldGeneration;
                node.changeReceivedAt = 0;
            }
        }
    }

    /** Starts counting the longest gap between two report requests of each node afresh. */
    void resetGaps() {
        for (RecordedNode node : nodes.values()) {
            synchronized (node) {
                node.longestGap = 0;
            }
        }
    }

    /**
     * The longest any node waited between two report requests since {@link #resetGaps}, counting the wait of a node
     * not asked again by now (nanoseconds).
     */
    long longestGap() {
        long now = System.nanoTime();
        long longest = 0;
        for (RecordedNode node : nodes.values()) {
            synchronized (node) {
                longest = Math.max(longest, Math.max(node.longestGap, node.lastAskedAt == 0 ? 0 : now - node.lastAskedAt));
            }
        }
        return longest;
    }

    /** No new report events from now on: what was journalled is still served until acknowledged. */
    void quiet() {
        quiet = true;
    }

    private byte[] answer(RecordedNode node, String method, String target, byte[] request) {
        if ("PUT".equals(method) && target.equals("/v1/desired")) {
            long generation = DesiredStateCodec.read(request).generation();
            long now = System.nanoTime();
            synchronized (node) {
                node.heldGeneration = Math.max(node.heldGeneration, generation);
                if (generation > node.changeAbove && node.changeReceivedAt == 0) {
                    node.changeReceivedAt = now;
                }
            }
        } else if ("POST".equals(method) && target.equals("/v1/reports/ack")) {
            long seq = ReportCodec.readAck(request);
            synchronized (node) {
                node.acknowledged = Math.max(node.acknowledged, seq);
            }
        } else if (target.startsWith("/v1/reports?")) {
            reportRequests.incrementAndGet();
            return page(node, Long.parseLong(target.replaceAll(".*after=(\\d+).*", "$1")));
        }
        return "{}".getBytes(StandardCharsets.US_ASCII);
    }

    /** The events after the master's cursor, one new one journalled first: an agent whose promise ran since. */
    private byte[] page(RecordedNode node, long after) {
        List<ReportEvent> events = new ArrayList<>();
        long last;
        synchronized (node) {
            long now = System.nanoTime();
            if (node.lastAskedAt != 0) {
                node.longestGap = Math.max(node.longestGap, now - node.lastAskedAt);
            }
            node.lastAskedAt = now;
            node.asked++;
            if (!quiet) {
                node.nextSeq++;
            }
            last = node.nextSeq - 1;
            for (long seq = Math.max(after, node.acknowledged) + 1; seq <= last && events.size() < 1000; seq++) {
                events.add(new ReportEvent(seq, Instant.now(), Kind.PROMISE, node.partition, node.instanceId, ReportCodec.JSON.createObjectNode()
                        .put("name", "tcp-listening").put("ok", true).put("message", "simulated").put("ms", 1)));
            }
        }
        return ReportCodec.page(node.id, events, last);
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
