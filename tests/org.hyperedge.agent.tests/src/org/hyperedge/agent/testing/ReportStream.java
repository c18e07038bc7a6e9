package org.hyperedge.agent.testing;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.hyperedge.agent.client.AgentClient;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;

/** A master's view of an agent's reports: every event read so far, in order, and waiting for one. */
public final class ReportStream {

    private AgentClient client;
    private final List<ReportEvent> events = new ArrayList<>();

    public ReportStream(AgentClient client) {
        this.client = client;
    }

    /** After an agent restart: the same stream through a new connection. */
    public void reconnect(AgentClient newClient) {
        this.client = newClient;
    }

    public synchronized List<ReportEvent> events() {
        return List.copyOf(events);
    }

    public synchronized long cursor() {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).seq();
    }

    /** Reads what is new. */
    public synchronized List<ReportEvent> poll() throws IOException {
        AgentClient.Response answer = client.get("/v1/reports?after=" + cursor() + "&max=5000");
        if (!answer.ok()) {
            throw new IOException("reports refused: " + answer.status() + " " + answer.text());
        }
        List<ReportEvent> page = ReportCodec.readPage(answer.body()).events();
        events.addAll(page);
        return page;
    }

    /** Reads what is new and acknowledges it, as a master does once it has stored a page. */
    public synchronized List<ReportEvent> pollAndAcknowledge() throws IOException {
        List<ReportEvent> page = poll();
        if (!page.isEmpty()) {
            AgentClient.Response answer = client.ack(cursor());
            if (!answer.ok()) {
                throw new IOException("acknowledgement refused: " + answer.status() + " " + answer.text());
            }
        }
        return page;
    }

    /** Polls until an event after {@code afterSeq} matches; fails with what was seen. */
    public ReportEvent await(Duration timeout, long afterSeq, Predicate<ReportEvent> wanted, String what) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (ReportEvent event : events()) {
                if (event.seq() > afterSeq && wanted.test(event)) {
                    return event;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no report of " + what + " within " + timeout + "; seen:\n" + describe(afterSeq));
            }
            Thread.sleep(50);
            poll();
        }
    }

    public ReportEvent await(Duration timeout, Predicate<ReportEvent> wanted, String what) throws Exception {
        return await(timeout, 0, wanted, what);
    }

    /**
     * The pid of the partition's process as last started (a service may have been restarted before, if its
     * port was briefly taken), waiting for a first start if need be.
     */
    public long currentPid(String partition) throws Exception {
        await(java.time.Duration.ofSeconds(30), process(partition, "started"), "a process start");
        return events().stream().filter(process(partition, "started")).reduce((first, second) -> second).orElseThrow()
                .data().path("pid").asLong();
    }

    public synchronized String describe(long afterSeq) {
        StringBuilder text = new StringBuilder();
        events.stream().filter(e -> e.seq() > afterSeq).forEach(e -> text.append("  ").append(e.seq()).append(' ')
                .append(e.kind().wireName()).append(' ').append(e.partition()).append(' ').append(e.data()).append('\n'));
        return text.toString();
    }

    public static Predicate<ReportEvent> instance(String partition, String state, boolean healthy) {
        return e -> e.kind() == Kind.INSTANCE && partition.equals(e.partition())
                && state.equals(e.data().path("state").asText()) && e.data().path("healthy").asBoolean() == healthy;
    }

    public static Predicate<ReportEvent> promise(String partition, boolean ok) {
        return e -> e.kind() == Kind.PROMISE && partition.equals(e.partition()) && e.data().path("ok").asBoolean() == ok;
    }

    public static Predicate<ReportEvent> process(String partition, String event) {
        return e -> e.kind() == Kind.PROCESS && partition.equals(e.partition()) && event.equals(e.data().path("event").asText());
    }
}
