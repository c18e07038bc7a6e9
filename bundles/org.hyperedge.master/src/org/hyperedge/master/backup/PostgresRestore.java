package org.hyperedge.master.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.hyperedge.master.Master;
import org.hyperedge.master.site.BundleManifest;
import org.hyperedge.master.site.SiteBundleException;
import org.hyperedge.master.site.SiteProgress;
import org.hyperedge.master.site.Trust;
import org.hyperedge.master.site.VerifiedBundle;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Rebuilds a PostgreSQL master from a backup: {@code pg_restore} into the database of a JDBC URL, and the master's
 * identity into its data directory. As with the embedded master, the whole backup is checked before anything
 * changes, a database that already holds tables is only replaced when forced (its schema is then renamed aside,
 * never dropped), and the restored master starts a new epoch so its nodes accept its desired states.
 */
public final class PostgresRestore {

    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);

    private PostgresRestore() {
    }

    /** What a restore did, for the operator; {@code schemaSetAside} names where the replaced tables are, if any. */
    public record Summary(int nodes, long epoch, String schemaSetAside, Path identitySetAside, List<String> missingArtifacts) {
    }

    public static Summary restore(Path backup, Trust trust, String jdbcUrl, Path dataDirectory, boolean force,
            SiteProgress progress) throws IOException, SiteBundleException {
        PostgresTools.Target target = PostgresTools.Target.of(jdbcUrl);
        try (VerifiedBundle bundle = VerifiedBundle.open(backup, trust, BundleManifest.BACKUP, progress)) {
            if (!MasterRestore.holds(bundle, BackupLayout.POSTGRES_DUMP)) {
                throw new SiteBundleException("this backup holds an embedded master's H2 store, not a PostgreSQL database: "
                        + "restore it with --data DIR and no --db");
            }
            Path identitySetAside = clearIdentity(bundle, dataDirectory, force);
            String schemaSetAside = clearSchema(jdbcUrl, force);
            Files.createDirectories(dataDirectory);
            Path dump = Files.createTempFile(dataDirectory, ".restore", ".pgdump");
            try {
                bundle.copy(BackupLayout.POSTGRES_DUMP, dump);
                PostgresTools.restore(target, dump);
            } finally {
                Files.deleteIfExists(dump);
            }
            MasterRestore.restoreIdentity(bundle, dataDirectory);
            List<String> missing = MasterRestore.missingArtifacts(bundle, dataDirectory.resolve(BackupLayout.CACHE_DIRECTORY));
            try (Master master = Master.open(jdbcUrl)) {
                long epoch = master.startEpoch();
                return new Summary(master.nodes().list().size(), epoch, schemaSetAside, identitySetAside, missing);
            }
        }
    }

    /**
     * Makes the database's schema empty for the restore: it is already, or (forced) the one holding tables is renamed
     * {@code hyperedge_replaced_TIME} and a new empty one takes its name.
     */
    private static String clearSchema(String jdbcUrl, boolean force) throws IOException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(jdbcUrl);
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            String schema;
            int tables;
            try (ResultSet row = statement.executeQuery("SELECT current_schema(), (SELECT COUNT(*) FROM "
                    + "information_schema.tables WHERE table_schema = current_schema())")) {
                row.next();
                schema = row.getString(1);
                tables = row.getInt(2);
            }
            if (tables == 0) {
                return null;
            }
            if (!force) {
                throw new IOException("the database of " + MasterBackup.withoutSecrets(jdbcUrl) + " already holds " + tables
                        + " tables in schema " + schema + ": restoring would replace them; give --force to restore anyway "
                        + "(they are kept in a schema hyperedge_replaced_<time>)");
            }
            String aside = "hyperedge_replaced_" + ASIDE.format(Instant.now());
            statement.execute("ALTER SCHEMA " + quoted(schema) + " RENAME TO " + aside);
            statement.execute("CREATE SCHEMA " + quoted(schema));
            return aside;
        } catch (SQLException e) {
            throw new IOException("cannot prepare " + MasterBackup.withoutSecrets(jdbcUrl) + " for the restore: " + e.getMessage(), e);
        }
    }

    /** The data directory's identity, when another than the backup's, is moved aside (forced) or the restore refused. */
    private static Path clearIdentity(VerifiedBundle bundle, Path dataDirectory, boolean force)
            throws IOException, SiteBundleException {
        Path identity = dataDirectory.resolve(BackupLayout.IDENTITY_DIRECTORY);
        if (!Files.isDirectory(identity) || isEmpty(identity) || sameIdentity(bundle, identity)) {
            return null;
        }
        if (!force) {
            throw new IOException(dataDirectory + " already holds another master's identity: restoring would replace it; "
                    + "give --force to restore anyway (it is kept in " + dataDirectory.resolve("replaced-<time>") + ")");
        }
        Path aside = dataDirectory.resolve("replaced-" + ASIDE.format(Instant.now()));
        Files.createDirectories(aside);
        Files.move(identity, aside.resolve(BackupLayout.IDENTITY_DIRECTORY));
        return aside;
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (var listed = Files.list(directory)) {
            return listed.findAny().isEmpty();
        }
    }

    private static boolean sameIdentity(VerifiedBundle bundle, Path identity) throws IOException, SiteBundleException {
        List<BundleManifest.ListedFile> files = bundle.manifest().under(BackupLayout.IDENTITY);
        try (var listed = Files.list(identity)) {
            if (listed.count() != files.size()) {
                return false;
            }
        }
        for (BundleManifest.ListedFile file : files) {
            Path here = identity.resolve(file.path().substring(BackupLayout.IDENTITY.length()));
            if (!Files.isRegularFile(here) || !Arrays.equals(Files.readAllBytes(here), bundle.read(file.path()))) {
                return false;
            }
        }
        return true;
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
