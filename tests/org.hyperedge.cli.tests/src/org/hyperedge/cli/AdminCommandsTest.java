package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.accounting.Csv;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.Master;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportCodec.Page;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tickets} and {@code billing} on a real H2 file, as an admin types them; output and exit codes checked. */
class AdminCommandsTest {

    @TempDir
    Path data;

    private String out;
    private String err;

    @BeforeEach
    void aServiceOnAnAdoptedNodeThatReportedAnHourOfUsageInOctober() {
        try (Master master = Master.open(data)) {
            master.nodeLinks().adopt(new NodeSpec("edge-1", "factory", "127.0.0.1:7443", 4000, 8192, 100_000, Map.of(),
                    4, 20_000, 10), "ab".repeat(32));
        }
        assertEquals(Main.OK, run("request", "builtin:h2-database", "db", "--node", "node=edge-1"));
        try (Master master = Master.open(data)) {
            Instant from = Instant.parse("2026-10-05T10:00:00Z");
            ReportEvent usage = new ReportEvent(1, from.plusSeconds(3600), Kind.USAGE, "p000", 1, ReportCodec.JSON
                    .createObjectNode().put("from", from.toString()).put("to", from.plusSeconds(3600).toString())
                    .put("cpuSeconds", new BigDecimal("1800")).put("memoryMbHours", new BigDecimal("512"))
                    .put("diskMbHours", new BigDecimal("100")).put("instanceHours", BigDecimal.ONE));
            master.reportIngest().ingest("edge-1", new Page("edge-1", 1, List.of(usage)));
        }
    }

    @Test
    void anAdminPricesInvoicesIssuesAndRecordsThePaymentOfAMonth() throws Exception {
        for (String[] price : new String[][] { { "cpu-second", "0.00002" }, { "memory-mb-hour", "0.00001" },
                { "disk-mb-hour", "0.000001" }, { "instance-hour", "0.015" } }) {
            assertEquals(Main.OK, run("billing", "set-price", price[0], price[1], "EUR", "--from", "2026-10-01"));
        }
        assertEquals(Main.OK, run("billing", "project-add", "acme", "--title", "ACME Corp"));
        assertEquals(Main.OK, run("billing", "assign", "db", "acme"));

        assertEquals(Main.OK, run("billing", "invoice", "--month", "2026-10"));
        assertEquals("2026-10: 1 draft invoice(s) generated with 4 line(s), 0.07 in all\n", out);
        assertEquals(Main.OK, run("billing", "show", "1"));
        // 1800 x 0.00002 = 0.036 -> 0.04; 512 x 0.00001 = 0.00512 -> 0.01; 100 x 0.000001 -> 0.00; 1 x 0.015 -> 0.02 (HALF_UP)
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+TOTAL\\s+0\\.07 EUR")), out);
        assertEquals(Main.OK, run("billing", "issue", "1", "--terms-days", "14"));
        assertTrue(out.contains("· issued · due "), out);
        assertEquals(Main.OK, run("billing", "pay", "1"));
        assertEquals(Main.REFUSED, run("billing", "pay", "1"));
        assertEquals("hyperedge: invoice 1 is paid: only an issued invoice can be paid\n", err);

        Path csv = data.resolve("invoices.csv");
        assertEquals(Main.OK, run("billing", "export-invoices", csv.toString(), "--month", "2026-10"));
        List<List<String>> rows = Csv.read(new StringReader(Files.readString(csv)));
        assertEquals(5, rows.size(), "a header and four lines");
        assertEquals(List.of("1", "acme", "2026-10", "paid", "EUR", "0.07"), rows.get(1).subList(0, 6));
    }

    @Test
    void badPricesAreRefusedNamingWhatIsWrong() {
        assertEquals(Main.REFUSED, run("billing", "set-price", "gpu-hour", "1", "EUR"));
        assertTrue(err.startsWith("hyperedge: unknown resource unit 'gpu-hour': expected one of cpu-second, "
                + "memory-mb-hour, disk-mb-hour, instance-hour"), err);
        assertEquals(Main.REFUSED, run("billing", "set-price", "cpu-second", "cheap", "EUR"));
        assertTrue(err.startsWith("hyperedge: PRICE 'cheap' is not a decimal number like 0.5"), err);
        assertEquals(Main.REFUSED, run("billing", "set-price", "cpu-second", "1", "EURO", "--from", "2026-10-01"));
        assertTrue(err.startsWith("hyperedge: unknown currency 'EURO'"), err);
        assertEquals(Main.REFUSED, run("billing", "invoice", "--month", "2026-10"));
        assertTrue(err.startsWith("hyperedge: no price for cpu-second in effect at 2026-10-01T00:00:00Z"), err);

        assertEquals(Main.OK, run("billing", "prices"));
        assertTrue(out.contains("No prices yet"), out);
    }

    @Test
    void anAdminOpensAcknowledgesAssignsCommentsAndClosesATicket() {
        assertEquals(Main.OK, run("tickets"));
        assertTrue(out.contains("No open tickets."), out);

        assertEquals(Main.OK, run("tickets", "open", "factory switch", "firmware 1.2 drops links"));
        assertEquals(Main.OK, run("tickets", "ack", "1", "--note", "looking"));
        assertEquals(Main.OK, run("tickets", "assign", "1", "bob"));
        assertEquals(Main.OK, run("tickets", "comment", "1", "firmware 1.3 installed"));
        assertEquals(Main.OK, run("tickets", "close", "1"));

        assertTrue(out.startsWith("ticket 1 · closed · manual · factory switch · assigned to bob"), out);
        assertEquals(7, out.lines().count(), "the ticket, its reason and its five steps: " + out);
        assertEquals(Main.OK, run("tickets", "--state", "closed"));
        assertTrue(out.lines().anyMatch(l -> l.matches("1\\s+closed\\s+manual\\s+factory switch\\s+bob.*")), out);
        assertEquals(Main.REFUSED, run("tickets", "ack", "1"));
        assertEquals("hyperedge: ticket 1 is closed: only open tickets can be acknowledged\n", err);
        assertEquals(Main.REFUSED, run("tickets", "show", "one"));
        assertTrue(err.startsWith("hyperedge: ticket id 'one' is not a whole number"), err);
        assertEquals(Main.REFUSED, run("tickets", "--state", "pending"));
        assertTrue(err.startsWith("hyperedge: unknown ticket state 'pending'"), err);
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = Main.run(all, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        out = stdout.toString(StandardCharsets.UTF_8);
        err = stderr.toString(StandardCharsets.UTF_8);
        return code;
    }
}
