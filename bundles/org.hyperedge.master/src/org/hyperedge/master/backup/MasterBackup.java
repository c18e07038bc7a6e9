package org.hyperedge.master.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import org.hyperedge.master.site.BundleManifest;
import org.hyperedge.master.site.BundleWriter;
import org.hyperedge.master.store.Database;
import org.hyperedge.master.store.JdbcUrls;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * Takes a consistent backup of a running master: its store (H2's online backup of the embedded master's file, with
 * the store's secret; {@code pg_dump} of a PostgreSQL master's database), the master's identity and its software
 * cache's index, in one bundle
 * signed with the master's identity. Written beside the target and moved onto it once whole, so an interrupted
 * backup never leaves half a file under the name.
 */
public final class MasterBackup {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MasterBackup() {
    }

    /** What a backup holds, for the operator. */
    public record Summary(Path file, long bytes, String signer, int artifactsListed) {
    }

    public static Summary write(Database database, Path dataDirectory, TlsIdentity identity, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        try (BundleWriter bundle = new BundleWriter(absolute)) {
            if (database.h2File().isPresent()) {
                addH2Store(database, bundle, absolute);
            } else {
                addPostgresDump(database, bundle, absolute);
            }
            for (Path file : files(dataDirectory.resolve(BackupLayout.IDENTITY_DIRECTORY))) {
                bundle.addFile(BackupLayout.IDENTITY + file.getFileName(), file);
            }
            List<Path> artifacts = files(dataDirectory.resolve(BackupLayout.CACHE_DIRECTORY));
            bundle.add(BackupLayout.CACHE_INDEX, cacheIndex(artifacts));
            bundle.finish(identity, BundleManifest.BACKUP, UUID.randomUUID().toString(), identity.fingerprint(),
                    "master backup", withoutSecrets(database.url()));
            return new Summary(absolute, Files.size(absolute), identity.fingerprint(), artifacts.size());
        }
    }

    /** H2's online backup of the store, taken while requests and syncs go on, and the store's secret beside it. */
    private static void addH2Store(Database database, BundleWriter bundle, Path target) throws IOException {
        Path store = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".h2.zip");
        try {
            Files.delete(store); // H2 writes the file itself, and refuses to overwrite nothing it did not make
            database.inTransaction(connection -> {
                try (Statement backup = connection.createStatement()) {
                    backup.execute("BACKUP TO '" + store.toString().replace("'", "''") + "'");
                }
                return null;
            });
            bundle.addFile(BackupLayout.DATABASE, store, true); // H2's backup is a zip already
        } finally {
            Files.deleteIfExists(store);
        }
        // the store's secret lives beside its file (the data directory, unless --db named another H2 file)
        Path secret = database.h2File().get().resolveSibling(BackupLayout.SECRET_FILE);
        if (Files.isRegularFile(secret)) {
            bundle.addFile(BackupLayout.SECRET, secret);
        }
    }

    /** {@code pg_dump}'s snapshot of the whole database: one transaction, so consistent while the masters work on. */
    private static void addPostgresDump(Database database, BundleWriter bundle, Path target) throws IOException {
        Path dump = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".pgdump");
        try {
            PostgresTools.dump(PostgresTools.Target.of(database.url()), dump);
            bundle.addFile(BackupLayout.POSTGRES_DUMP, dump, true); // the custom format is compressed already
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    /** The URL the backup names as its origin, without a password the JDBC URL may carry. */
    static String withoutSecrets(String jdbcUrl) {
        return JdbcUrls.withoutSecrets(jdbcUrl);
    }

    private static byte[] cacheIndex(List<Path> artifacts) throws IOException {
        ArrayNode index = JSON.createArrayNode();
        for (Path artifact : artifacts) {
            index.addObject().put("sha256", artifact.getFileName().toString()).put("size", Files.size(artifact));
        }
        return JSON.writeValueAsString(index).getBytes(StandardCharsets.UTF_8);
    }

    /** The regular files directly in a directory, by name; none when it does not exist. */
    private static List<Path> files(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(directory)) {
            return listed.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
