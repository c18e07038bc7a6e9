package org.hyperedge.master.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hyperedge.master.store.Database;

/** The catalog sources a master subscribes to: where each index is, and whose signature it trusts there. */
public final class CatalogSources {

    /** Origins a release has without a source; no source may be named so. */
    public static final String BUILTIN = "builtin";
    public static final String IMPORTED = "imported";

    /**
     * One source; {@code updatedAt} is null until its first update. {@code indexPublishedAt}: when the index last
     * taken from it was published (null for a source recorded before that was kept).
     */
    public record Source(String name, String location, String trustedFingerprint, Instant addedAt, Instant updatedAt,
            Instant indexPublishedAt) {
    }

    private final Database database;

    CatalogSources(Database database) {
        this.database = database;
    }

    /**
     * Records a source with the publication time of the index it was checked against; refuses a name already taken
     * (or reserved), naming it.
     */
    public Source add(String name, String location, String trustedFingerprint, Instant indexPublishedAt)
            throws CatalogSourceException {
        if (name.equals(BUILTIN) || name.equals(IMPORTED)) {
            throw new CatalogSourceException("'" + name + "' names releases that come from no source; give the source "
                    + "another name (--name NAME)");
        }
        Instant now = Instant.now();
        boolean added = database.inTransaction(connection -> {
            if (find(connection, name).isPresent()) {
                return false;
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO catalog_source "
                    + "(name, location, trusted_fingerprint, added_at, index_published_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, location);
                insert.setString(3, trustedFingerprint);
                insert.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                insert.setObject(5, OffsetDateTime.ofInstant(stored(indexPublishedAt), ZoneOffset.UTC));
                insert.executeUpdate();
            }
            return true;
        });
        if (!added) {
            throw new CatalogSourceException("a catalog source named '" + name + "' is already there; give another "
                    + "name (--name NAME)");
        }
        return new Source(name, location, trustedFingerprint, now, null, stored(indexPublishedAt));
    }

    /**
     * An instant as the database keeps it: to the microsecond, cut rather than rounded (the database would round an
     * index's nanoseconds up, and the same index read again would then look older than itself).
     */
    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public List<Source> list() {
        return database.inTransaction(connection -> {
            List<Source> sources = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(SELECT + " ORDER BY name");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sources.add(source(rows));
                }
            }
            return sources;
        });
    }

    /** The source of that name, or a refusal naming the sources there are. */
    public Source named(String name) throws CatalogSourceException {
        Optional<Source> source = database.inTransaction(connection -> find(connection, name));
        if (source.isEmpty()) {
            List<String> names = list().stream().map(Source::name).toList();
            throw new CatalogSourceException("no catalog source is named '" + name + "'; "
                    + (names.isEmpty() ? "there is none yet (catalog add-source DIR|https://URL --trust FINGERPRINT)"
                            : "the sources are: " + String.join(", ", names)));
        }
        return source.get();
    }

    /**
     * Records an update from an index published at that time. The publication time only grows: of two masters
     * updating one source at once on a shared database, the one that read the older index does not set it back.
     */
    void updated(String name, Instant indexPublishedAt) {
        database.inTransaction(connection -> {
            OffsetDateTime published = OffsetDateTime.ofInstant(stored(indexPublishedAt), ZoneOffset.UTC);
            try (PreparedStatement updated = connection.prepareStatement(
                    "UPDATE catalog_source SET updated_at = ? WHERE name = ?");
                    PreparedStatement taken = connection.prepareStatement("UPDATE catalog_source SET index_published_at = ? "
                            + "WHERE name = ? AND (index_published_at IS NULL OR index_published_at < ?)")) {
                updated.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
                updated.setString(2, name);
                updated.executeUpdate();
                taken.setObject(1, published);
                taken.setString(2, name);
                taken.setObject(3, published);
                taken.executeUpdate();
            }
            return null;
        });
    }

    private static final String SELECT = "SELECT name, location, trusted_fingerprint, added_at, updated_at, "
            + "index_published_at FROM catalog_source";

    private static Optional<Source> find(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(source(row)) : Optional.empty();
            }
        }
    }

    private static Source source(ResultSet row) throws SQLException {
        return new Source(row.getString(1), row.getString(2), row.getString(3),
                row.getObject(4, OffsetDateTime.class).toInstant(), instant(row, 5), instant(row, 6));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
