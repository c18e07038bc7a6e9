package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.hyperedge.master.accounting.Resource;
import org.hyperedge.master.billing.BillingPeriod;
import org.hyperedge.master.billing.Invoice;
import org.hyperedge.master.billing.PriceList;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.protocol.report.ReportCodec;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, accounts between masters: an H2 server A delegates to B runs on B's real agent, which reports its usage
 * every 5 s; B books it to the project {@code federation-a} and forwards it to A, which books it to the instance's own
 * project there, so A's month's invoice bills it as it bills a local instance. Usage forwarded again (B lost its
 * journal toward A and A's acknowledgements, and restarted) is booked once.
 */
class FederationBillingTest extends TwoMasters {

    private static final Duration READY = Duration.ofSeconds(60);
    private static final Map<Resource, BigDecimal> PRICES = Map.of(Resource.CPU, new BigDecimal("0.01"),
            Resource.MEMORY, new BigDecimal("0.0001"), Resource.DISK, new BigDecimal("0.00001"),
            Resource.INSTANCE, new BigDecimal("2.5"));

    @Test
    void usageOfAnInstanceRunOnBIsBilledToAOnBAndOnceToTheInstancesProjectOnAEvenWhenBForwardsItAgain() throws Exception {
        // given: A federates B, which has a real agent; both price usage the same
        b.agent("b-edge");
        aFederatesB();
        syncEvery(Duration.ofMillis(200));
        for (TestSite site : new TestSite[] { a, b }) {
            PRICES.forEach((resource, price) -> site.master.prices().set(resource, price, "EUR", PriceList.EARLIEST));
        }

        // when: A requests an H2 server on site B for its project "shop", and it runs there for a few usage periods
        a.master.projects().create("shop", "the shop's services");
        InstanceRecord db = a.requests.request(Request.root("db1", "builtin:h2-database", "default",
                ReportCodec.JSON.createObjectNode()).withSla(Map.of("site", "B")));
        a.master.projects().assign("db1", "shop");
        a.await(db.id(), "started", true, READY);
        awaitUsageRecordsOnB(3);
        b.killAgent("b-edge"); // no more usage from here: B's ledger is final

        // then: B bills it to A's project there, and A books the same quantities to "shop"
        Map<Resource, BigDecimal> onB = awaitSameUsage("federation-a", "shop");
        assertTrue(onB.get(Resource.INSTANCE).signum() > 0, "no instance-hours were booked on B: " + onB);
        long records = usageRecordsOnB();
        assertEquals(records, bookedOnA(), "A did not book each of B's " + records + " usage records once");

        // and: the month's invoice on A bills the delegated instance like a local one, as B's bills it to A
        Map<String, Invoice.Line> onAsInvoice = invoiceLines(a, "shop", "db1");
        Map<String, Invoice.Line> onBsInvoice = invoiceLines(b, "federation-a", "A #" + db.id() + " db1");
        Invoice.Line instanceHours = onAsInvoice.get(Resource.INSTANCE.unit());
        assertEquals(0, onB.get(Resource.INSTANCE).compareTo(instanceHours.quantity()), onAsInvoice.toString());
        assertEquals(amounts(onBsInvoice), amounts(onAsInvoice));

        // when: B's master stops, loses its journal toward A and the acknowledgements A sent it (its store restored
        // from an older copy, say), and comes back: it forwards every usage record again, under a new journal
        b.connector.close();
        b.database.inTransaction(connection -> {
            for (String table : new String[] { "federation_usage_forwarded", "federation_journal_event",
                    "federation_journal_said", "federation_journal_head" }) {
                try (var forget = connection.prepareStatement("DELETE FROM " + table)) {
                    forget.executeUpdate();
                }
            }
            return null;
        });
        bBackOnItsAddress();
        b.connector.start(Duration.ofMillis(200));

        // then: A reads them all again and acknowledges them, and books none of them twice, saying so
        awaitAcknowledgedAgainByA();
        assertEquals(onB, usage(a, "shop"));
        assertEquals(records, bookedOnA());
        assertEquals(records, count(a, "SELECT COUNT(*) FROM node_event WHERE node_id = 'B' AND kind = 'usage' AND summary "
                + "LIKE 'not booked: forwarded usage%booked already%'"));
        assertEquals(amounts(onAsInvoice), amounts(invoiceLines(a, "shop", "db1")));
    }

    private void awaitUsageRecordsOnB(long count) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        while (usageRecordsOnB() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("B's agent reported " + usageRecordsOnB() + " usage records, not " + count);
            }
            Thread.sleep(200);
        }
    }

    /** B's usage records of the instances A delegated. */
    private long usageRecordsOnB() {
        return count(b, "SELECT COUNT(*) FROM usage_record u JOIN federation_instance f ON f.instance_id = u.instance_id "
                + "WHERE f.peer = 'A'");
    }

    /** The usage records A booked from its federated site B. */
    private long bookedOnA() {
        return count(a, "SELECT COUNT(*) FROM usage_record WHERE node_id = 'B'");
    }

    /** Waits until A acknowledged to B every usage record B holds for it (B writes that down per node). */
    private void awaitAcknowledgedAgainByA() throws Exception {
        Map<String, Long> newest = new java.util.HashMap<>();
        b.database.inTransaction(connection -> {
            try (var query = connection.prepareStatement("SELECT u.node_id, MAX(u.seq) FROM usage_record u JOIN "
                    + "federation_instance f ON f.instance_id = u.instance_id WHERE f.peer = 'A' GROUP BY u.node_id");
                    var rows = query.executeQuery()) {
                while (rows.next()) {
                    newest.put(rows.getString(1), rows.getLong(2));
                }
            }
            return null;
        });
        long deadline = System.nanoTime() + READY.toNanos();
        while (!b.master.delegatedUsage().acknowledged("A").equals(newest)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("A acknowledged " + b.master.delegatedUsage().acknowledged("A") + " of B's usage "
                        + "records, not " + newest);
            }
            Thread.sleep(200);
        }
    }

    private static long count(TestSite site, String sql) {
        return site.database.inTransaction(connection -> {
            try (var query = connection.prepareStatement(sql); var row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /** Waits until the usage A booked to its project equals what B booked to A's project there; returns it. */
    private Map<Resource, BigDecimal> awaitSameUsage(String projectOnB, String projectOnA) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        while (true) {
            Map<Resource, BigDecimal> onB = usage(b, projectOnB);
            Map<Resource, BigDecimal> onA = usage(a, projectOnA);
            if (!onB.isEmpty() && onB.equals(onA)) {
                return onB;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("A booked " + onA + " to " + projectOnA + ", B booked " + onB + " to " + projectOnB);
            }
            Thread.sleep(200);
        }
    }

    private static Map<Resource, BigDecimal> usage(TestSite site, String project) {
        BillingPeriod month = BillingPeriod.containing(Instant.now());
        return site.master.usage().totals(month.start(), month.end()).getOrDefault(project, Map.of());
    }

    /** The lines of the tree on the project's invoice of this month, generated now, by resource unit. */
    private static Map<String, Invoice.Line> invoiceLines(TestSite site, String project, String tree) {
        BillingPeriod month = BillingPeriod.containing(Instant.now());
        site.master.invoiceGenerator().generate(month, project);
        Invoice invoice = site.master.invoices().list(month, null).stream().filter(i -> i.project().equals(project))
                .findFirst().flatMap(i -> site.master.invoices().find(i.id())).orElseThrow();
        Map<String, Invoice.Line> lines = new java.util.TreeMap<>();
        invoice.lines().stream().filter(line -> line.tree().equals(tree)).forEach(line -> lines.put(line.resource(), line));
        assertTrue(lines.containsKey(Resource.INSTANCE.unit()), "no instance-hours of " + tree + " on " + invoice);
        return lines;
    }

    /** Each line's quantity and amount: what the two invoices must agree on (line numbers and trees differ). */
    private static Map<String, String> amounts(Map<String, Invoice.Line> lines) {
        Map<String, String> amounts = new java.util.TreeMap<>();
        lines.forEach((unit, line) -> amounts.put(unit, line.quantity().toPlainString() + " at "
                + line.unitPrice().toPlainString() + " = " + line.amount().toPlainString()));
        return amounts;
    }
}
