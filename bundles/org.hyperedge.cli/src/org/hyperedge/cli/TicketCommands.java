package org.hyperedge.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hyperedge.cli.input.InputRefused;
import org.hyperedge.cli.input.Numbers;
import org.hyperedge.cli.input.Text;
import org.hyperedge.master.monitoring.MonitoringQueries;
import org.hyperedge.master.monitoring.PeriodicChecks;
import org.hyperedge.master.Master;
import org.hyperedge.master.sync.NodeClocks;
import org.hyperedge.master.ticket.Ticket;
import org.hyperedge.master.ticket.TicketService;

/** {@code tickets ...} and {@code monitoring}: what is wrong, and what admins do about it. */
final class TicketCommands {

    private final Master master;
    private final TicketService tickets;
    private final PrintStream out;
    private final String actor = System.getProperty("user.name", "admin");

    TicketCommands(Master master, PrintStream out) {
        this.master = master;
        this.tickets = master.tickets();
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
                long id = id(parsed, 1, "ack ID [--note TEXT]");
                yield print(tickets.acknowledge(id, actor, note(parsed)));
            }
            case "assign" -> {
                Arguments parsed = Arguments.parse(rest, List.of(), List.of());
                long id = id(parsed, 2, "assign ID WHO");
                yield print(tickets.assign(id, Text.name("WHO", parsed.positional().get(1), Limits.NAME), actor));
            }
            case "comment" -> {
                Arguments parsed = Arguments.parse(rest, List.of(), List.of());
                long id = id(parsed, 2, "comment ID TEXT");
                yield print(tickets.comment(id, Text.text("TEXT", parsed.positional().get(1), Limits.TICKET_NOTE), actor));
            }
            case "close" -> {
                Arguments parsed = Arguments.parse(rest, List.of("note"), List.of());
                long id = id(parsed, 1, "close ID [--note TEXT]");
                yield print(tickets.close(id, actor, note(parsed)));
            }
            case "open" -> {
                Arguments parsed = Arguments.parse(rest, List.of(), List.of());
                if (parsed.positional().size() != 2) {
                    throw new UsageException("tickets open needs SUBJECT and REASON");
                }
                yield print(tickets.open(Text.text("SUBJECT", parsed.positional().get(0), Limits.TICKET_SUBJECT),
                        Text.text("REASON", parsed.positional().get(1), Limits.TICKET_REASON), actor));
            }
            case "check" -> {
                if (!Arguments.parse(rest, List.of(), List.of()).positional().isEmpty()) {
                    throw new UsageException("tickets check takes no arguments");
                }
                PeriodicChecks.Outcome outcome = master.periodicChecks().check();
                out.println(outcome.silentNodes() + " silent node(s), " + outcome.overdueInvoices() + " overdue invoice(s); "
                        + "retention deleted " + outcome.purged().promiseResults() + " promise result(s) and "
                        + outcome.purged().nodeEvents() + " node event(s)");
                yield Main.OK;
            }
            default -> throw new UsageException("unknown tickets action " + Text.quote(action)
                    + ": expected show, ack, assign, comment, close, open or check");
        };
    }

    /** Node staleness and instance health, the stalest and the failing first. */
    int monitoring(List<String> args) {
        if (!Arguments.parse(args, List.of(), List.of()).positional().isEmpty()) {
            throw new UsageException("monitoring takes no arguments");
        }
        MonitoringQueries monitoring = master.monitoring();
        Map<String, NodeClocks.NodeClock> clocks = master.nodeClocks().all();
        Table nodes = new Table("NODE", "SITE", "LAST REPORT", "STALENESS", "CLOCK", "SYNC ERROR");
        for (MonitoringQueries.NodeStatus node : monitoring.nodes(Instant.now())) {
            nodes.add(node.id(), node.site(), node.lastReportAt() == null ? "never" : node.lastReportAt(),
                    node.staleness().getSeconds() + " s", NodeCommands.clock(clocks.get(node.id())), node.lastSyncError());
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
        if (!parsed.positional().isEmpty()) {
            throw new UsageException("unknown tickets action " + Text.quote(parsed.positional().get(0))
                    + ": expected show, ack, assign, comment, close, open or check");
        }
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
        return print(tickets.find(id).orElseThrow(() -> new InputRefused("no ticket " + id + " (./hyperedge tickets --state all "
                + "lists them)")));
    }

    private static String note(Arguments parsed) {
        return parsed.option("note") == null ? null : Text.text("--note", parsed.option("note"), Limits.TICKET_NOTE);
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
        return Numbers.whole("ticket id", parsed.positional().get(0), 1, Limits.ID, "");
    }
}
