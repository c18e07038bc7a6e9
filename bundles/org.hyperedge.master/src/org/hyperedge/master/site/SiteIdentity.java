package org.hyperedge.master.site;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hyperedge.master.store.Database;
import org.hyperedge.master.store.StoreException;
import org.hyperedge.model.CompositeService;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a site master was set up from: the bundle, the site, the office master that signed it, the instance
 * trees to provision (each a composite service) and the machines to adopt.
 */
public record SiteIdentity(String bundleId, String siteId, String siteName, String officeMaster, Instant importedAt,
        List<PlannedTree> plan) {

    /** One composite service to request as the instance tree {@code tree}. */
    public record PlannedTree(String tree, CompositeService composite) {
    }

    /**
     * A site machine to adopt with its pairing code, sealed to this master's key ({@link SealedPairingCode}); empty
     * once used: {@code nodeId} once it was adopted.
     */
    public record SitePairing(String address, String code, String nodeId) {
    }

    public static Optional<SiteIdentity> find(Database database) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT bundle_id, site_id, site_name, office_master, "
                    + "imported_at, plan FROM site_identity");
                    ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.<SiteIdentity>empty();
                }
                List<PlannedTree> plan = new ArrayList<>();
                try {
                    for (JsonNode tree : BundleManifest.JSON.readTree(row.getString(6))) {
                        plan.add(new PlannedTree(tree.path("tree").asText(), CompositeXmi.read(tree.path("file").asText(),
                                tree.path("xmi").asText().getBytes(StandardCharsets.UTF_8))));
                    }
                } catch (java.io.IOException e) {
                    throw new StoreException("the stored site plan does not read: " + e.getMessage(), e);
                }
                return Optional.of(new SiteIdentity(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getObject(5, OffsetDateTime.class).toInstant(), plan));
            }
        });
    }

    /**
     * Erases a pairing code an older version kept in clear (no master of this version can use it: its codes name
     * 128 bits of the agent's fingerprint); returns whether there was one.
     */
    public static boolean eraseUnsealed(Database database, String address) {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE site_pairing SET code = '' WHERE address = ? AND code <> '' AND code NOT LIKE 'sealed:%'")) {
                update.setString(1, address);
                return update.executeUpdate() > 0;
            }
        });
    }

    public static List<SitePairing> pairings(Database database) {
        return database.inTransaction(connection -> {
            List<SitePairing> pairings = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT address, code, node_id FROM site_pairing ORDER BY address");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    pairings.add(new SitePairing(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
            return pairings;
        });
    }

    /** Records that the machine at the address was adopted as the node; its code, used, is kept no longer. */
    public static void paired(Database database, String address, String nodeId) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE site_pairing SET node_id = ?, code = '' WHERE address = ?")) {
                update.setString(1, nodeId);
                update.setString(2, address);
                update.executeUpdate();
            }
            return null;
        });
    }
}
