package org.hyperedge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.hyperedge.cli.input.InputFiles;
import org.hyperedge.connector.MasterSite;
import org.hyperedge.master.Master;
import org.hyperedge.master.backup.MasterBackup;
import org.hyperedge.master.backup.MasterRestore;
import org.hyperedge.master.backup.PostgresRestore;
import org.hyperedge.master.site.SiteBundleException;
import org.hyperedge.master.site.SiteProgress;
import org.hyperedge.master.site.Trust;
import org.hyperedge.protocol.tls.Fingerprints;

/**
 * {@code backup FILE}: a signed online backup of the master (embedded, or PostgreSQL through {@code pg_dump});
 * {@code restore FILE --trust FINGERPRINT [--force]}: the master rebuilt from one in the data directory (run with no
 * master open on it) or in the PostgreSQL database of {@code --db}, a new epoch begun.
 */
final class BackupCommands {

    private final Path data;
    private final PrintStream out;
    private final PrintStream err;

    BackupCommands(Path data, PrintStream out, PrintStream err) {
        this.data = data;
        this.out = out;
        this.err = err;
    }

    int backup(Master master, List<String> args) throws IOException {
        Arguments parsed = Arguments.parse(args, List.of(), List.of());
        if (parsed.positional().size() != 1) {
            throw new UsageException("backup needs FILE, where the backup is written");
        }
        Path file = InputFiles.output("backup", parsed.positional().get(0));
        long started = System.nanoTime();
        MasterBackup.Summary summary = master.backup(data, MasterSite.identity(data), file);
        out.println("backed up the master of " + data + " to " + summary.file() + ": " + summary.bytes() + " bytes, "
                + summary.artifactsListed() + " cached artifacts listed, in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        out.println("signed by this master: " + Fingerprints.shortForm(summary.signer()) + " (" + summary.signer() + ")");
        out.println("to restore: ./hyperedge --data DIR restore " + file + " --trust " + summary.signer());
        return Main.OK;
    }

    /** Restores into the data directory's H2 store, or the PostgreSQL database of {@code jdbcUrl} when given. */
    int restore(String jdbcUrl, List<String> args) throws IOException {
        Arguments parsed = Arguments.parse(args, List.of("trust"), List.of("force"));
        if (parsed.positional().size() != 1 || parsed.option("trust") == null) {
            throw new UsageException("restore needs FILE --trust FINGERPRINT (the fingerprint backup printed) [--force]");
        }
        Path file = InputFiles.existing("restore", parsed.positional().get(0), Long.MAX_VALUE);
        long started = System.nanoTime();
        try {
            if (jdbcUrl != null) {
                return restorePostgres(jdbcUrl, file, Trust.of(parsed.option("trust")), parsed.flag("force"), started);
            }
            MasterRestore.Summary summary = MasterRestore.restore(file, Trust.of(parsed.option("trust")), data,
                    parsed.flag("force"), SiteProgress.NONE);
            out.println("restored the master into " + data + " in " + (System.nanoTime() - started) / 1_000_000 + " ms: "
                    + summary.nodes() + " nodes, master epoch " + summary.epoch() + " (each node is sent its desired "
                    + "state at its next sync, without being adopted again)");
            if (summary.setAside() != null) {
                out.println("the master that was there is kept in " + summary.setAside());
            }
            missingArtifacts(summary.missingArtifacts());
            return Main.OK;
        } catch (SiteBundleException e) {
            err.println("hyperedge: refused, nothing restored: " + e.getMessage());
            return Main.REFUSED;
        }
    }

    private int restorePostgres(String jdbcUrl, Path file, Trust trust, boolean force, long started)
            throws IOException, SiteBundleException {
        PostgresRestore.Summary summary = PostgresRestore.restore(file, trust, jdbcUrl, data, force, SiteProgress.NONE);
        out.println("restored the PostgreSQL master (identity in " + data + ") in " + (System.nanoTime() - started) / 1_000_000
                + " ms: " + summary.nodes() + " nodes, master epoch " + summary.epoch() + " (each node is sent its desired "
                + "state at its next sync, without being adopted again)");
        if (summary.schemaSetAside() != null) {
            out.println("the tables that were there are kept in schema " + summary.schemaSetAside());
        }
        if (summary.identitySetAside() != null) {
            out.println("the identity that was there is kept in " + summary.identitySetAside());
        }
        missingArtifacts(summary.missingArtifacts());
        return Main.OK;
    }

    private void missingArtifacts(List<String> missing) {
        if (!missing.isEmpty()) {
            out.println(missing.size() + " artifacts of the backed-up cache are not in " + data
                    + "/cache: bring them with the cache directory");
        }
    }
}
