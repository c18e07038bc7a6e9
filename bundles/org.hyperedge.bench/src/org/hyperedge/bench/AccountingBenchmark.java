package org.hyperedge.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hyperedge.master.accounting.Projects;
import org.hyperedge.master.accounting.Resource;
import org.hyperedge.master.billing.BillingPeriod;
import org.hyperedge.master.billing.InvoiceGenerator;
import org.hyperedge.master.billing.PriceList;
import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.master.Master;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.master.sync.ReportIngest;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportCodec.Page;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;

/**
 * {@code ./hyperedge bench accounting}: usage records ingested per second through the master's real report ingest
 * (pages of 1,000 events per node, one transaction each, as the connector ingests them), and the time to generate a
 * month of invoices for 1,000 projects from 1,000,000 usage records. Usage: AccountingBenchmark LABEL JDBC-URL
 * [RECORDS] on a fresh, empty database; {@code -Dhyperedge.bench.threads=N} ingests with N threads (default 1: H2
 * gains nothing from a second writer on 2 cores), each taking whole nodes, as the connector's sync workers do.
 */
public final class AccountingBenchmark {

    private static final int PROJECTS = 1000;
    private static final int NODES = 100;
    private static final int PAGE = 1000;
    private static final BillingPeriod MONTH = BillingPeriod.parse("2026-10");

    private AccountingBenchmark() {
    }

    public static void main(String[] args) {
        String label = args[0];
        int records = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        try (Master master = Master.open(args[1])) {
            List<InstanceRecord> instances = fleet(master);
            ReportIngest ingest = master.reportIngest();
            int perInstance = records / instances.size();
            int threads = Integer.getInteger("hyperedge.bench.threads", 1);
            // the connector's sync workers ingest different nodes' pages side by side; so do these threads
            ExecutorService workers = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<Integer>> perNode = new ArrayList<>();
            for (int node = 0; node < NODES; node++) {
                int n = node;
                perNode.add(workers.submit(() -> reportUsage(ingest, n, instances, perInstance)));
            }
            long ingested = 0;
            for (Future<Integer> done : perNode) {
                ingested += done.get();
            }
            double ingestSeconds = (System.nanoTime() - start) / 1e9;
            workers.shutdown();
            System.out.printf("%s: %,d usage records ingested in %.2f s: %,.0f records/s (pages of %,d, one transaction "
                    + "each, %d nodes ingested by %d threads; the time includes making the pages)%n", label, ingested,
                    ingestSeconds, ingested / ingestSeconds, PAGE, NODES, threads);
            BenchFigures.print("accounting." + BenchFigures.label(label) + ".records-ingested", Math.round(ingested / ingestSeconds),
                    "records/s", true);

            start = System.nanoTime();
            InvoiceGenerator.Outcome outcome = master.invoiceGenerator().generate(MONTH, null);
            double invoiceSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: a month of invoices for %,d projects from %,d usage records in %.2f s (%,d lines, %s EUR)%n",
                    label, outcome.generated(), ingested, invoiceSeconds, outcome.lines(), outcome.total().toPlainString());
            BenchFigures.print("accounting." + BenchFigures.label(label) + ".month-of-invoices", invoiceSeconds, "s", false);
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("the ingest failed: " + e.getMessage(), e);
        }
        System.exit(0);
    }

    /** One node's usage reports: its 10 instances' usage, interval after interval, in pages as the connector pulls. */
    private static int reportUsage(ReportIngest ingest, int node, List<InstanceRecord> instances, int perInstance) {
        long seconds = (MONTH.end().getEpochSecond() - MONTH.start().getEpochSecond()) / perInstance;
        String nodeId = "node-" + node;
        long cursor = 0;
        int ingested = 0;
        List<ReportEvent> page = new ArrayList<>(PAGE);
        for (int interval = 0; interval < perInstance; interval++) {
            for (int slot = 0; slot < PROJECTS / NODES; slot++) {
                InstanceRecord instance = instances.get(node * (PROJECTS / NODES) + slot);
                Instant from = MONTH.start().plusSeconds(interval * seconds);
                page.add(usage(++cursor, instance.id(), from, from.plusSeconds(seconds), interval + slot));
                if (page.size() == PAGE) {
                    ingested += ingest.ingest(nodeId, new Page(nodeId, cursor, page)).ingested();
                    page = new ArrayList<>(PAGE);
                }
            }
        }
        if (!page.isEmpty()) {
            ingested += ingest.ingest(nodeId, new Page(nodeId, cursor, page)).ingested();
        }
        return ingested;
    }

    /** 1,000 projects, each owning one tree of one instance, on 100 nodes of 10 partitions; a price list. */
    private static List<InstanceRecord> fleet(Master master) {
        CatalogStore catalog = master.catalog();
        try {
            catalog.importBuiltIn();
            NodeLinks links = master.nodeLinks();
            for (int node = 0; node < NODES; node++) {
                links.adopt(new NodeSpec("node-" + node, "bench", "10.0." + node / 250 + "." + node % 250 + ":7443", 64_000,
                        65_536, 1_000_000, Map.of(), PROJECTS / NODES, 20_000, 10), "ab".repeat(32));
            }
            RequestService requests = master.requests();
            Projects projects = master.projects();
            List<InstanceRecord> instances = new ArrayList<>();
            for (int i = 0; i < PROJECTS; i++) {
                String tree = "svc-" + i;
                instances.add(requests.request(Request.root(tree, "builtin:h2-database", "default",
                        ReportCodec.JSON.createObjectNode()).withSla(Map.of("node", "node-" + i / (PROJECTS / NODES)))));
                projects.create("project-" + i, "Project " + i);
                projects.assign(tree, "project-" + i);
            }
            PriceList prices = master.prices();
            prices.set(Resource.CPU, new BigDecimal("0.000011"), "EUR", MONTH.start());
            prices.set(Resource.MEMORY, new BigDecimal("0.0000042"), "EUR", MONTH.start());
            prices.set(Resource.DISK, new BigDecimal("0.0000001"), "EUR", MONTH.start());
            prices.set(Resource.INSTANCE, new BigDecimal("0.0125"), "EUR", MONTH.start());
            return instances;
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the benchmark's fleet: " + e.getMessage(), e);
        }
    }

    private static ReportEvent usage(long seq, long instance, Instant from, Instant to, int salt) {
        return new ReportEvent(seq, to, Kind.USAGE, "p000", instance, ReportCodec.JSON.createObjectNode()
                .put("from", from.toString()).put("to", to.toString())
                .put("cpuSeconds", new BigDecimal(1000 + salt % 997).movePointLeft(3))
                .put("memoryMbHours", new BigDecimal(512_000 + salt % 1009).movePointLeft(3))
                .put("diskMbHours", new BigDecimal(1024)).put("instanceHours", new BigDecimal("0.716667")));
    }
}
