package org.hyperedge.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hyperedge.master.store.Database;
import org.hyperedge.master.store.StoreException;

/**
 * {@code hyperedge catalog | request | status | nodes}: the master from a terminal, on the same database
 * as the console (the H2 file of the data directory, or {@code --db JDBC-URL}).
 *
 * <p>Exit codes: 0 done; 1 refused (the reasons follow on stderr); 2 the command line was not
 * understood; 3 the database failed.
 */
public final class Main {

    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;
    public static final int DATABASE = 3;

    static final String USAGE_TEXT = """
            Usage: hyperedge [--data DIR | --db JDBC-URL] [--operator-key FILE|none] COMMAND [ARGS]

              catalog                        the releases you can request, with their software types
              request RELEASE TITLE [--type T] [--param K=V]... [--params-file F] [--node K=V]...
                      [--state started|stopped|destroyed] [--shared] [--dry-run]
                                             request a service (again: updates it); --node sets the SLA
                                             (node, site, label.NAME, cpu, memory-mb, disk-mb)
              status [TREE]                  every instance (or one tree) in a dense table
              nodes                          sites and nodes: capacity, free partitions, age of the last
                                             report, sync state
              nodes adopt HOST:PORT CODE [--site S] [--label K=V]...
                                             adopt the node whose agent printed CODE (pins both ways)
              nodes revoke NODE              stop talking to a node (it needs a new pairing to come back)
              master [--period S] [--threads N]
                                             headless master: sync every adopted node until stopped
              plan FILE.composite [--name TREE]
                                             dry run of a composite service: where each service would go
              request-composite FILE.composite [--name TREE] [--dry-run]
                                             order a composite service as one instance tree (default name:
                                             the file's); again with the same name updates the tree
              monitoring                     node staleness and instance health from the promises
              tickets [--state open|acknowledged|resolved|closed|all] [--kind K]
                                             tickets (open ones by default), newest first
              tickets show|ack|close ID [--note T] · tickets assign ID WHO · tickets comment ID TEXT
              tickets open SUBJECT REASON · tickets check (silent nodes, overdue invoices, retention now)
              billing projects · billing project-add NAME [--title T] · billing assign TREE PROJECT
              billing prices [--all] · billing set-price UNIT PRICE CURRENCY [--from YYYY-MM-DD]
                                             UNIT: cpu-second, memory-mb-hour, disk-mb-hour, instance-hour
              billing usage [--month YYYY-MM] usage per project (default: last month, UTC)
              billing invoice [--month YYYY-MM] [--project P]
                                             generate draft invoices (issued ones are never changed)
              billing invoices [--month M] [--state draft|issued|paid] · billing show INVOICE
              billing issue INVOICE [--terms-days N] · billing pay INVOICE
              billing export-usage FILE|- [--month M] · billing export-invoices FILE|- [--month M]
              site export --composite NAME|FILE --out FILE [--site S] [--pair HOST:PORT=CODE]...
                                             a signed site bundle: catalog subset, artifacts, plan, prices
              site import FILE --trust FINGERPRINT [--no-setup]
                                             into an empty master; then adopt the paired machines, provision
              site return --out FILE         the site's records, signed by this (site) master
              site import-return FILE --trust FINGERPRINT
                                             at the office: the records, once; conflicts listed
              site info FILE                 a bundle's signer fingerprint and contents, verified
              operators                      the operator keys nodes seal secret values to
              operators enroll [--name NAME] make your operator key (if none) and add it to this master
              operators add NAME PUBLIC-KEY · operators remove NAME
                                             another operator's key; --operator-key FILE (default
                                             ~/.config/hyperedge/operator.key) opens sealed values in status

            Exit codes: 0 done, 1 refused, 2 bad command line, 3 database error.
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    /** Runs one command; returns the exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(args);
        String url = null;
        Path data = Path.of(System.getProperty("user.home"), ".hyperedge");
        Path operatorKey = org.hyperedge.master.seal.OperatorKeyFile.defaultPath();
        try {
            while (!rest.isEmpty() && rest.get(0).startsWith("--")) {
                String option = rest.remove(0);
                switch (option) {
                    case "--data" -> data = Path.of(value(rest, option));
                    case "--db" -> url = value(rest, option);
                    case "--operator-key" -> operatorKey = Path.of(value(rest, option));
                    case "--help" -> {
                        out.print(USAGE_TEXT);
                        return OK;
                    }
                    default -> throw new UsageException("unknown option " + option);
                }
            }
            if (rest.isEmpty()) {
                throw new UsageException("no command given");
            }
            String command = rest.remove(0);
            try (Database database = Database.open(url != null ? url : Database.h2Url(data))) {
                Commands commands = new Commands(database, out, err);
                NodeCommands nodeCommands = new NodeCommands(database, data, out, err);
                return switch (command) {
                    case "catalog" -> commands.catalog(rest);
                    case "request" -> commands.request(rest);
                    case "status" -> commands.status(rest, OperatorCommands.unsealer(operatorKey));
                    case "nodes" -> nodeCommands.nodes(rest);
                    case "master" -> nodeCommands.master(rest);
                    case "plan" -> commands.composites().plan(rest);
                    case "request-composite" -> commands.composites().request(rest);
                    case "monitoring" -> new TicketCommands(database, out).monitoring(rest);
                    case "tickets" -> new TicketCommands(database, out).tickets(rest);
                    case "billing" -> new BillingCommands(database, out).billing(rest);
                    case "site" -> new SiteCommands(database, data, out, err).site(rest);
                    case "operators" -> new OperatorCommands(database, operatorKey, out, err).operators(rest);
                    default -> throw new UsageException("unknown command '" + command + "'");
                };
            }
        } catch (UsageException e) {
            err.println("hyperedge: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        } catch (java.io.IOException e) {
            err.println("hyperedge: " + e.getMessage());
            return REFUSED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OK;
        } catch (IllegalStateException e) {
            err.println("hyperedge: " + e.getMessage());
            return REFUSED;
        } catch (StoreException | IllegalArgumentException e) {
            err.println("hyperedge: " + e.getMessage());
            return e instanceof StoreException ? DATABASE : USAGE;
        }
    }

    private static String value(List<String> rest, String option) {
        if (rest.isEmpty()) {
            throw new UsageException(option + " needs a value");
        }
        return rest.remove(0);
    }
}
