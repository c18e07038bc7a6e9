package org.hyperedge.master.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Versions of one release. Two catalog entries are versions of the same release (one lineage) when their short
 * names ({@link ReleaseNames#shortName}) are equal: {@code builtin:static-web} 1.0 and {@code acme:static-web@1.1}
 * are static-web 1.0 and 1.1. Each version keeps its own id, so both can be in the catalog, installed on one node
 * and run side by side; an instance moves from one to a newer one by an upgrade, never to an older one.
 */
public final class ReleaseVersions {

    /** A catalog entry's id and version. */
    public record Version(String id, String version) {

        public String shortName() {
            return ReleaseNames.shortName(id, version).toLowerCase(Locale.ROOT);
        }

        public boolean sameReleaseAs(Version other) {
            return shortName().equals(other.shortName());
        }

        @Override
        public String toString() {
            return id + " version " + version;
        }
    }

    private ReleaseVersions() {
    }

    /** The release's id and version as the catalog holds them, read in the caller's transaction. */
    public static Optional<Version> of(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, version FROM software_release WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new Version(row.getString(1), row.getString(2))) : Optional.empty();
            }
        }
    }

    /**
     * Orders two versions the way people read them: dot-, dash- or plus-separated segments compared one by one,
     * numbers as numbers ({@code 1.10} after {@code 1.9}), other segments as text; a version that is a prefix of
     * the other is the older ({@code 1.1} before {@code 1.1.1}).
     */
    public static int compare(String a, String b) {
        String[] left = a.split("[.+-]");
        String[] right = b.split("[.+-]");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = compareSegment(left[i], right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int compareSegment(String a, String b) {
        boolean numbers = a.matches("\\d{1,18}") && b.matches("\\d{1,18}");
        if (numbers) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        if (a.matches("\\d+") != b.matches("\\d+")) {
            return a.matches("\\d+") ? 1 : -1; // 1.0.1 after 1.0.rc1: a number outranks a label
        }
        return a.compareTo(b);
    }
}
