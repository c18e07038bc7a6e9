package org.hyperedge.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

import org.hyperedge.master.monitoring.MonitoringQueries;
import org.hyperedge.master.monitoring.PeriodicChecks;
import org.hyperedge.master.store.Database;
import org.hyperedge.master.ticket.Ticket;
import org.hyperedge.master.ticket.TicketService;

/** {@code tickets ...} and {@code monitoring}: what is wrong, and what admins do about it. */
final class TicketCommands {

    private final Database database;
    private final TicketService tickets;
    private final PrintStream out;
    private final String actor = System.getProperty("user.name", "admin");

    TicketCommands(Database database, PrintStream out) {
        this.database = database;
        this.tickets = new TicketService(database);
        this.out = out;
    }

    int tickets(List<String> args) {
        String action = args.isEmpty() || args.get(0).startsWith("--") ? "list" : args.get(0);
        List<String> rest = action.equals("list") ? args : args.subList(1, args.size());
        return switch (action) {
            case "list" -> list(Arguments.parse(rest, List.of("state", "kind"), List.of()));
            case "show" -> show(id(Arguments.parse(rest, List.of(), List.of()), 1, "show ID"));
            case "ack" -> {
                Arguments parsed = Arguments.parse(rest, List.of("note"), List.of());
                yield print(tickets.acknowledge(id(parsed, 1, "ack ID [--note TEXT]"), actor, parsed.option("note")));
            }
            case "assign" -> {
                Arguments parsed = Arguments.parse(rest, List.of(), List.of());
                yield print(tickets.assign(id(parsed, 2, "assign ID WHO"), parsed.positional().get(1), actor));
            }
            case "comment" -> {
                Arguments parsed = Arguments.parse(rest, List.of(), List.of());
                yield print(tickets.comment(id(parsed, 2, "comment ID TEXT"), parsed.positional().get(1), actor));
            }
            case "close" -> {
                Arguments parsed = Arguments.parse(rest, List.of("note"), List.of());
                yield print(tickets.close(id(parsed, 1, "close ID [--note TEXT]"), actor, parsed.option("note")));
            }
            case "open" -> {
                Arguments parsed = Arguments.parse(rest, List.of(), List.of());
                if (parsed.positional().size() != 2) {
                    throw new UsageException("tickets open needs SUBJECT and REASON");
                }
                yield print(tickets.open(parsed.positional().get(0), parsed.positional().get(1), actor));
            }
            case "check" -> {
                Arguments.parse(rest, List.of(), List.of());
                PeriodicChecks.Outcome outcome = new PeriodicChecks(database).check();
                out.println(outcome.silentNodes() + " silent node(s), " + outcome.overdueInvoices() + " overdue invoice(s); "
                        + "retention deleted " + outcome.purged().promiseResults() + " promise result(s) and "
                        + outcome.purged().nodeEvents() + " node event(s)");
                yield Main.OK;
            }
            default -> throw new UsageException("unknown tickets action '" + action
                    + "': expected show, ack, assign, comment, close, open or check");
        };
    }

    /** Node staleness and instance health, the stalest and the failing first. */
    int monitoring(List<String> args) {
        Arguments.parse(args, List.of(), List.of());
        MonitoringQueries monitoring = new MonitoringQueries(database);
        Table nodes = new Table("NODE", "SITE", "LAST REPORT", "STALENESS", "SYNC ERROR");
        for (MonitoringQueries.NodeStatus node : monitoring.nodes(Instant.now())) {
            nodes.add(node.id(), node.site(), node.lastReportAt() == null ? "never" : node.lastReportAt(),
                    node.staleness().getSeconds() + " s", node.lastSyncError());
        }
        nodes.print(out);
        out.println();
        Table instances = new Table("INSTANCE", "TREE", "PROMISES", "FAILING", "HEALTH", "LAST CHECK");
        for (MonitoringQueries.InstanceHealth health : monitoring.instanceHealth()) {
            instances.add(health.title(), health.tree(), health.promises(), health.failing(),
                    health.healthy() ? "ok" : "failing", health.lastCheckedAt());
        }
        instances.print(out);
        return Main.OK;
    }

    private int list(Arguments parsed) {
        String state = parsed.option("state") == null ? "open" : parsed.option("state");
        List<Ticket> found = tickets.list(state, parsed.option("kind"));
        Table table = new Table("ID", "STATE", "KIND", "SUBJECT", "ASSIGNEE", "OPENED", "REASON");
        for (Ticket ticket : found) {
            table.add(ticket.id(), ticket.state(), ticket.kind(), ticket.subject(), ticket.assignee(), ticket.openedAt(),
                    ticket.reason());
        }
        table.print(out);
        if (found.isEmpty()) {
            out.println("No " + ("all".equals(state) ? "" : state + " ") + "tickets.");
        }
        return Main.OK;
    }

    private int show(long id) {
        return print(tickets.find(id).orElseThrow(() -> new IllegalArgumentException("no ticket " + id)));
    }

    private int print(Ticket ticket) {
        out.println("ticket " + ticket.id() + " · " + ticket.state() + " · " + ticket.kind() + " · " + ticket.subject()
                + (ticket.assignee() == null ? "" : " · assigned to " + ticket.assignee()));
        out.println("  " + ticket.reason());
        for (Ticket.Event event : ticket.history()) {
            out.println("  " + event.at() + "  " + event.actor() + "  " + event.action()
                    + (event.note() == null ? "" : ": " + event.note().replace("\n", "\n      "))); // a process's output lines
        }
        return Main.OK;
    }

    private static long id(Arguments parsed, int arguments, String usage) {
        if (parsed.positional().size() != arguments) {
            throw new UsageException("tickets " + usage);
        }
        try {
            return Long.parseLong(parsed.positional().get(0));
        } catch (NumberFormatException e) {
            throw new UsageException("ticket id '" + parsed.positional().get(0) + "' is not a number");
        }
    }
}
