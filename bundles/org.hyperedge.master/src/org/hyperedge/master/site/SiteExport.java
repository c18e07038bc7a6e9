package org.hyperedge.master.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hyperedge.master.billing.Price;
import org.hyperedge.master.billing.PriceList;
import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.store.Database;
import org.hyperedge.model.CompositeService;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.protocol.tls.Fingerprints;
import org.hyperedge.protocol.tls.PairingCode;
import org.hyperedge.protocol.tls.TlsIdentity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * At the office: one signed file with everything a site with no internet needs to run composite services:
 * the releases they use, every artifact of those releases (from this master's software cache), the
 * composites and the plan (which composite becomes which instance tree), the price list, the site's identity
 * and, optionally, the site machines' pairing codes, each sealed to the site master's certificate (see
 * {@link SealedPairingCode}: the bundle may be copied on the way, the codes are read at the site only). The export is remembered with each exported instance's
 * request as it is now, so a later change at the office shows as a conflict when the site's records return.
 */
public final class SiteExport {

    /** A site machine assigned at the office: its agent's address and the pairing code it printed. */
    public record Pairing(String address, String code) {

        public Pairing {
            if (address == null || !address.matches("[^\\s:]+:\\d{1,5}")) {
                throw new IllegalArgumentException("pairing address '" + address + "' is not HOST:PORT");
            }
            PairingCode.parse(code); // names what is wrong with the code
        }

        /** {@code HOST:PORT=CODE}, as the command line takes it. */
        public static Pairing parse(String text) {
            int equals = text.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("pairing '" + text + "' is not HOST:PORT=CODE");
            }
            return new Pairing(text.substring(0, equals), text.substring(equals + 1));
        }
    }

    private final Database database;
    private final TlsIdentity identity;
    private final ArtifactStore artifacts;
    private final CatalogStore catalog;
    private final List<Path> agentPackages = new ArrayList<>();

    /** {@code catalog}: the master's own, whose releases the bundle carries. */
    public SiteExport(Database database, CatalogStore catalog, TlsIdentity identity, ArtifactStore artifacts) {
        this.database = database;
        this.catalog = catalog;
        this.identity = identity;
        this.artifacts = artifacts;
    }

    /** The fingerprint a site must trust to import this master's bundles. */
    public String signer() {
        return identity.fingerprint();
    }

    /**
     * Carries the node agent's Debian package in the bundle, for the site's machines (checked now: its name, and that
     * it is a Debian archive). Returns this export.
     */
    public SiteExport withAgentPackage(Path deb) throws IOException {
        AgentPackages.check(deb);
        agentPackages.add(deb);
        return this;
    }

    /** A bundle without pairing codes. */
    public SiteSummary export(String siteName, List<CompositeService> composites, List<Pairing> pairings, Path out,
            SiteProgress progress) throws SiteBundleException, IOException {
        return export(siteName, composites, pairings, null, out, progress);
    }

    /** {@code siteMaster}: the certificate of the master that will import the bundle, which alone opens the pairings. */
    public SiteSummary export(String siteName, List<CompositeService> composites, List<Pairing> pairings,
            X509Certificate siteMaster, Path out, SiteProgress progress) throws SiteBundleException, IOException {
        if (!pairings.isEmpty() && siteMaster == null) {
            throw new IllegalArgumentException("pairing codes travel sealed to the site master's key: give its certificate "
                    + "(--site-master FILE, written by 'site identity --out FILE' on the site master's data directory)");
        }
        if (siteName == null || !siteName.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}")) {
            throw new IllegalArgumentException("site name '" + siteName + "' must be 1-63 letters, digits, '.', '_' or '-'");
        }
        if (composites.isEmpty()) {
            throw new IllegalArgumentException("no composite service to export");
        }
        progress.report("collecting releases and artifacts", 0, 0);
        Map<String, ReleaseDescriptor> releases = new LinkedHashMap<>();
        Map<String, String> releaseJson = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Set<String> treeNames = new LinkedHashSet<>();
        for (CompositeService composite : composites) {
            if (!treeNames.add(CompositeXmi.treeName(composite))) {
                problems.add("two composites would become the same instance tree '" + CompositeXmi.treeName(composite) + "'");
            }
            for (ServiceNode node : composite.getNodes()) {
                if (releases.containsKey(node.getReleaseId())) {
                    continue;
                }
                String json = descriptor(node.getReleaseId());
                if (json == null) {
                    problems.add("composite '" + composite.getName() + "': service '" + node.getTitle() + "' uses release "
                            + node.getReleaseId() + ", which this master's catalog does not hold");
                    continue;
                }
                releaseJson.put(node.getReleaseId(), json);
                releases.put(node.getReleaseId(), catalog.find(node.getReleaseId()).orElseThrow());
            }
        }
        Map<String, Path> artifactFiles = new LinkedHashMap<>();
        for (ReleaseDescriptor release : releases.values()) {
            for (ReleaseDescriptor.Artifact artifact : release.artifacts()) {
                artifacts.find(artifact.sha256()).ifPresentOrElse(file -> artifactFiles.put(artifact.sha256(), file),
                        () -> problems.add("release " + release.id() + " needs artifact " + artifact.name() + " ("
                                + artifact.sha256() + "), which is not in this master's software cache"));
            }
        }
        if (!problems.isEmpty()) {
            throw new SiteBundleException("nothing exported: " + String.join("; ", problems));
        }
        String siteId = existingSiteId(siteName);
        String bundleId = UUID.randomUUID().toString();
        SiteSummary.Counts counts = new SiteSummary.Counts();
        ArrayNode plan = BundleManifest.JSON.createArrayNode();
        try (BundleWriter writer = new BundleWriter(out)) {
            int n = 0;
            for (String json : releaseJson.values()) {
                writer.add(SiteBundles.CATALOG + String.format("%03d.json", n++), json.getBytes(StandardCharsets.UTF_8));
            }
            counts.put("releases", releaseJson.size());
            long done = 0;
            for (Map.Entry<String, Path> artifact : artifactFiles.entrySet()) {
                progress.report("adding artifact " + artifact.getKey().substring(0, 12), done++, artifactFiles.size());
                writer.addFile(SiteBundles.ARTIFACTS + artifact.getKey(), artifact.getValue());
            }
            counts.put("artifacts", artifactFiles.size());
            for (Path deb : agentPackages) {
                progress.report("adding the agent package " + deb.getFileName(), 0, 0);
                writer.addFile(AgentPackages.PREFIX + deb.getFileName(), deb, true); // a .deb is compressed already
            }
            if (!agentPackages.isEmpty()) {
                counts.put("agent packages", agentPackages.size());
            }
            n = 0;
            for (CompositeService composite : composites) {
                String file = SiteBundles.COMPOSITES + String.format("%03d.composite", n++);
                writer.add(file, CompositeXmi.write(composite));
                ObjectNode tree = plan.addObject().put("tree", CompositeXmi.treeName(composite))
                        .put("composite", composite.getName()).put("file", file);
                ArrayNode services = tree.putArray("services");
                composite.getNodes().forEach(node -> services.addObject().put("title", node.getTitle())
                        .put("release", node.getReleaseId()).put("type", node.getSoftwareType() == null ? "default"
                                : node.getSoftwareType()));
            }
            counts.put("composites", composites.size());
            counts.put("services", composites.stream().mapToLong(c -> c.getNodes().size()).sum());
            writer.add(SiteBundles.PLAN, BundleManifest.JSON.writeValueAsBytes(plan));
            ArrayNode prices = BundleManifest.JSON.createArrayNode();
            List<Price> history = new PriceList(database).history();
            for (Price price : history) {
                prices.addObject().put("resource", price.resource().unit()).put("unitPrice", price.unitPrice().toPlainString())
                        .put("currency", price.currency()).put("effectiveFrom", price.effectiveFrom().toString());
            }
            writer.add(SiteBundles.PRICES, BundleManifest.JSON.writeValueAsBytes(prices));
            counts.put("prices", history.size());
            ArrayNode pairingList = BundleManifest.JSON.createArrayNode();
            for (Pairing pairing : pairings) {
                pairingList.addObject().put("address", pairing.address()).put("sealedFor", Fingerprints.sha256(siteMaster))
                        .put("code", SealedPairingCode.seal(siteMaster, pairing.address(), pairing.code()));
            }
            writer.add(SiteBundles.PAIRINGS, BundleManifest.JSON.writeValueAsBytes(pairingList));
            counts.put("pairings", pairings.size());
            // remembered before the bundle exists under its name: a bundle handed out is always one this master knows
            remember(bundleId, siteId, siteName, treeNames);
            progress.report("signing", artifactFiles.size(), artifactFiles.size());
            writer.finish(identity, BundleManifest.SITE, bundleId, siteId, siteName, null);
        }
        counts.put("bytes", java.nio.file.Files.size(out));
        progress.report("exported", 1, 1);
        return new SiteSummary("site export", bundleId, identity.fingerprint(), counts.map(), List.of());
    }

    private String descriptor(String releaseId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT descriptor FROM software_release WHERE id = ?")) {
                query.setString(1, releaseId);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        });
    }

    /** A site exported again keeps its id, so its returning records meet the earlier ones. */
    private String existingSiteId(String siteName) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT site_id FROM site_export WHERE site_name = ? ORDER BY exported_at DESC")) {
                query.setString(1, siteName);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : UUID.randomUUID().toString();
                }
            }
        });
    }

    /** The export and, for trees the office holds already, each instance's request as it is now. */
    private void remember(String bundleId, String siteId, String siteName, Set<String> trees) {
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO site_export (bundle_id, site_id, "
                    + "site_name, trees, exported_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, bundleId);
                insert.setString(2, siteId);
                insert.setString(3, siteName);
                insert.setString(4, String.join("\n", trees));
                insert.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            for (String tree : trees) {
                for (Map.Entry<String, String> instance : RequestDigest.ofTree(connection, tree).entrySet()) {
                    Baselines.set(connection, siteId, tree, instance.getKey(), instance.getValue());
                }
            }
            return null;
        });
    }
}
