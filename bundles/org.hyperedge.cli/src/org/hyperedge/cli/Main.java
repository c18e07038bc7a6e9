package org.hyperedge.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hyperedge.cli.input.InputFiles;
import org.hyperedge.cli.input.InputRefused;
import org.hyperedge.cli.input.Text;
import org.hyperedge.master.Master;

/**
 * {@code hyperedge catalog | request | status | nodes}: the master from a terminal, on the same database
 * as the console (the H2 file of the data directory, or {@code --db JDBC-URL}).
 *
 * <p>Exit codes: 0 done; 1 refused (the reasons follow on stderr: a value out of its bounds, a file that cannot be
 * read, something not found, a rule of the master); 2 the command line was not understood (an unknown command or
 * option, a missing argument); 3 the database failed; 4 an unexpected failure (a defect).
 */
public final class Main {

    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;
    public static final int DATABASE = 3;
    public static final int INTERNAL = 4;

    // .indent(0) changes nothing in the text but keeps it from being a compile-time constant: a class that prints it
    // (CommandReference) then reads it from here, and an incremental build cannot leave a stale copy inlined there
    static final String USAGE_TEXT = """
            Usage: hyperedge [--data DIR | --db JDBC-URL] [--operator-key FILE|none] COMMAND [ARGS]

              catalog                        the releases you can request, with their software types
              catalog import FILE|DIR        add a release (or replace the one with its id): a descriptor,
                                             or a directory with release.json and the schema files it names
              catalog publish DIR --out INDEX-DIR [--key KEY-DIR] [--artifacts DIR]
                                             sign a catalog index of DIR's releases and their artifacts
                                             (in each release directory, or in --artifacts DIR) with this
                                             master's identity, or the key in KEY-DIR; prints the fingerprint
              catalog add-source INDEX-DIR|https://URL|BUNDLE --trust FINGERPRINT [--name NAME]
                                             subscribe to a published catalog, trusting its publisher
                                             (over https: any server certificate, the signature decides),
                                             or to a site bundle, trusting the master that signed it
              catalog sources                the catalog sources, their publishers and last update
              catalog update [NAME]          verify each source's index, fetch the artifacts it lacks and
                                             add its new releases
              request RELEASE TITLE [--type T] [--param K=V]... [--params-file F] [--node K=V]...
                      [--state started|stopped|destroyed] [--shared] [--dry-run]
                                             request a service (again: updates it); --node sets the SLA
                                             (node, site, label.NAME, cpu, memory-mb, disk-mb)
              status [TREE]                  every instance (or one tree) in a dense table
              nodes                          sites and nodes: capacity, free partitions, age of the last
                                             report, sync state, clock skew; the path in use and its
                                             last failure; each federated site's nodes, partitions and
                                             catalog size as it last told them
              nodes adopt HOST:PORT[,HOST:PORT...] CODE [--site S] [--label K=V]...
                                             adopt the node whose agent printed CODE (pins both ways);
                                             several addresses (up to 8): the same agent on each, synced
                                             over the first that answers, the next when a path dies
              nodes revoke NODE              stop talking to a node (it needs a new pairing to come back)
              nodes enrol [NODE] [--site S] [--valid-hours H]
                                             a one-time token (1-720 h, default 24) and this master's
                                             fingerprint, for an agent behind NAT to enrol with (--enrol)
              master [--period S] [--threads N] [--listen HOST:PORT] [--publish DIR]
                                             headless master: sync every adopted node until stopped;
                                             --listen: serve the HTTPS endpoint dialling nodes connect to;
                                             --publish: then write its url and fingerprint into DIR
              federation invite [--url URL] [--valid-hours H]
                                             a one-time code (1-168 h, default 1) and this master's
                                             fingerprint, for another master to federate this one with
              federation add NAME URL FINGERPRINT CODE [--as NAME]
                                             federate the master at URL as site NAME (its full fingerprint
                                             pinned, CODE presented; it pins this one, known there as --as):
                                             requests with --node site=NAME run there
              federation [list]              federated masters either way, link state, last heard
              federation show NAME           a federated site: its link, nodes, partitions free and the
                                             catalog it offers (as it last told, with its age)
              masters                        the live masters on this PostgreSQL database: where each
                                             listens, its heartbeat's age, the dialled nodes it leases
              plan FILE.composite [--name TREE]
                                             dry run of a composite service: where each service would go
              request-composite FILE.composite [--name TREE] [--dry-run]
                                             order a composite service as one instance tree (default name:
                                             the file's); again with the same name updates the tree
              monitoring                     node staleness, clock skew and instance health from the promises
              tickets [--state open|acknowledged|resolved|closed|all] [--kind K]
                                             tickets (open ones by default), newest first; kinds: promise,
                                             node-silent, allocation, install, invoice-overdue, manual,
                                             clock-skew
              tickets show|ack|close ID [--note T] · tickets assign ID WHO · tickets comment ID TEXT
              tickets open SUBJECT REASON · tickets check (silent nodes, overdue invoices, retention now)
              billing projects · billing project-add NAME [--title T] · billing assign TREE PROJECT
              billing prices [--all] · billing set-price UNIT PRICE CURRENCY [--from YYYY-MM-DD]
                                             UNIT: cpu-second, memory-mb-hour, disk-mb-hour, instance-hour;
                                             from 00:00 UTC of the day (default: tomorrow); one currency
              billing usage [--month YYYY-MM] usage per project (default: last month, UTC)
              billing invoice [--month YYYY-MM] [--project P]
                                             generate draft invoices (issued ones are never changed)
              billing invoices [--month M] [--state draft|issued|paid] · billing show INVOICE
              billing issue INVOICE [--terms-days N] · billing pay INVOICE
              billing export-usage FILE|- [--month M] · billing export-invoices FILE|- [--month M]
              site export --composite NAME|FILE --out FILE [--site S] [--pair HOST:PORT=CODE]...
                          [--agent-package hyperedge-agent_VERSION_all.deb]
                                             a signed site bundle: catalog subset, artifacts, plan, prices
              site import FILE --trust FINGERPRINT [--no-setup]
                                             into an empty master; then adopt the paired machines, provision
              site return --out FILE         the site's records, signed by this (site) master
              site import-return FILE --trust FINGERPRINT
                                             at the office: the records, once; conflicts listed
              site info FILE                 a bundle's signer fingerprint and contents, verified
              backup FILE                    a signed online backup of the master (H2 store or pg_dump of
                                             --db, identity, cache index); restore it with: restore FILE
                                             --trust FINGERPRINT
              restore FILE --trust FINGERPRINT [--force]
                                             rebuild the master of --data DIR (or the PostgreSQL database of
                                             --db) from a backup, checked whole first; --force moves an
                                             existing master aside; a new epoch
              cache export DIR | cache import DIR
                                             the software cache as artifacts named by sha256, checked on import
              backup-instance TITLE [--tree TREE]
                                             the instance's node backs up its data now (its next sync)
              restore-instance TITLE [--on NODE] [--tree TREE]
                                             re-create a lost instance on another node from its newest backup
              instance-backups               every instance's newest data backup, its age, held by the master
              export-model FILE              the catalog and the fleet (sites, nodes, partitions, instance trees
                                             with states, connection parameters, promise results) as XMI
              operators                      the operator keys nodes seal secret values to
              operators enroll [--name NAME] make your operator key (if none) and add it to this master
              operators add NAME PUBLIC-KEY · operators remove NAME
                                             another operator's key; --operator-key FILE (default
                                             ~/.config/hyperedge/operator.key) opens sealed values in status

            Bounds (beyond them a value is refused, never cut):
              names (TITLE, TREE, NODE, WHO, PROJECT, --site, --title, --label and --node values)
                                             1-255 characters, no control or bidirectional characters;
                                             TITLE, TREE and --site also no '/' or '\\'
              --type, CURRENCY               1-63 characters
              SUBJECT 1-255 characters · REASON 1-1000 · TEXT and --note 1-2000 (no control characters)
              --params-file                  a UTF-8 JSON object file of at most 1 MiB (1,048,576 bytes),
                                             1,000 parameters at most (with --param), no key twice
              --param K=V                    a value of at most 65,536 characters
              --node cpu=C memory-mb=M disk-mb=D
                                             C 0-4096 cores (3 decimals); M and D 0-1,000,000,000
              FILE.composite                 at most 8 MiB (8,388,608 bytes) and 1,000 services
              site bundle FILE               at most 16 GiB
              --period S                     0.05-3600 seconds (3 decimals) · --threads N 1-64
              HOST:PORT                      port 1-65535
              PRICE                          0-1000000000 with at most 10 decimals
              --from, months                 days from 2000-01-01 to 2099-12-31 (months 2000-01 to 2099-12)
              --terms-days N                 0-3650 (default 30) · ID a whole number from 1
              --data DIR                     not empty; made when missing; must be writable

            Several commands may share one data directory: one that finds it being handed over between
            processes waits up to 30 s, then says another process holds it.

            Exit codes: 0 done, 1 refused (the reason on stderr: a value beyond its bounds, a file that
            cannot be read, something not found, a rule of the master), 2 command line not understood,
            3 database error, 4 unexpected failure (a defect).
            """.indent(0);

    /** The commands, known before the database is opened: a typing mistake touches no data directory. */
    private static final List<String> COMMANDS = List.of("catalog", "request", "status", "nodes", "master", "masters", "plan",
            "request-composite", "monitoring", "tickets", "billing", "site", "operators", "export-model", "backup", "restore", "cache",
            "backup-instance", "restore-instance", "instance-backups", "federation");

    private Main() {
    }

    public static void main(String[] args) {
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> Failures.report(failure, thread.getName(), System.err));
        int code = run(Arrays.asList(args), System.out, System.err);
        H2LockWait.awaitServedProcesses(System.err);
        System.exit(code);
    }

    /** Runs one command; returns the exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        String command = null;
        try {
            List<String> rest = new ArrayList<>(args);
            String url = null;
            Path data = Path.of(System.getProperty("user.home"), ".hyperedge");
            Path operatorKey = org.hyperedge.master.seal.OperatorKeyFile.defaultPath();
            while (!rest.isEmpty() && rest.get(0).startsWith("--")) {
                String option = rest.remove(0);
                switch (option) {
                    case "--data" -> data = DataDirectory.parse(value(rest, option));
                    case "--db" -> url = jdbcUrl(value(rest, option));
                    case "--operator-key" -> operatorKey = InputFiles.path("--operator-key", value(rest, option));
                    case "--help" -> {
                        out.print(USAGE_TEXT);
                        return OK;
                    }
                    default -> throw new UsageException("unknown option " + Text.quote(option));
                }
            }
            if (rest.isEmpty()) {
                throw new UsageException("no command given");
            }
            command = rest.remove(0);
            if (!COMMANDS.contains(command)) {
                throw new UsageException("unknown command " + Text.quote(command));
            }
            DataDirectory.prepare("--data", data);
            Path h2Directory = url == null ? null : DataDirectory.ofH2Url(url);
            if (h2Directory != null) {
                DataDirectory.prepare("the directory of --db", h2Directory);
            }
            if (command.equals("restore")) {
                if (url != null && !url.startsWith("jdbc:postgresql:")) {
                    throw new UsageException("restore rebuilds the embedded master of --data DIR, or a PostgreSQL master of "
                            + "--db jdbc:postgresql://...; an H2 file elsewhere is not restored into");
                }
                // the master is rebuilt before anything opens it
                return new BackupCommands(data, out, err).restore(url, rest);
            }
            try (Master master = H2LockWait.open(url != null ? url : Master.h2Url(data))) {
                return dispatch(command, rest, master, data, operatorKey, out, err);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OK;
        } catch (Throwable failure) {
            return Failures.report(failure, command, err);
        }
    }

    private static int dispatch(String command, List<String> rest, Master master, Path data, Path operatorKey,
            PrintStream out, PrintStream err) throws java.io.IOException, InterruptedException {
        Commands commands = new Commands(master, out, err);
        if ("master".equals(command) || ("request".equals(command) && !rest.isEmpty()
                && org.hyperedge.connector.MasterRelease.ID.endsWith(":" + rest.get(0).replaceFirst("^builtin:", "")))) {
            offerMasterRelease(master, data, "master".equals(command));
        }
        NodeCommands nodeCommands = new NodeCommands(master, data, out, err);
        return switch (command) {
            case "catalog" -> CatalogSourceCommands.handles(rest) ? new CatalogSourceCommands(master, data, out, err).run(rest)
                    : commands.catalog(rest);
            case "request" -> commands.request(rest);
            case "status" -> commands.status(rest, OperatorCommands.unsealer(operatorKey));
            case "nodes" -> nodeCommands.nodes(rest);
            case "master" -> nodeCommands.master(rest);
            case "masters" -> new MastersCommand(master, out).run(rest);
            case "plan" -> commands.composites().plan(rest);
            case "request-composite" -> commands.composites().request(rest);
            case "monitoring" -> new TicketCommands(master, out).monitoring(rest);
            case "tickets" -> new TicketCommands(master, out).tickets(rest);
            case "billing" -> new BillingCommands(master, out).billing(rest);
            case "site" -> new SiteCommands(master, data, out, err).site(rest);
            case "operators" -> new OperatorCommands(master, operatorKey, out, err).operators(rest);
            case "export-model" -> new ModelCommands(master, out).export(rest);
            case "backup" -> new BackupCommands(data, out, err).backup(master, rest);
            case "cache" -> new CacheCommands(data, out, err).cache(rest);
            case "backup-instance" -> new InstanceBackupCommands(master, out, err).backupNow(rest);
            case "restore-instance" -> new InstanceBackupCommands(master, out, err).restore(rest);
            case "instance-backups" -> new InstanceBackupCommands(master, out, err).list(rest);
            case "federation" -> new FederationCommands(master, data, out, err).run(rest);
            default -> throw new UsageException("unknown command '" + command + "'");
        };
    }

    /**
     * {@code builtin:hyperedge-master} runs on the jars this command line runs on: offered when it is requested on a
     * data directory that lacks it, and at each start of the headless master, so a new build's jars replace the old
     * ones. Not on every command: copying and hashing some 25 MB of jars held the data directory long enough for
     * six commands started together on a new one to time out. Not offered when this process runs from anything but
     * the command line's jars (see MasterRelease).
     */
    private static void offerMasterRelease(Master master, Path data, boolean refresh) {
        if (!refresh && master.catalog().find(org.hyperedge.connector.MasterRelease.ID).isPresent()) {
            return;
        }
        var jars = org.hyperedge.connector.MasterRelease.runningJars();
        if (jars.isPresent()) {
            try {
                org.hyperedge.connector.MasterRelease.offer(master.catalog(),
                        org.hyperedge.connector.MasterSite.artifacts(data), jars.get());
            } catch (java.io.IOException | org.hyperedge.protocol.release.InvalidDescriptorException e) {
                throw new IllegalStateException("cannot offer " + org.hyperedge.connector.MasterRelease.ID + ": "
                        + e.getMessage(), e);
            }
        }
    }

    /** {@code --db}: an H2 or PostgreSQL JDBC URL of a sane length. */
    private static String jdbcUrl(String url) {
        if (url.length() > 2048 || Text.forbiddenCharacter(url) != null
                || !(url.startsWith("jdbc:h2:") || url.startsWith("jdbc:postgresql:"))) {
            throw new InputRefused("--db " + Text.quote(url) + " is not a JDBC URL this master runs on; give "
                    + "jdbc:postgresql://HOST:PORT/DB?user=U or jdbc:h2:file:/PATH (at most 2048 characters)");
        }
        return url;
    }

    private static String value(List<String> rest, String option) {
        if (rest.isEmpty()) {
            throw new UsageException(option + " needs a value");
        }
        return rest.remove(0);
    }
}
