package org.hyperedge.bench.dial;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hyperedge.protocol.dial.DialHeaders;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;

/**
 * One simulated node's side of the node protocol, as its master calls it over a dial-in session: a report journal
 * that, while producing, grows by {@value #EVENTS_PER_READ} promise results each time the master reads it (as the push
 * benchmark's nodes do, so both modes ingest the same), acknowledgements, and desired states taken. Calls of one
 * node come one at a time (the next poll goes out once the answer is made); the counts are read from elsewhere.
 */
final class SimulatedJournal {

    static final int EVENTS_PER_READ = 2;
    private static final byte[] EMPTY = "{}".getBytes(StandardCharsets.US_ASCII);

    /** An answer to the master's call {@code call}, posted with the next poll. */
    record Answer(long call, int status, byte[] body) {
    }

    private final String node;
    private volatile boolean producing = true;
    /** The journal's last number. */
    private volatile long head;
    /** The highest number a page carried. */
    private volatile long handed;
    private volatile long acknowledged;
    private volatile long calls;
    private volatile long desiredStates;

    SimulatedJournal(String node) {
        this.node = node;
    }

    void producing(boolean producing) {
        this.producing = producing;
    }

    /** The journal's last number as a poll says it: while producing, new events wait already. */
    long announcedHead() {
        return producing ? head + EVENTS_PER_READ : head;
    }

    long handed() {
        return handed;
    }

    long acknowledged() {
        return acknowledged;
    }

    long calls() {
        return calls;
    }

    long desiredStates() {
        return desiredStates;
    }

    /** A streamed poll's whole body: heartbeats, then the frame ({@code CALL ...}, {@code IDLE}, {@code REFUSED ...}). */
    Answer serveFrame(byte[] stream) {
        int start = 0;
        int end;
        while (true) {
            while (start < stream.length && stream[start] == '\n') {
                start++;
            }
            end = start;
            while (end < stream.length && stream[end] != '\n') {
                end++;
            }
            if (!new String(stream, start, end - start, StandardCharsets.US_ASCII).equals(DialHeaders.QUIET_LINE)) {
                break;
            }
            start = end; // the heartbeat stopped: the frame follows
        }
        String[] frame = new String(stream, start, end - start, StandardCharsets.US_ASCII).split(" ");
        switch (frame[0]) {
            case "CALL" -> {
                int length = Integer.parseInt(frame[4]);
                byte[] body = new byte[length];
                System.arraycopy(stream, end + 1, body, 0, length);
                return serve(Long.parseLong(frame[1]), frame[2], frame[3], body);
            }
            case "IDLE" -> {
                return null;
            }
            default -> throw new IllegalArgumentException("the master's streamed poll ended with: "
                    + new String(stream, start, end - start, StandardCharsets.US_ASCII));
        }
    }

    /** Answers one call of the node protocol. */
    Answer serve(long call, String method, String path, byte[] body) {
        calls++;
        if (method.equals("GET") && path.startsWith("/v1/reports?")) {
            return new Answer(call, 200, page(Long.parseLong(path.replaceAll(".*after=(\\d+).*", "$1"))));
        }
        if (method.equals("POST") && path.equals("/v1/reports/ack")) {
            acknowledged = Math.max(acknowledged, ReportCodec.readAck(body));
            return new Answer(call, 200, EMPTY);
        }
        if (method.equals("PUT") && path.equals("/v1/desired")) {
            desiredStates++;
            return new Answer(call, 200, EMPTY);
        }
        return new Answer(call, 404, ("{\"error\":\"a simulated node does not serve " + method + " " + path + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private byte[] page(long after) {
        if (producing) {
            head = Math.max(head, after + EVENTS_PER_READ);
        }
        long to = Math.min(head, after + ReportCodec.MAX_PAGE);
        List<ReportEvent> events = new ArrayList<>();
        Instant now = Instant.now();
        for (long seq = after + 1; seq <= to; seq++) {
            events.add(new ReportEvent(seq, now, Kind.PROMISE, "p000", 0, ReportCodec.JSON.createObjectNode()
                    .put("name", "tcp-listening").put("ok", true).put("message", "simulated").put("ms", 1)));
        }
        handed = Math.max(handed, to);
        return ReportCodec.page(node, events, head);
    }
}
