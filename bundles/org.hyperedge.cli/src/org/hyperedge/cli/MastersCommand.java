package org.hyperedge.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.hyperedge.master.Master;
import org.hyperedge.master.sync.NodeLeases;

/**
 * {@code hyperedge masters}: the master processes syncing nodes on this database now (several on one PostgreSQL,
 * issue 19), each with where it listens, how old its heartbeat is and how many dialled nodes it leases.
 */
final class MastersCommand {

    private final Master master;
    private final PrintStream out;

    MastersCommand(Master master, PrintStream out) {
        this.master = master;
        this.out = out;
    }

    int run(List<String> args) {
        if (!args.isEmpty()) {
            throw new UsageException("masters takes no argument, not " + org.hyperedge.cli.input.Text.quote(args.get(0)));
        }
        if (master.embedded()) {
            out.println("an embedded (H2) master: one process syncs every node; several masters share a PostgreSQL "
                    + "database (--db jdbc:postgresql://...)");
            return Main.OK;
        }
        List<NodeLeases.LiveMaster> live = master.nodeLeases().live();
        if (live.isEmpty()) {
            out.println("no live master on " + master.url() + " (none has beaten its heart in the last "
                    + NodeLeases.LEASE.toSeconds() + " s)");
            return Main.OK;
        }
        Table table = new Table("MASTER", "LISTEN", "HEARTBEAT", "NODES LEASED", "STARTED");
        for (NodeLeases.LiveMaster one : live) {
            table.add(one.id(), one.listenAddress(),
                    String.format(Locale.ROOT, "%.1f s ago", one.heartbeatAge().toMillis() / 1000.0), one.nodesLeased(),
                    one.startedAt().withNano(0));
        }
        table.print(out);
        return Main.OK;
    }
}
