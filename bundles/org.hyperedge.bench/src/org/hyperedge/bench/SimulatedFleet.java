package org.hyperedge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * Many simulated nodes behind one TLS listener ({@link LoopbackNodeListener}: a loopback address each), speaking the
 * real protocol: each accepts desired states, answers every report request with two new promise results and takes
 * acknowledgements.
 */
final class SimulatedFleet implements AutoCloseable {

    private final Map<String, AtomicLong> lastSeq = new ConcurrentHashMap<>();
    private final LoopbackNodeListener listener;

    SimulatedFleet(TlsIdentity identity, String masterFingerprint, int port) throws IOException {
        listener = new LoopbackNodeListener(identity, masterFingerprint, port, "simulated-node",
                (node, method, target, body) -> answer(node, target));
    }

    /** The address of simulated node {@code index} (0-based): 127.1.0.1, 127.1.0.2, ... */
    static String address(int index, int port) {
        int n = index + 1;
        return "127." + (1 + n / 65_536) + "." + (n / 256 % 256) + "." + (n % 256) + ":" + port;
    }

    /** The node id a simulated address registers as. */
    static String nodeName(String ip) {
        return "sim-" + ip.replace('.', '-');
    }

    private byte[] answer(String node, String target) {
        if (!target.startsWith("/v1/reports?")) {
            return "{}".getBytes(StandardCharsets.US_ASCII);
        }
        long after = Long.parseLong(target.replaceAll(".*after=(\\d+).*", "$1"));
        AtomicLong last = lastSeq.computeIfAbsent(node, n -> new AtomicLong());
        long from = after + 1;
        last.set(Math.max(last.get(), from + 1));
        List<ReportEvent> events = new ArrayList<>();
        for (long seq = from; seq <= from + 1; seq++) {
            events.add(new ReportEvent(seq, Instant.now(), Kind.PROMISE, "p000", 0, ReportCodec.JSON.createObjectNode()
                    .put("name", "tcp-listening").put("ok", true).put("message", "simulated").put("ms", 1)));
        }
        return ReportCodec.page(nodeName(node), events, last.get());
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
