package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyperedge.cli.Main;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.ticket.Ticket;
import org.hyperedge.master.ticket.TicketService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault 6 of issue 15: a service whose port is taken restarts with backoff and its promise ticket opens,
 * but the master showed only "started / failing". Its exit status and last output lines must reach the
 * master, be kept there and be shown in the ticket, in {@code tickets show} and in {@code status}.
 */
class CrashLoopCauseTest {

    private static final Duration READY = Duration.ofSeconds(60);
    private static final String WEB = """
            { "id": "test:web", "name": "web server", "version": "1", "requires": ["python3"],
              "types": { "default": {
                "ports": ["http"],
                "processes": [ { "name": "http", "command": ["python3", "-m", "http.server", "${port.http}", "--bind", "${ip}"] } ],
                "promises": [ { "name": "http-ok", "kind": "http", "target": "http://${ip}:${port.http}/", "period": 1 } ],
                "connection": { "url": "http://${ip}:${port.http}/" } } } }
            """;

    @TempDir
    Path dir;
    TestSite site;
    final List<ServerSocket> taken = new ArrayList<>();

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(dir);
    }

    @AfterEach
    void stopSite() throws Exception {
        for (ServerSocket socket : taken) {
            socket.close();
        }
        site.close();
    }

    @Test
    void aServiceWhosePortIsTakenHasItsExitStatusAndLastOutputInItsTicketTicketsShowAndStatus() throws Exception {
        site.catalog.importRelease("web.json", WEB);
        String node = site.agent("node-a");
        // given every partition's first port (where a service's first port goes) held by another program
        for (var partition : site.connector.nodeInfo(node).partitions()) {
            taken.add(new ServerSocket(partition.firstPort(), 50, InetAddress.getByName("127.0.0.1")));
        }
        site.connector.start(Duration.ofMillis(100));

        // when a web server is requested there
        InstanceRecord web = site.requests.request(Request.root("web", "test:web", "default", EndToEndTest.parameters())
                .withSla(Map.of("node", node)));

        // then the ticket its failing promise opens says why the process keeps ending, with its last words
        Ticket ticket = awaitTicket("promise:" + web.id() + ":http-ok");
        assertTrue(ticket.reason().contains("process http exited with exit code 1"), ticket.reason());
        String opened = ticket.history().get(0).note();
        assertEquals("opened", ticket.history().get(0).action());
        assertTrue(opened.contains("Address already in use"), "the opening note has the process's last lines: " + opened);

        String shown = cli("tickets", "show", Long.toString(ticket.id()));
        assertTrue(shown.contains("exit code 1") && shown.contains("Address already in use"), shown);
        String status = cli("status");
        assertTrue(status.contains("web: process http exited with exit code 1") && status.contains("Address already in use"),
                status);
    }

    private Ticket awaitTicket(String cause) throws Exception {
        TicketService tickets = site.master.tickets();
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Ticket> open = tickets.list("open", "promise").stream().filter(t -> t.cause().equals(cause)).findFirst();
            if (open.isPresent()) {
                return tickets.find(open.get().id()).orElseThrow();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no open ticket " + cause + "; tickets: " + tickets.list("all", null));
    }

    /** The command line on the master's data directory, as an admin runs it next to the headless master. */
    private String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data", site.directory.resolve("master").toString()));
        all.addAll(List.of(args));
        int code = Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true,
                StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, printed);
        return printed;
    }
}
