package org.hyperedge.master.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Short names of releases, so an operator types {@code request nginx web} instead of the release's id. A
 * release's short name is the last segment of its id with no version: {@code builtin:static-web} is
 * {@code static-web}, and so are {@code https://releases.example/static-web/1.1}, {@code acme:static-web@1.1}
 * and {@code acme:static-web-1.1} when 1.1 is their version. Its {@code name} is not used: names are titles
 * for people ("Static web server"), with spaces, that nobody types.
 */
public final class ReleaseNames {

    /** What a request's release resolves to: one release's id, or why none (naming what was asked). */
    public record Resolved(String id, String problem) {

        public boolean found() {
            return id != null;
        }
    }

    private static final List<String> VERSION_SEPARATORS = List.of("/", "@", "-", ":");

    private ReleaseNames() {
    }

    /** The short name of the release with this id and version. */
    public static String shortName(String id, String version) {
        String name = id;
        while (name.endsWith("/")) {
            name = name.substring(0, name.length() - 1);
        }
        if (version != null && !version.isEmpty()) {
            for (String separator : VERSION_SEPARATORS) {
                if (name.endsWith(separator + version)) {
                    name = name.substring(0, name.length() - separator.length() - version.length());
                    break;
                }
            }
        }
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
    }

    /**
     * The release {@code reference} names: the release with that id; else the one release whose short name it is
     * (compared without case); else why not: no release has it, or several do (each listed with its version).
     */
    static Resolved resolve(Connection connection, String reference) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM software_release WHERE id = ?")) {
            query.setString(1, reference);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    return new Resolved(row.getString(1), null);
                }
            }
        }
        String wanted = reference.toLowerCase(Locale.ROOT);
        List<String> matches = new ArrayList<>();
        List<String> described = new ArrayList<>();
        // the catalog is small (releases, not instances): reading its ids and versions is cheaper than keeping an index
        try (PreparedStatement query = connection.prepareStatement("SELECT id, version FROM software_release ORDER BY id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                if (shortName(rows.getString(1), rows.getString(2)).toLowerCase(Locale.ROOT).equals(wanted)) {
                    matches.add(rows.getString(1));
                    described.add(rows.getString(1) + " (version " + rows.getString(2) + ")");
                }
            }
        }
        if (matches.size() == 1) {
            return new Resolved(matches.get(0), null);
        }
        if (matches.isEmpty()) {
            return new Resolved(null, "unknown release '" + reference
                    + "': no release has this id or short name (see ./hyperedge catalog)");
        }
        return new Resolved(null, "release '" + reference + "' is ambiguous: " + matches.size()
                + " releases have this short name: " + String.join(", ", described) + "; request one by its id");
    }
}
