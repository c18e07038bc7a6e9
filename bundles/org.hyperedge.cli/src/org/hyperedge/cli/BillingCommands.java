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
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

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
import org.hyperedge.master.store.Database;

/** {@code billing ...}: projects, the price list, usage, invoices and their CSV exports. */
final class BillingCommands {

    private final Projects projects;
    private final PriceList prices;
    private final UsageLedger ledger;
    private final Invoices invoices;
    private final InvoiceGenerator generator;
    private final PrintStream out;

    BillingCommands(Database database, PrintStream out) {
        this.projects = new Projects(database);
        this.prices = new PriceList(database);
        this.ledger = new UsageLedger(database);
        this.invoices = new Invoices(database);
        this.generator = new InvoiceGenerator(database);
        this.out = out;
    }

    int billing(List<String> args) throws IOException {
        if (args.isEmpty()) {
            throw new UsageException("billing needs an action: projects, project-add, assign, prices, set-price, usage, "
                    + "invoice, invoices, show, issue, pay, export-usage, export-invoices");
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "projects" -> projects(Arguments.parse(rest, List.of(), List.of()));
            case "project-add" -> {
                Arguments parsed = positional(rest, List.of("title"), 1, "project-add NAME [--title T]");
                projects.create(parsed.positional().get(0), parsed.option("title"));
                out.println("project '" + parsed.positional().get(0) + "' created");
                yield Main.OK;
            }
            case "assign" -> {
                Arguments parsed = positional(rest, List.of(), 2, "assign TREE PROJECT");
                projects.assign(parsed.positional().get(0), parsed.positional().get(1));
                out.println("tree '" + parsed.positional().get(0) + "' now belongs to project '" + parsed.positional().get(1) + "'");
                yield Main.OK;
            }
            case "prices" -> prices(Arguments.parse(rest, List.of(), List.of("all")));
            case "set-price" -> setPrice(positional(rest, List.of("from"), 3, "set-price UNIT PRICE CURRENCY [--from DATE]"));
            case "usage" -> usage(Arguments.parse(rest, List.of("month"), List.of()));
            case "invoice" -> generate(Arguments.parse(rest, List.of("month", "project"), List.of()));
            case "invoices" -> list(Arguments.parse(rest, List.of("month", "state"), List.of()));
            case "show" -> show(invoiceId(positional(rest, List.of(), 1, "show INVOICE")));
            case "issue" -> {
                Arguments parsed = positional(rest, List.of("terms-days"), 1, "issue INVOICE [--terms-days N]");
                Duration terms = parsed.option("terms-days") == null ? Invoices.DEFAULT_TERMS
                        : Duration.ofDays(number(parsed.option("terms-days"), "--terms-days"));
                yield show(invoices.issue(invoiceId(parsed), terms, Instant.now()).id());
            }
            case "pay" -> show(invoices.pay(invoiceId(positional(rest, List.of(), 1, "pay INVOICE")), Instant.now()).id());
            case "export-usage" -> export(positional(rest, List.of("month"), 1, "export-usage FILE|- [--month YYYY-MM]"), true);
            case "export-invoices" -> export(positional(rest, List.of("month"), 1, "export-invoices FILE|- [--month YYYY-MM]"),
                    false);
            default -> throw new UsageException("unknown billing action '" + args.get(0) + "'");
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
        BigDecimal price;
        try {
            price = new BigDecimal(parsed.positional().get(1));
        } catch (NumberFormatException e) {
            throw new UsageException("price '" + parsed.positional().get(1) + "' is not a decimal number like 0.000011");
        }
        Instant from = parsed.option("from") == null ? Instant.now() : instant(parsed.option("from"));
        Price set = prices.set(resource, price, parsed.positional().get(2), from);
        out.println(set.resource().unit() + " costs " + set.unitPrice().toPlainString() + " " + set.currency() + " from "
                + set.effectiveFrom() + " on");
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
        InvoiceGenerator.Outcome outcome = generator.generate(period, parsed.option("project"));
        out.println(period + ": " + outcome.generated() + " draft invoice(s) generated with " + outcome.lines() + " line(s), "
                + outcome.total().toPlainString() + " in all" + (outcome.keptFinal() == 0 ? ""
                        : "; " + outcome.keptFinal() + " issued or paid invoice(s) left as they are"));
        return Main.OK;
    }

    private int list(Arguments parsed) {
        BillingPeriod period = parsed.option("month") == null ? null : BillingPeriod.parse(parsed.option("month"));
        Table table = new Table("INVOICE", "PROJECT", "PERIOD", "STATE", "TOTAL", "DUE");
        for (Invoice invoice : invoices.list(period, parsed.option("state"))) {
            table.add(invoice.id(), invoice.project(), invoice.period(), invoice.overdue(Instant.now()) ? "overdue"
                    : invoice.state(), Money.format(invoice.total(), invoice.currency()), invoice.dueAt());
        }
        table.print(out);
        return Main.OK;
    }

    private int show(long id) {
        Invoice invoice = invoices.find(id).orElseThrow(() -> new IllegalArgumentException("no invoice " + id));
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
        try (Writer writer = "-".equals(file) ? new OutputStreamWriter(out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)) {
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
                : BillingPeriod.parse(month);
    }

    /** A date (midnight UTC) or an instant. */
    private static Instant instant(String text) {
        try {
            return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new UsageException("--from '" + text + "' is not a date like 2026-11-01 or an instant like "
                    + "2026-11-01T00:00:00Z");
        }
    }

    private static Arguments positional(List<String> rest, List<String> valued, int count, String usage) {
        Arguments parsed = Arguments.parse(rest, valued, List.of());
        if (parsed.positional().size() != count) {
            throw new UsageException("billing " + usage);
        }
        return parsed;
    }

    private static long invoiceId(Arguments parsed) {
        return number(parsed.positional().get(0), "invoice id");
    }

    private static long number(String text, String what) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException(what + " '" + text + "' is not a number");
        }
    }
}
