package org.hyperedge.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.hyperedge.cli.input.Dates;
import org.hyperedge.cli.input.InputFiles;
import org.hyperedge.cli.input.InputRefused;
import org.hyperedge.cli.input.Numbers;
import org.hyperedge.cli.input.Text;
import org.hyperedge.master.accounting.Projects;
import org.hyperedge.master.accounting.Resource;
import org.hyperedge.master.accounting.UsageLedger;
import org.hyperedge.master.billing.BillingPeriod;
import org.hyperedge.master.billing.Invoice;
import org.hyperedge.master.billing.InvoiceGenerator;
import org.hyperedge.master.billing.Invoices;
import org.hyperedge.master.billing.Money;
import org.hyperedge.master.billing.Price;
import org.hyperedge.master.billing.PriceList;
import org.hyperedge.master.Master;

/** {@code billing ...}: projects, the price list, usage, invoices and their CSV exports. */
final class BillingCommands {

    private final Projects projects;
    private final PriceList prices;
    private final UsageLedger ledger;
    private final Invoices invoices;
    private final InvoiceGenerator generator;
    private final PrintStream out;

    BillingCommands(Master master, PrintStream out) {
        this.projects = master.projects();
        this.prices = master.prices();
        this.ledger = master.usage();
        this.invoices = master.invoices();
        this.generator = master.invoiceGenerator();
        this.out = out;
    }

    int billing(List<String> args) throws IOException {
        if (args.isEmpty()) {
            throw new UsageException("billing needs an action: projects, project-add, assign, prices, set-price, usage, "
                    + "invoice, invoices, show, issue, pay, export-usage, export-invoices");
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "projects" -> projects(positional(rest, List.of(), 0, "projects"));
            case "project-add" -> {
                Arguments parsed = positional(rest, List.of("title"), 1, "project-add NAME [--title T]");
                String title = parsed.option("title") == null ? null : Text.name("--title", parsed.option("title"), Limits.NAME);
                projects.create(Text.name("NAME", parsed.positional().get(0), Limits.NAME), title);
                out.println("project '" + parsed.positional().get(0) + "' created");
                yield Main.OK;
            }
            case "assign" -> {
                Arguments parsed = positional(rest, List.of(), 2, "assign TREE PROJECT");
                projects.assign(Text.name("TREE", parsed.positional().get(0), Limits.NAME),
                        Text.name("PROJECT", parsed.positional().get(1), Limits.NAME));
                out.println("tree '" + parsed.positional().get(0) + "' now belongs to project '" + parsed.positional().get(1) + "'");
                yield Main.OK;
            }
            case "prices" -> prices(positional(rest, List.of(), List.of("all"), 0, "prices [--all]"));
            case "set-price" -> setPrice(positional(rest, List.of("from"), 3, "set-price UNIT PRICE CURRENCY [--from DATE]"));
            case "usage" -> usage(positional(rest, List.of("month"), 0, "usage [--month YYYY-MM]"));
            case "invoice" -> generate(positional(rest, List.of("month", "project"), 0, "invoice [--month YYYY-MM] [--project P]"));
            case "invoices" -> list(positional(rest, List.of("month", "state"), 0, "invoices [--month M] [--state S]"));
            case "show" -> show(invoiceId(positional(rest, List.of(), 1, "show INVOICE")));
            case "issue" -> {
                Arguments parsed = positional(rest, List.of("terms-days"), 1, "issue INVOICE [--terms-days N]");
                Duration terms = parsed.option("terms-days") == null ? Invoices.DEFAULT_TERMS
                        : Duration.ofDays(Numbers.whole("--terms-days", parsed.option("terms-days"), 0, Limits.TERMS_DAYS, "days"));
                yield show(invoices.issue(invoiceId(parsed), terms, Instant.now()).id());
            }
            case "pay" -> show(invoices.pay(invoiceId(positional(rest, List.of(), 1, "pay INVOICE")), Instant.now()).id());
            case "export-usage" -> export(positional(rest, List.of("month"), 1, "export-usage FILE|- [--month YYYY-MM]"), true);
            case "export-invoices" -> export(positional(rest, List.of("month"), 1, "export-invoices FILE|- [--month YYYY-MM]"),
                    false);
            default -> throw new UsageException("unknown billing action " + Text.quote(args.get(0)));
        };
    }

    private int projects(Arguments parsed) {
        Table table = new Table("PROJECT", "TITLE", "TREES");
        projects.list().forEach(p -> table.add(p.name(), p.title(), p.trees()));
        table.print(out);
        return Main.OK;
    }

    private int prices(Arguments parsed) {
        List<Price> shown = parsed.flag("all") ? prices.history() : prices.currentAndUpcoming(Instant.now());
        Table table = new Table("UNIT", "PRICE", "CURRENCY", "FROM");
        shown.forEach(p -> table.add(p.resource().unit(), p.unitPrice().toPlainString(), p.currency(), p.effectiveFrom()));
        table.print(out);
        if (shown.isEmpty()) {
            out.println("No prices yet: ./hyperedge billing set-price cpu-second 0.000011 EUR --from 2026-11-01");
        }
        return Main.OK;
    }

    private int setPrice(Arguments parsed) {
        Resource resource = Resource.parse(parsed.positional().get(0));
        String currency = Money.currency(Text.name("CURRENCY", parsed.positional().get(2), Limits.SHORT_NAME)).getCurrencyCode();
        BigDecimal price = Numbers.decimal("PRICE", parsed.positional().get(1), BigDecimal.ZERO, Limits.MAX_PRICE,
                Limits.PRICE_DECIMALS, currency + " per " + resource.unit());
        // without --from, the price starts tomorrow: a price takes effect at the start of a day, and today has begun
        LocalDate day = parsed.option("from") == null ? LocalDate.now(ZoneOffset.UTC).plusDays(1)
                : Dates.date("--from", parsed.option("from"));
        Price set = prices.set(resource, price, currency, day.atStartOfDay().toInstant(ZoneOffset.UTC));
        out.println(set.resource().unit() + " costs " + set.unitPrice().toPlainString() + " " + set.currency() + " from "
                + set.effectiveFrom() + " on" + (parsed.option("from") == null ? " (tomorrow: --from DATE sets another day)"
                        : ""));
        return Main.OK;
    }

    private int usage(Arguments parsed) {
        BillingPeriod period = month(parsed);
        Table table = new Table("PROJECT", "CPU-SECONDS", "MEMORY-MB-HOURS", "DISK-MB-HOURS", "INSTANCE-HOURS");
        for (Map.Entry<String, Map<Resource, BigDecimal>> project : ledger.totals(period.start(), period.end()).entrySet()) {
            Map<Resource, BigDecimal> used = project.getValue();
            table.add(project.getKey(), used.get(Resource.CPU).toPlainString(), used.get(Resource.MEMORY).toPlainString(),
                    used.get(Resource.DISK).toPlainString(), used.get(Resource.INSTANCE).toPlainString());
        }
        table.print(out);
        out.println("Usage of " + period + " (UTC), by the start of each usage record.");
        return Main.OK;
    }

    private int generate(Arguments parsed) {
        BillingPeriod period = month(parsed);
        String project = parsed.option("project") == null ? null : Text.name("--project", parsed.option("project"), Limits.NAME);
        InvoiceGenerator.Outcome outcome = generator.generate(period, project);
        out.println(period + ": " + outcome.generated() + " draft invoice(s) generated with " + outcome.lines() + " line(s), "
                + outcome.total().toPlainString() + " in all" + (outcome.keptFinal() == 0 ? ""
                        : "; " + outcome.keptFinal() + " issued or paid invoice(s) left as they are"));
        return Main.OK;
    }

    private int list(Arguments parsed) {
        BillingPeriod period = parsed.option("month") == null ? null : new BillingPeriod(Dates.month("--month",
                parsed.option("month")));
        Table table = new Table("INVOICE", "PROJECT", "PERIOD", "STATE", "TOTAL", "DUE");
        for (Invoice invoice : invoices.list(period, parsed.option("state"))) {
            table.add(invoice.id(), invoice.project(), invoice.period(), invoice.overdue(Instant.now()) ? "overdue"
                    : invoice.state(), Money.format(invoice.total(), invoice.currency()), invoice.dueAt());
        }
        table.print(out);
        return Main.OK;
    }

    private int show(long id) {
        Invoice invoice = invoices.find(id).orElseThrow(() -> new InputRefused("no invoice " + id
                + " (./hyperedge billing invoices lists them)"));
        out.println("invoice " + invoice.id() + " · project " + invoice.project() + " · " + invoice.period() + " · "
                + invoice.state() + (invoice.dueAt() == null ? "" : " · due " + invoice.dueAt())
                + (invoice.paidAt() == null ? "" : " · paid " + invoice.paidAt()));
        Table table = new Table("LINE", "TREE", "RESOURCE", "QUANTITY", "UNIT PRICE", "AMOUNT");
        for (Invoice.Line line : invoice.lines()) {
            table.add(line.number(), line.tree(), line.resource(), line.quantity().toPlainString(),
                    line.unitPrice().toPlainString(), Money.format(line.amount(), invoice.currency()));
        }
        table.add("", "", "", "", "TOTAL", Money.format(invoice.total(), invoice.currency()));
        table.print(out);
        return Main.OK;
    }

    private int export(Arguments parsed, boolean usage) throws IOException {
        String file = parsed.positional().get(0);
        BillingPeriod period = parsed.option("month") == null && !usage ? null : month(parsed);
        Path path = "-".equals(file) ? null : InputFiles.output("FILE", file);
        try (Writer writer = path == null ? new OutputStreamWriter(out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            long rows = usage ? ledger.exportCsv(period.start(), period.end(), writer) : invoices.exportCsv(period, writer);
            if (!"-".equals(file)) {
                out.println(rows + " row(s) written to " + file);
            }
        }
        return Main.OK;
    }

    /** {@code --month YYYY-MM}, by default the previous month (the one to invoice). */
    private static BillingPeriod month(Arguments parsed) {
        String month = parsed.option("month");
        return month == null ? new BillingPeriod(BillingPeriod.containing(Instant.now()).month().minusMonths(1))
                : new BillingPeriod(Dates.month("--month", month));
    }

    private static Arguments positional(List<String> rest, List<String> valued, int count, String usage) {
        return positional(rest, valued, List.of(), count, usage);
    }

    private static Arguments positional(List<String> rest, List<String> valued, List<String> flags, int count, String usage) {
        Arguments parsed = Arguments.parse(rest, valued, flags);
        if (parsed.positional().size() != count) {
            throw new UsageException("billing " + usage);
        }
        return parsed;
    }

    private static long invoiceId(Arguments parsed) {
        return Numbers.whole("invoice id", parsed.positional().get(0), 1, Limits.ID, "");
    }
}
