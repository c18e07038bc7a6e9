package org.hyperedge.master.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyperedge.master.store.Database;
import org.hyperedge.master.store.StoreException;
import org.hyperedge.protocol.release.InvalidDescriptorException;
import org.hyperedge.protocol.release.Problem;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.protocol.release.ReleaseDescriptorReader;

/** The releases an operator can request, kept as their checked JSON descriptors. */
public final class CatalogStore {

    /** One line of the catalog listing. */
    public record ReleaseSummary(String id, String name, String version) {
    }

    private static final int PARSED_CACHE_SIZE = 256;

    private final Database database;
    /** Parsed descriptors by their exact JSON text: a release replaced elsewhere has new text, so no stale hit. */
    private final Map<String, ReleaseDescriptor> parsed = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ReleaseDescriptor> eldest) {
                    return size() > PARSED_CACHE_SIZE;
                }
            });

    public CatalogStore(Database database) {
        this.database = database;
    }

    /** Checks the descriptor and adds it, or replaces the release with the same id; its origin is "imported". */
    public ReleaseDescriptor importRelease(String source, String json) throws InvalidDescriptorException {
        return importRelease(source, json, CatalogSources.IMPORTED);
    }

    /**
     * As {@link #importRelease(String, String)}, recording where the release came from ({@code origin}:
     * {@value CatalogSources#BUILTIN}, {@value CatalogSources#IMPORTED} or a catalog source's name).
     */
    public ReleaseDescriptor importRelease(String source, String json, String origin) throws InvalidDescriptorException {
        ReleaseDescriptor release = ReleaseDescriptorReader.read(source, json);
        List<Problem> schemaProblems = ReleaseSchemas.problems(release);
        if (!schemaProblems.isEmpty()) {
            throw new InvalidDescriptorException(source, schemaProblems);
        }
        try {
            store(release, json, origin);
        } catch (StoreException e) {
            if (!Database.isConstraintViolation(e)) {
                throw e;
            }
            // another master imported the same new release between this one's update and insert (masters starting
            // together each offer their own release): it exists now, so the update takes it
            store(release, json, origin);
        }
        return release;
    }

    /** Replaces the release's row, or inserts it when there is none. */
    private void store(ReleaseDescriptor release, String json, String origin) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE software_release SET name = ?, version = ?, descriptor = ?, imported_at = ?, origin = ? WHERE id = ?")) {
                update.setString(1, release.name());
                update.setString(2, release.version());
                update.setString(3, json);
                update.setObject(4, OffsetDateTime.now());
                update.setString(5, origin);
                update.setString(6, release.id());
                if (update.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO software_release (id, name, version, descriptor, imported_at, origin) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, release.id());
                insert.setString(2, release.name());
                insert.setString(3, release.version());
                insert.setString(4, json);
                insert.setObject(5, OffsetDateTime.now());
                insert.setString(6, origin);
                insert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Imports a release from a descriptor file, or from a release directory ({@link ReleaseDirectory}: its
     * {@code release.json} and the schema files it names, bundled); nothing is imported when anything is wrong.
     */
    public ReleaseDescriptor importRelease(Path path) throws InvalidDescriptorException {
        if (Files.isDirectory(path)) {
            return importRelease(path.resolve(ReleaseDirectory.DESCRIPTOR).toString(), ReleaseDirectory.read(path));
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(path)) {
            content = in.readNBytes(ReleaseDescriptorReader.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new InvalidDescriptorException(path.toString(),
                    List.of(new Problem("$", "cannot be read: " + e.getMessage())));
        }
        if (content.length > ReleaseDescriptorReader.MAX_BYTES) {
            throw new InvalidDescriptorException(path.toString(), List.of(new Problem("$",
                    "is larger than " + ReleaseDescriptorReader.MAX_BYTES + " bytes")));
        }
        return importRelease(path.toString(), new String(content, StandardCharsets.UTF_8));
    }

    /** Imports the built-in catalog shipped in the model bundle ({@code catalog/index}). */
    public List<ReleaseDescriptor> importBuiltIn() throws InvalidDescriptorException {
        List<ReleaseDescriptor> imported = new ArrayList<>();
        for (String file : builtIn("index").split("\n")) {
            if (!file.isBlank()) {
                imported.add(importRelease("catalog/" + file.strip(), builtIn(file.strip()), CatalogSources.BUILTIN));
            }
        }
        return imported;
    }

    public List<ReleaseSummary> list() {
        return database.inTransaction(connection -> {
            List<ReleaseSummary> entries = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, name, version FROM software_release ORDER BY id");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(new ReleaseSummary(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
            return entries;
        });
    }

    /**
     * Where each release came from, by id: {@value CatalogSources#BUILTIN}, {@value CatalogSources#IMPORTED} (by
     * {@code catalog import}, or a site bundle, which records none) or the name of the catalog source it came from.
     */
    public Map<String, String> origins() {
        return database.inTransaction(connection -> {
            Map<String, String> origins = new java.util.TreeMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id, origin FROM software_release");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    origins.put(rows.getString(1), rows.getString(2) == null ? CatalogSources.IMPORTED : rows.getString(2));
                }
            }
            return origins;
        });
    }

    /** The catalog sources this master subscribes to. */
    public CatalogSources sources() {
        return new CatalogSources(database);
    }

    /**
     * Adds sources after checking them; an update with it keeps no artifact, so it refuses a new release that needs
     * one the software cache lacks ({@link #subscriptions(org.hyperedge.master.site.ArtifactStore)} keeps them).
     */
    public CatalogUpdate subscriptions() {
        return new CatalogUpdate(this, sources(), null);
    }

    /** Adds sources after checking them, and brings their new releases in, their artifacts into {@code artifacts}. */
    public CatalogUpdate subscriptions(org.hyperedge.master.site.ArtifactStore artifacts) {
        return new CatalogUpdate(this, sources(), artifacts);
    }

    /** When each release was imported last: a release imported again under its id has changed. */
    public java.util.Map<String, java.time.Instant> importedAt() {
        return database.inTransaction(connection -> {
            java.util.Map<String, java.time.Instant> times = new java.util.TreeMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id, imported_at FROM software_release");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    times.put(rows.getString(1), rows.getObject(2, OffsetDateTime.class).toInstant());
                }
            }
            return times;
        });
    }

    /** The release's descriptor as it was imported (schemas bundled): what a federated site hands a delegating master. */
    public Optional<String> descriptorJson(String id) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT descriptor FROM software_release WHERE id = ?")) {
                query.setString(1, id);
                try (ResultSet row = query.executeQuery()) {
                    return Optional.ofNullable(row.next() ? row.getString(1) : null);
                }
            }
        });
    }

    public Optional<ReleaseDescriptor> find(String id) {
        return database.inTransaction(connection -> find(connection, id));
    }

    /** The release, read in the caller's transaction. */
    public Optional<ReleaseDescriptor> find(Connection connection, String id) throws SQLException {
        return findStored(connection, id).map(Stored::release);
    }

    /** A release as stored: its descriptor and where it came from ({@code software_release.origin}, may be null). */
    public record Stored(ReleaseDescriptor release, String origin) {
    }

    /**
     * The release and its origin in one statement, read in the caller's transaction: a request needs both, and on
     * PostgreSQL each statement is a round trip.
     */
    public Optional<Stored> findStored(Connection connection, String id) throws SQLException {
        String json;
        String origin;
        try (PreparedStatement query = connection.prepareStatement("SELECT descriptor, origin FROM software_release WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                boolean found = row.next();
                json = found ? row.getString(1) : null;
                origin = found ? row.getString(2) : null;
            }
        }
        if (json == null) {
            return Optional.empty();
        }
        ReleaseDescriptor cached = parsed.get(json);
        if (cached != null) {
            return Optional.of(new Stored(cached, origin));
        }
        try {
            ReleaseDescriptor release = ReleaseDescriptorReader.read("release " + id, json);
            parsed.put(json, release);
            return Optional.of(new Stored(release, origin));
        } catch (InvalidDescriptorException e) {
            throw new StoreException("the stored descriptor of " + id + " no longer reads: " + e.getMessage(), e);
        }
    }

    /**
     * The release a request names, by its id or its short name ({@link ReleaseNames}), read in the caller's
     * transaction; when none or several releases match, why (naming them).
     */
    public ReleaseNames.Resolved resolve(Connection connection, String reference) throws SQLException {
        return ReleaseNames.resolve(connection, reference);
    }

    /** As {@link #resolve(Connection, String)}, in a transaction of its own. */
    public ReleaseNames.Resolved resolve(String reference) {
        return database.inTransaction(connection -> ReleaseNames.resolve(connection, reference));
    }

    /**
     * A file of the built-in catalog that is no release by itself, such as a template a master completes
     * ({@code hyperedge-master.json}, whose jars only the running master knows).
     */
    public static String builtInFile(String file) {
        return builtIn(file);
    }

    private static String builtIn(String file) {
        try (InputStream in = org.hyperedge.model.Catalog.class.getClassLoader().getResourceAsStream("catalog/" + file)) {
            if (in == null) {
                throw new StoreException("the built-in catalog has no " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read the built-in catalog file " + file + ": " + e.getMessage(), e);
        }
    }
}
