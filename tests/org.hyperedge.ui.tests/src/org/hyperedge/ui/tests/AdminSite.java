package org.hyperedge.ui.tests;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.accounting.Projects;
import org.hyperedge.master.accounting.Resource;
import org.hyperedge.master.billing.BillingPeriod;
import org.hyperedge.master.billing.InvoiceGenerator;
import org.hyperedge.master.billing.Invoices;
import org.hyperedge.master.billing.PriceList;
import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.master.Master;
import org.hyperedge.master.store.Database;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.master.sync.ReportIngest;
import org.hyperedge.master.ticket.TicketService;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportCodec.Page;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;

/**
 * A small site in the console's own master database, made the way a real one is: nodes adopted, services requested,
 * and a day of the nodes' reports (promise results every 30 minutes, usage every minute over the last hour and
 * every hour since last month) through
 * the real report ingest; a price list, projects, invoices, and the tickets all that opens.
 */
final class AdminSite {

    static final String[][] NODES = { { "edge-berlin-1", "berlin" }, { "edge-berlin-2", "berlin" }, { "edge-lyon-1", "lyon" } };
    static final String[][] SERVICES = { { "shop-db", "builtin:h2-database", "edge-berlin-1", "acme" },
            { "shop-web", "builtin:static-web", "edge-berlin-1", "acme" },
            { "erp-db", "builtin:h2-database", "edge-berlin-2", "globex" },
            { "erp-web", "builtin:static-web", "edge-berlin-2", "globex" },
            { "sensors", "builtin:h2-database", "edge-lyon-1", "globex" } };

    private AdminSite() {
    }

    static void create(Path dataDirectory) throws Exception {
        int nodeIndex = 0;
        Database database = Database.open(Master.h2Url(dataDirectory));
        try (Master master = Master.over(database)) {
            CatalogStore catalog = master.catalog();
            catalog.importBuiltIn();
            NodeLinks links = master.nodeLinks();
            int port = 9; // nothing listens there: the console's connector records an honest sync error
            for (String[] node : NODES) {
                links.adopt(new NodeSpec(node[0], node[1], "127.0.0.1:" + port++, 8000, 16_384, 200_000, Map.of(), 4,
                        20_000 + 100 * port, 10), "ab".repeat(32));
            }
            RequestService requests = master.requests();
            Projects projects = master.projects();
            projects.create("acme", "ACME Corp");
            projects.create("globex", "Globex");
            Map<String, List<InstanceRecord>> byNode = new HashMap<>();
            for (String[] service : SERVICES) {
                InstanceRecord instance = requests.request(Request.root(service[0], service[1], "default",
                        ReportCodec.JSON.createObjectNode()).withSla(Map.of("node", service[2])));
                byNode.computeIfAbsent(service[2], n -> new ArrayList<>()).add(instance);
                projects.assign(service[0], service[3]);
            }
            BillingPeriod thisMonth = BillingPeriod.containing(Instant.now());
            BillingPeriod lastMonth = new BillingPeriod(thisMonth.month().minusMonths(1));
            PriceList prices = master.prices();
            prices.set(Resource.CPU, new BigDecimal("0.000011"), "EUR", lastMonth.start());
            prices.set(Resource.MEMORY, new BigDecimal("0.0000042"), "EUR", lastMonth.start());
            prices.set(Resource.DISK, new BigDecimal("0.0000001"), "EUR", lastMonth.start());
            prices.set(Resource.INSTANCE, new BigDecimal("0.0125"), "EUR", lastMonth.start());

            ReportIngest ingest = master.reportIngest();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
            for (String[] node : NODES) {
                nodeIndex++;
                List<ReportEvent> events = new ArrayList<>();
                List<InstanceRecord> hosted = byNode.get(node[0]);
                for (int slot = 0; slot < hosted.size(); slot++) {
                    InstanceRecord instance = hosted.get(slot);
                    // usage every hour since the start of last month, then every minute over the last hour (as an
                    // agent's default usage period records it), without overlap
                    Instant at = lastMonth.start();
                    for (; !at.plus(Duration.ofHours(1)).isAfter(now.minus(Duration.ofHours(1))); at = at.plus(Duration.ofHours(1))) {
                        events.add(usage(instance, at, Duration.ofHours(1), slot + 2 * nodeIndex, lastMonth.start()));
                    }
                    for (; !at.plus(Duration.ofMinutes(1)).isAfter(now); at = at.plus(Duration.ofMinutes(1))) {
                        events.add(usage(instance, at, Duration.ofMinutes(1), slot + 2 * nodeIndex, lastMonth.start()));
                    }
                    // promise checks every 30 minutes over the day, then every minute over the last hour
                    Instant lastHour = now.minus(Duration.ofHours(1));
                    for (Instant check = now.minus(Duration.ofDays(1)); check.isBefore(now);
                            check = check.plus(check.isBefore(lastHour) ? Duration.ofMinutes(30) : Duration.ofMinutes(1))) {
                        boolean failing = instance.title().equals("erp-db") && check.isAfter(now.minus(Duration.ofHours(5)));
                        boolean flaky = instance.title().equals("shop-web") && check.isBefore(lastHour)
                                && check.getEpochSecond() / 1800 % 5 == 0;
                        events.add(promise(instance, "tcp-listening", !failing && !flaky, check));
                    }
                }
                events.sort((a, b) -> a.at().compareTo(b.at()));
                for (int from = 0; from < events.size(); from += 500) {
                    List<ReportEvent> page = new ArrayList<>();
                    for (int i = from; i < Math.min(events.size(), from + 500); i++) {
                        page.add(events.get(i).withSeq(i + 1));
                    }
                    ingest.ingest(node[0], new Page(node[0], page.get(page.size() - 1).seq(), page));
                }
            }
            // Lyon's link went down two hours ago: its last report is that old
            database.inTransaction(connection -> {
                try (PreparedStatement update = connection.prepareStatement("UPDATE node SET last_report_at = ? WHERE id = ?")) {
                    update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusHours(2));
                    update.setString(2, "edge-lyon-1");
                    return update.executeUpdate();
                }
            });
            InvoiceGenerator invoices = master.invoiceGenerator();
            invoices.generate(lastMonth, null);
            invoices.generate(thisMonth, null);
            Invoices issued = master.invoices();
            long acmeLastMonth = issued.list(lastMonth, null).stream().filter(i -> i.project().equals("acme")).findFirst()
                    .orElseThrow().id();
            // issued at the end of last month, due at once: unpaid, so overdue whatever today's date
            issued.issue(acmeLastMonth, Duration.ZERO, lastMonth.end());
            master.periodicChecks().check();
            TicketService tickets = master.tickets();
            long silent = tickets.list("open", "node-silent").get(0).id();
            tickets.acknowledge(silent, "alice", "calling the Lyon site");
            tickets.assign(silent, "bob", "alice");
            tickets.comment(silent, "the site's router lost power; back tonight", "bob");
        }
    }

    /** Usage over a period: CPU in a daily wave with ripples of minutes, memory with it, disk growing slowly. */
    private static ReportEvent usage(InstanceRecord instance, Instant from, Duration length, int slot, Instant since) {
        double hours = length.toSeconds() / 3600.0;
        double load = 0.3 + 0.1 * (slot % 4) + 0.25 * Math.sin(2 * Math.PI * from.getEpochSecond() / 86_400 + slot)
                + 0.05 * Math.sin(from.getEpochSecond() / 240.0 + slot);
        double diskMb = 800 + 400 * (slot % 3) + 2 * Duration.between(since, from).toHours();
        return new ReportEvent(0, from.plus(length), Kind.USAGE, "p00" + slot, instance.id(), ReportCodec.JSON
                .createObjectNode().put("from", from.toString()).put("to", from.plus(length).toString())
                .put("cpuSeconds", BigDecimal.valueOf(Math.round(load * 3600 * hours * 1000), 3))
                .put("memoryMbHours", BigDecimal.valueOf(Math.round((300 + 200 * load) * hours * 1000), 3))
                .put("diskMbHours", BigDecimal.valueOf(Math.round(diskMb * hours * 1000), 3))
                .put("instanceHours", BigDecimal.valueOf(Math.round(hours * 1_000_000), 6)));
    }

    private static ReportEvent promise(InstanceRecord instance, String name, boolean ok, Instant at) {
        return new ReportEvent(0, at, Kind.PROMISE, "p000", instance.id(), ReportCodec.JSON.createObjectNode()
                .put("name", name).put("ok", ok).put("message", ok ? "port open" : "connection refused"));
    }
}
