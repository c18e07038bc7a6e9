package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.hyperedge.master.accounting.Csv;
import org.hyperedge.master.accounting.Projects;
import org.hyperedge.master.accounting.Resource;
import org.hyperedge.master.accounting.UsageLedger;
import org.hyperedge.master.billing.BillingPeriod;
import org.hyperedge.master.billing.Invoice;
import org.hyperedge.master.billing.InvoiceGenerator;
import org.hyperedge.master.billing.Invoices;
import org.hyperedge.master.billing.PriceList;
import org.hyperedge.master.monitoring.MonitoringPolicy;
import org.hyperedge.master.monitoring.PeriodicChecks;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.sync.ReportIngest;
import org.hyperedge.master.ticket.TicketService;
import org.hyperedge.protocol.report.ReportEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage reported by nodes becomes exact invoices per project and month, priced as the price list said at the time. */
class BillingTest {

    private static final BillingPeriod OCTOBER = BillingPeriod.parse("2026-10");
    private static final Instant OCT_1 = OCTOBER.start();

    @TempDir
    Path data;

    private TestMaster master;
    private TestFleet fleet;
    private PriceList prices;
    private InvoiceGenerator generator;
    private Invoices invoices;
    private InstanceRecord shop;
    private InstanceRecord erp;

    @BeforeEach
    void twoProjectsWithATreeEachAndAPriceList() throws Exception {
        master = TestMaster.open(data);
        fleet = new TestFleet(master);
        fleet.adopt("edge-1");
        shop = fleet.place("edge-1", "shop, \"retail\"");
        erp = fleet.place("edge-1", "erp");
        Projects projects = new Projects(master.database());
        projects.create("acme", "ACME Corp");
        projects.assign("erp", "acme");
        prices = new PriceList(master.database());
        prices.set(Resource.CPU, new BigDecimal("0.000011"), "EUR", OCT_1);
        prices.set(Resource.MEMORY, new BigDecimal("0.0000042"), "EUR", OCT_1);
        prices.set(Resource.DISK, new BigDecimal("0.0000001"), "EUR", OCT_1);
        prices.set(Resource.INSTANCE, new BigDecimal("0.0125"), "EUR", OCT_1);
        generator = new InvoiceGenerator(master.database());
        invoices = new Invoices(master.database());
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void usageIngestedTwiceBillsOnce() {
        List<ReportEvent> hour = List.of(usage(erp, OCT_1.plusSeconds(3600), "3600", "2048", "100", "1"));
        fleet.report("edge-1", hour);
        fleet.replay("edge-1", 0, hour);

        generator.generate(OCTOBER, null);

        Invoice acme = invoice("acme");
        // 3600 x 0.000011 = 0.0396 -> 0.04; 2048 x 0.0000042 = 0.0086016 -> 0.01; 100 x 1e-7 -> 0.00; 1 x 0.0125 -> 0.01
        assertEquals(new BigDecimal("0.06"), acme.total());
        assertEquals(new BigDecimal("3600.000000"), acme.lines().get(0).quantity());
    }

    @Test
    void aPageReplayedWithNewRecordsBooksOnlyTheNewOnes() {
        ReportEvent first = usage(erp, OCT_1.plusSeconds(3600), "1000", "0", "0", "1");
        ReportEvent second = usage(erp, OCT_1.plusSeconds(7200), "2000", "0", "0", "1");
        ReportEvent third = usage(erp, OCT_1.plusSeconds(10_800), "4000", "0", "0", "1");
        fleet.report("edge-1", List.of(first, second));

        ReportIngest.Outcome replay = fleet.replay("edge-1", 1, List.of(second, third)); // seq 2 again, then 3

        assertEquals(1, replay.skipped());
        assertEquals(1, replay.ingested());
        Map<Resource, BigDecimal> acme = new UsageLedger(master.database()).totals(OCTOBER.start(), OCTOBER.end()).get("acme");
        assertEquals(new BigDecimal("7000.000000"), acme.get(Resource.CPU), "1000 + 2000 + 4000, each once");
        assertEquals(new BigDecimal("3.000000"), acme.get(Resource.INSTANCE));
    }

    @Test
    void invoiceTotalsAreExactToTheCentOverThousandsOfRecords() {
        Random random = new Random(7);
        Map<Long, Map<Resource, BigDecimal>> used = new HashMap<>();
        List<ReportEvent> events = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            InstanceRecord instance = i % 3 == 0 ? shop : erp;
            String[] quantities = { decimal(random, 600), decimal(random, 4096), decimal(random, 20_000), decimal(random, 1) };
            events.add(usage(instance, OCT_1.plusSeconds(600L * i), quantities));
            Map<Resource, BigDecimal> sums = used.computeIfAbsent(instance.id(), id -> new HashMap<>());
            for (Resource resource : Resource.values()) {
                sums.merge(resource, new BigDecimal(quantities[resource.ordinal()]), BigDecimal::add);
            }
        }
        for (int from = 0; from < events.size(); from += 500) {
            fleet.report("edge-1", events.subList(from, from + 500));
        }

        InvoiceGenerator.Outcome outcome = generator.generate(OCTOBER, null);

        assertEquals(2, outcome.generated());
        assertEquals(expectedTotal(used.get(erp.id())), invoice("acme").total());
        assertEquals(expectedTotal(used.get(shop.id())), invoice("default").total());
        Invoice acme = invoice("acme");
        assertEquals(acme.total(), acme.lines().stream().map(Invoice.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                "the lines add up to the total");
    }

    @Test
    void aPriceChangeAppliesFromItsDateNotBackwards() {
        Instant oct16 = OCT_1.plus(Duration.ofDays(15));
        fleet.report("edge-1", List.of(usage(erp, OCT_1.plusSeconds(3600), "1000000", "0", "0", "0"),
                usage(erp, oct16.plusSeconds(3600), "1000000", "0", "0", "0")));

        prices.set(Resource.CPU, new BigDecimal("0.00002"), "EUR", oct16);
        generator.generate(OCTOBER, "acme");

        List<Invoice.Line> lines = invoice("acme").lines();
        assertEquals(2, lines.size(), "one line per unit price");
        assertEquals(new BigDecimal("11.00"), lines.get(0).amount(), "before the 16th: the old price");
        assertEquals(new BigDecimal("20.00"), lines.get(1).amount(), "from the 16th: the new price");
        assertEquals(new BigDecimal("31.00"), invoice("acme").total());
    }

    @Test
    void issuedInvoicesAreFinalAndAnUnpaidOnePastItsDueDateOpensATicketThatPayingResolves() {
        fleet.report("edge-1", List.of(usage(erp, OCT_1.plusSeconds(60), "3600000", "0", "0", "0")));
        generator.generate(OCTOBER, null);
        Invoice draft = invoice("acme");
        Invoice issued = invoices.issue(draft.id(), Duration.ofDays(30), OCTOBER.end());
        fleet.report("edge-1", List.of(usage(erp, OCT_1.plusSeconds(120), "3600000", "0", "0", "0")));

        InvoiceGenerator.Outcome again = generator.generate(OCTOBER, null);
        assertEquals(1, again.keptFinal());
        assertEquals(issued.total(), invoice("acme").total(), "an issued invoice does not change");
        assertThrows(IllegalArgumentException.class, () -> prices.set(Resource.CPU, BigDecimal.ONE, "EUR", OCT_1),
                "a price may not reach back into an invoiced period");

        PeriodicChecks checks = new PeriodicChecks(master.database(), MonitoringPolicy.DEFAULT,
                Clock.fixed(OCTOBER.end().plus(Duration.ofDays(31)), ZoneOffset.UTC));
        assertEquals(1, checks.check().overdueInvoices());
        TicketService tickets = new TicketService(master.database());
        assertEquals(1, tickets.list("open", "invoice-overdue").size());

        Invoice paid = invoices.pay(draft.id(), OCTOBER.end().plus(Duration.ofDays(32)));

        assertEquals("paid", paid.state());
        assertEquals(0, tickets.list("open", "invoice-overdue").size());
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> invoices.pay(draft.id(), Instant.now()));
        assertEquals("invoice " + draft.id() + " is paid: only an issued invoice can be paid", twice.getMessage());
    }

    @Test
    void usageAndInvoiceExportsReadBackEqual() throws Exception {
        fleet.report("edge-1", List.of(usage(shop, OCT_1.plusSeconds(60), "12.5", "1024.000001", "3", "0.016667"),
                usage(erp, OCT_1.plusSeconds(120), "7", "2", "1", "1")));
        generator.generate(OCTOBER, null);

        StringWriter usageCsv = new StringWriter();
        new UsageLedger(master.database()).exportCsv(OCTOBER.start(), OCTOBER.end(), usageCsv);
        StringWriter invoiceCsv = new StringWriter();
        invoices.exportCsv(OCTOBER, invoiceCsv);

        List<List<String>> usageRows = Csv.read(new StringReader(usageCsv.toString()));
        assertEquals(UsageLedger.CSV_HEADER, usageRows.get(0));
        assertEquals(List.of("edge-1", "1", "default", "shop, \"retail\"", Long.toString(shop.id()),
                OCT_1.plusSeconds(60).toString(), OCT_1.plusSeconds(3660).toString(), "12.500000",
                "1024.000001", "3.000000", "0.016667"), usageRows.get(1));
        List<List<String>> invoiceRows = Csv.read(new StringReader(invoiceCsv.toString()));
        List<List<String>> expected = new ArrayList<>();
        for (Invoice header : invoices.list(OCTOBER, null)) {
            Invoice invoice = invoices.find(header.id()).orElseThrow();
            for (Invoice.Line line : invoice.lines()) {
                expected.add(List.of(Long.toString(invoice.id()), invoice.project(), "2026-10", "draft", "EUR",
                        invoice.total().toPlainString(), "", "", "", Integer.toString(line.number()), line.tree(),
                        line.resource(), line.quantity().toPlainString(), line.unitPrice().toPlainString(),
                        line.amount().toPlainString()));
            }
        }
        assertEquals(expected, invoiceRows.subList(1, invoiceRows.size()));
        assertTrue(invoiceCsv.toString().contains("\"shop, \"\"retail\"\"\""), "a title with a comma and quotes is quoted");
    }

    @Test
    void badPricesAndMissingPricesAreRefusedAndNothingChanges() {
        assertEquals("the price of cpu-second must not be negative: -1", assertThrows(IllegalArgumentException.class,
                () -> prices.set(Resource.CPU, new BigDecimal("-1"), "EUR", OCT_1)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> prices.set(Resource.CPU, BigDecimal.ONE, "EURO", OCT_1))
                .getMessage().startsWith("unknown currency 'EURO'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Resource.parse("gpu-hour")).getMessage()
                .contains("expected one of cpu-second, memory-mb-hour, disk-mb-hour, instance-hour"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> prices.set(Resource.CPU, BigDecimal.ONE, "EUR",
                OCT_1.plusSeconds(3600))).getMessage().startsWith("a price takes effect at the start of a day (00:00 UTC)"));
        assertEquals(4, prices.history().size());

        BillingPeriod september = BillingPeriod.parse("2026-09");
        fleet.report("edge-1", List.of(usage(erp, september.start().plusSeconds(3600), "10", "0", "0", "0")));
        IllegalStateException noPrice = assertThrows(IllegalStateException.class, () -> generator.generate(september, null));
        assertTrue(noPrice.getMessage().startsWith("no price for cpu-second in effect at 2026-09-01T00:00:00Z"),
                noPrice.getMessage());
        assertEquals(List.of(), invoices.list(september, null), "no invoice was generated");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BillingPeriod.parse("October")).getMessage()
                .contains("is not a month like 2026-11"));
    }

    private Invoice invoice(String project) {
        Invoice header = invoices.list(OCTOBER, null).stream().filter(i -> i.project().equals(project)).findFirst()
                .orElseThrow(() -> new AssertionError("no invoice of " + project));
        return invoices.find(header.id()).orElseThrow();
    }

    /** The rule stated in Money, computed independently: per resource, exact sum x price, HALF_UP to the cent. */
    private BigDecimal expectedTotal(Map<Resource, BigDecimal> used) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Resource resource : Resource.values()) {
            BigDecimal price = prices.at(resource, OCT_1).orElseThrow().unitPrice();
            total = total.add(used.get(resource).multiply(price).setScale(2, RoundingMode.HALF_UP));
        }
        return total;
    }

    private static String decimal(Random random, int max) {
        return BigDecimal.valueOf(random.nextLong(max * 1_000_000L), 6).toPlainString();
    }

    /** An hour of usage from {@code from} on. */
    private static ReportEvent usage(InstanceRecord instance, Instant from, String... quantities) {
        return TestFleet.usage(instance.id(), from, from.plusSeconds(3600), new BigDecimal(quantities[0]),
                new BigDecimal(quantities[1]), new BigDecimal(quantities[2]), new BigDecimal(quantities[3]));
    }
}
