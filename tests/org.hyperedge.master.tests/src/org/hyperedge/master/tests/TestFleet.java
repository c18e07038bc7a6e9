package org.hyperedge.master.tests;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.master.sync.ReportIngest;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportCodec.Page;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Adopted nodes with instances placed on them, and the reports those nodes send, through the real ingest. */
final class TestFleet {

    private final TestMaster master;
    private final ReportIngest ingest;
    private final Map<String, Long> cursors = new HashMap<>();
    private final Map<Long, String> nodeOf = new HashMap<>();

    TestFleet(TestMaster master) {
        this.master = master;
        this.ingest = new ReportIngest(master.database());
    }

    void adopt(String node) {
        new NodeLinks(master.database()).adopt(new NodeSpec(node, "factory", "127.0.0." + (cursors.size() + 1) + ":7443",
                64_000, 65_536, 1_000_000, Map.of(), 20, 20_000 + 1000 * cursors.size(), 10), "ab".repeat(32));
        cursors.put(node, 0L);
    }

    /** A root instance (its own tree) placed on the node. */
    InstanceRecord place(String node, String title) throws org.hyperedge.master.request.RequestRefused {
        InstanceRecord instance = master.requests().request(Request.root(title, "builtin:h2-database", "default",
                ReportCodec.JSON.createObjectNode()).withSla(Map.of("node", node)));
        nodeOf.put(instance.id(), node);
        return instance;
    }

    /** Sends the events as the instance's node would: the next sequence numbers, in one page. */
    ReportIngest.Outcome report(String node, List<ReportEvent> events) {
        long seq = cursors.get(node);
        List<ReportEvent> numbered = new ArrayList<>();
        for (ReportEvent event : events) {
            numbered.add(event.withSeq(++seq));
        }
        Page page = new Page(node, seq, numbered);
        ReportIngest.Outcome outcome = ingest.ingest(node, page);
        cursors.put(node, seq);
        return outcome;
    }

    /** Sends a page again exactly as before (a master that did not acknowledge it). */
    ReportIngest.Outcome replay(String node, long fromSeq, List<ReportEvent> events) {
        List<ReportEvent> numbered = new ArrayList<>();
        long seq = fromSeq;
        for (ReportEvent event : events) {
            numbered.add(event.withSeq(++seq));
        }
        return ingest.ingest(node, new Page(node, seq, numbered));
    }

    long cursor(String node) {
        return cursors.get(node);
    }

    String nodeOf(long instance) {
        return nodeOf.get(instance);
    }

    static ReportEvent promise(long instance, String name, boolean ok, Instant at) {
        return new ReportEvent(0, at, Kind.PROMISE, "p000", instance, ReportCodec.JSON.createObjectNode().put("name", name)
                .put("ok", ok).put("message", ok ? "listening" : "connection refused"));
    }

    static ReportEvent install(String release, String state, String error) {
        ObjectNode data = ReportCodec.JSON.createObjectNode().put("release", release).put("state", state);
        if (error != null) {
            data.put("error", error);
        }
        return new ReportEvent(0, Instant.now(), Kind.INSTALL, null, 0, data);
    }

    static ReportEvent usage(long instance, Instant from, Instant to, BigDecimal cpuSeconds, BigDecimal memoryMbHours,
            BigDecimal diskMbHours, BigDecimal instanceHours) {
        return new ReportEvent(0, to, Kind.USAGE, "p000", instance, ReportCodec.JSON.createObjectNode()
                .put("from", from.toString()).put("to", to.toString()).put("cpuSeconds", cpuSeconds)
                .put("memoryMbHours", memoryMbHours).put("diskMbHours", diskMbHours).put("instanceHours", instanceHours));
    }
}
