package org.hyperedge.master.site;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hyperedge.master.accounting.Resource;
import org.hyperedge.master.billing.Money;
import org.hyperedge.master.store.Database;
import org.hyperedge.protocol.release.InvalidDescriptorException;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.protocol.release.ReleaseDescriptorReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * At the site: sets up an empty master from a site bundle. The whole bundle is checked first (signature, the
 * trusted signer, every digest and size, then every release, composite, price and pairing read), and only
 * then written: the artifacts into the software cache (each hashed again by the cache), then the catalog,
 * prices, site identity, plan and pairings in one transaction. Importing the same bundle again, e.g. after an
 * interruption, adds what is missing and changes nothing else; a master that holds instance trees or another
 * site refuses the bundle.
 */
public final class SiteImport {

    private record Contents(List<String[]> releases, ArrayNode plan, List<Object[]> prices, List<String[]> pairings) {
    }

    private final Database database;
    private final ArtifactStore artifacts;
    private Path agentPackages;

    public SiteImport(Database database, ArtifactStore artifacts) {
        this.database = database;
        this.artifacts = artifacts;
    }

    /** Where the node agent's packages the bundle carries are kept for the site's machines; returns this import. */
    public SiteImport keepAgentPackagesIn(Path directory) {
        this.agentPackages = directory;
        return this;
    }

    public SiteSummary importBundle(Path file, Trust trust, SiteProgress progress) throws SiteBundleException, IOException {
        try (VerifiedBundle bundle = VerifiedBundle.open(file, trust, BundleManifest.SITE, progress)) {
            BundleManifest manifest = bundle.manifest();
            Contents contents = read(bundle);
            boolean again = checkTarget(manifest);
            SiteSummary.Counts counts = new SiteSummary.Counts();
            List<BundleManifest.ListedFile> artifactEntries = manifest.under(SiteBundles.ARTIFACTS);
            long done = 0;
            long added = 0;
            for (BundleManifest.ListedFile entry : artifactEntries) {
                progress.report("caching artifact " + entry.sha256().substring(0, 12), done++, artifactEntries.size());
                if (artifacts.find(entry.sha256()).isPresent()) {
                    continue;
                }
                Path copy = Files.createTempFile("hyperedge-artifact-", ".part");
                try {
                    bundle.copy(entry.path(), copy);
                    String stored = artifacts.add(copy);
                    if (!stored.equals(entry.sha256())) {
                        throw new SiteBundleException(entry.path() + " hashed to " + stored + " in the cache");
                    }
                    added++;
                } finally {
                    Files.deleteIfExists(copy);
                }
            }
            counts.put("artifacts", artifactEntries.size()).put("artifacts added to the cache", added);
            List<String> kept = new ArrayList<>();
            for (BundleManifest.ListedFile entry : manifest.under(AgentPackages.PREFIX)) {
                AgentPackages.nameOf(entry.path());
                if (agentPackages != null) {
                    kept.add("agent package for the site's machines: " + AgentPackages.keep(bundle, entry.path(), agentPackages)
                            + " (install it on each: sudo dpkg -i FILE)");
                }
            }
            if (!manifest.under(AgentPackages.PREFIX).isEmpty()) {
                counts.put("agent packages", kept.size());
            }
            progress.report("writing catalog and prices", 0, 1);
            database.inTransaction(connection -> {
                counts.put("releases", releases(connection, contents.releases()));
                counts.put("prices", prices(connection, contents.prices()));
                progress.report("writing the site's identity, plan and pairings", 0, 1);
                counts.put("trees planned", contents.plan().size());
                counts.put("pairings", pairings(connection, contents.pairings()));
                identity(connection, manifest, contents.plan());
                return null;
            });
            if (again) {
                counts.put("imported before", 1);
            }
            progress.report("imported", 1, 1);
            return new SiteSummary("site import", manifest.bundleId(), manifest.signer(), counts.map(), kept);
        }
    }

    /** Reads every part of the bundle; a part that does not read refuses the whole bundle. */
    private static Contents read(VerifiedBundle bundle) throws SiteBundleException {
        BundleManifest manifest = bundle.manifest();
        List<String[]> releases = new ArrayList<>();
        for (BundleManifest.ListedFile entry : manifest.under(SiteBundles.CATALOG)) {
            String json = new String(bundle.read(entry.path()), StandardCharsets.UTF_8);
            try {
                ReleaseDescriptor release = ReleaseDescriptorReader.read(entry.path(), json);
                for (ReleaseDescriptor.Artifact artifact : release.artifacts()) {
                    if (manifest.entries().stream().noneMatch(e -> e.path().equals(SiteBundles.ARTIFACTS + artifact.sha256()))) {
                        throw new SiteBundleException("release " + release.id() + " needs artifact " + artifact.name() + " ("
                                + artifact.sha256() + "), which the bundle does not carry");
                    }
                }
                releases.add(new String[] { release.id(), release.name(), release.version(), json });
            } catch (InvalidDescriptorException e) {
                throw new SiteBundleException("the bundle's release " + entry.path() + " does not read: " + e.getMessage(), e);
            }
        }
        try {
            ArrayNode plan = (ArrayNode) BundleManifest.JSON.readTree(bundle.read(SiteBundles.PLAN));
            for (JsonNode tree : plan) {
                String path = tree.path("file").asText();
                String xmi = new String(bundle.read(path), StandardCharsets.UTF_8);
                CompositeXmi.read(path, xmi.getBytes(StandardCharsets.UTF_8));
                ((ObjectNode) tree).put("xmi", xmi);
            }
            List<Object[]> prices = new ArrayList<>();
            for (JsonNode price : BundleManifest.JSON.readTree(bundle.read(SiteBundles.PRICES))) {
                Money.currency(price.path("currency").asText());
                prices.add(new Object[] { Resource.parse(price.path("resource").asText()),
                        new BigDecimal(price.path("unitPrice").asText()), price.path("currency").asText(),
                        Instant.parse(price.path("effectiveFrom").asText()) });
            }
            List<String[]> pairings = new ArrayList<>();
            for (JsonNode pairing : BundleManifest.JSON.readTree(bundle.read(SiteBundles.PAIRINGS))) {
                String address = pairing.path("address").asText();
                if (!address.matches("[^\\s:]+:\\d{1,5}")) {
                    throw new SiteBundleException("the bundle pairs a machine at '" + address + "', which is not HOST:PORT");
                }
                if (!SealedPairingCode.isSealed(pairing.path("code").asText())) {
                    throw new SiteBundleException("the bundle carries the pairing code of " + address + " unsealed: it was "
                            + "made by an older master; export it again for this master's certificate");
                }
                pairings.add(new String[] { address, pairing.path("code").asText() });
            }
            return new Contents(releases, plan, prices, pairings);
        } catch (IOException | RuntimeException e) {
            throw new SiteBundleException("the bundle's plan, prices or pairings do not read: " + e.getMessage(), e);
        }
    }

    /** Returns true when this very bundle was imported before; refuses a master that is not empty. */
    private boolean checkTarget(BundleManifest manifest) throws SiteBundleException {
        Optional<SiteIdentity> existing = SiteIdentity.find(database);
        if (existing.isPresent()) {
            if (existing.get().bundleId().equals(manifest.bundleId())) {
                return true;
            }
            throw new SiteBundleException("this master was set up for site " + existing.get().siteName() + " from bundle "
                    + existing.get().bundleId() + " already: a site master holds one site; use an empty data directory");
        }
        long trees = database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM instance_tree");
                    ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
        if (trees > 0) {
            throw new SiteBundleException("this master is not empty: it holds " + trees + " instance tree"
                    + (trees == 1 ? "" : "s") + "; a site bundle is imported into an empty master (a new data directory)");
        }
        return false;
    }

    private static long releases(Connection connection, List<String[]> releases) throws SQLException {
        for (String[] release : releases) {
            String current;
            try (PreparedStatement query = connection.prepareStatement("SELECT descriptor FROM software_release WHERE id = ?")) {
                query.setString(1, release[0]);
                try (ResultSet row = query.executeQuery()) {
                    current = row.next() ? row.getString(1) : null;
                }
            }
            if (release[3].equals(current)) {
                continue;
            }
            try (PreparedStatement write = connection.prepareStatement(current == null
                    ? "INSERT INTO software_release (name, version, descriptor, imported_at, id) VALUES (?, ?, ?, ?, ?)"
                    : "UPDATE software_release SET name = ?, version = ?, descriptor = ?, imported_at = ? WHERE id = ?")) {
                write.setString(1, release[1]);
                write.setString(2, release[2]);
                write.setString(3, release[3]);
                write.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                write.setString(5, release[0]);
                write.executeUpdate();
            }
        }
        return releases.size();
    }

    private static long prices(Connection connection, List<Object[]> prices) throws SQLException {
        for (Object[] price : prices) {
            OffsetDateTime from = ((Instant) price[3]).atOffset(ZoneOffset.UTC);
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM price WHERE resource = ? AND effective_from = ?")) {
                delete.setString(1, ((Resource) price[0]).unit());
                delete.setObject(2, from);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO price (resource, effective_from, "
                    + "unit_price, currency, set_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, ((Resource) price[0]).unit());
                insert.setObject(2, from);
                insert.setBigDecimal(3, (BigDecimal) price[1]);
                insert.setString(4, (String) price[2]);
                insert.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
            }
        }
        return prices.size();
    }

    private static long pairings(Connection connection, List<String[]> pairings) throws SQLException {
        for (String[] pairing : pairings) {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM site_pairing WHERE address = ?")) {
                query.setString(1, pairing[0]);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        continue;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO site_pairing (address, code) VALUES (?, ?)")) {
                insert.setString(1, pairing[0]);
                insert.setString(2, pairing[1]);
                insert.executeUpdate();
            }
        }
        return pairings.size();
    }

    private static void identity(Connection connection, BundleManifest manifest, ArrayNode plan) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM site_identity WHERE bundle_id = ?")) {
            query.setString(1, manifest.bundleId());
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO site_identity (bundle_id, site_id, "
                + "site_name, office_master, plan, imported_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, manifest.bundleId());
            insert.setString(2, manifest.siteId());
            insert.setString(3, manifest.siteName());
            insert.setString(4, manifest.signer());
            insert.setString(5, plan.toString());
            insert.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }
}
