package org.hyperedge.master.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hyperedge.master.store.Database;
import org.hyperedge.master.sync.NodeHeard;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * At the site: everything the office needs to know of what ran, as one file signed by the site master:
 * the site's nodes and how far their reports were ingested, every instance (its request, placement, reported
 * state, health and connection parameters), the promise results and latest promise states, usage records,
 * node events and tickets with their history. It is a snapshot of the whole site each time, so a later
 * return bundle holds everything an earlier one did; the office keys each record so nothing counts twice.
 */
public final class ReturnExport {

    /** Entry name and query: what each part of a return bundle holds. */
    static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        String instance = " JOIN instance i ON i.id = r.instance_id JOIN instance_tree t ON t.id = i.tree_id";
        PARTS.put("nodes.json", "SELECT id, cpu_millis, memory_mb, disk_mb, "
                + "report_base + report_cursor AS report_cursor, " + NodeHeard.lastSeen("node") + " AS last_report_at FROM node"
                + NodeHeard.join("node") + "ORDER BY id");
        PARTS.put("instances.json", "SELECT t.root_title AS tree, t.project, i.id, i.title, pa.title AS parent, "
                + "i.release_id, i.software_type, i.shared, i.parameters, i.sla, i.requested_state, i.reported_state, "
                + "i.healthy, i.connection_parameters, i.reported_error, i.last_report_at, i.created_at, h.title AS host, "
                + "p.node_id, p.reference AS partition_ref, p.first_port, p.last_port FROM instance i "
                + "JOIN instance_tree t ON t.id = i.tree_id LEFT JOIN instance pa ON pa.id = i.parent_id "
                + "LEFT JOIN instance h ON h.id = i.host_id LEFT JOIN node_partition p ON p.instance_id = i.id ORDER BY i.id");
        PARTS.put("promise-results.json", "SELECT r.node_id, r.seq, t.root_title AS tree, i.title, r.name, r.ok, r.message, "
                + "r.checked_at FROM promise_result r" + instance + " ORDER BY r.node_id, r.seq");
        PARTS.put("usage-records.json", "SELECT r.node_id, r.seq, t.root_title AS tree, i.title, r.period_from, r.period_to, "
                + "r.cpu_seconds, r.memory_mb_hours, r.disk_mb_hours, r.instance_hours FROM usage_record r" + instance
                + " ORDER BY r.node_id, r.seq");
        PARTS.put("node-events.json", "SELECT r.node_id, r.seq, r.kind, r.summary, r.at, t.root_title AS tree, i.title "
                + "FROM node_event r LEFT JOIN instance i ON i.id = r.instance_id LEFT JOIN instance_tree t ON t.id = i.tree_id "
                + "ORDER BY r.node_id, r.seq");
        PARTS.put("promise-states.json", "SELECT t.root_title AS tree, i.title, r.name, r.ok, r.failing_runs, r.message, "
                + "r.checked_at FROM promise_state r" + instance + " ORDER BY i.id, r.name");
        PARTS.put("tickets.json", "SELECT id, cause, subject, reason, state, assignee, opened_at, updated_at, resolved_at "
                + "FROM ticket ORDER BY id");
        PARTS.put("ticket-events.json", "SELECT ticket_id, id, at, actor, action, note FROM ticket_event ORDER BY ticket_id, id");
    }

    private final Database database;
    private final TlsIdentity identity;

    public ReturnExport(Database database, TlsIdentity identity) {
        this.database = database;
        this.identity = identity;
    }

    /** The fingerprint the office must trust to import this site's return bundles. */
    public String signer() {
        return identity.fingerprint();
    }

    public SiteSummary export(Path out, SiteProgress progress) throws SiteBundleException, IOException {
        SiteIdentity site = SiteIdentity.find(database).orElseThrow(() -> new SiteBundleException(
                "this master was not set up from a site bundle: there is no site to return records of"));
        Path scratch = Files.createTempDirectory("hyperedge-return-");
        SiteSummary.Counts counts = new SiteSummary.Counts();
        String bundleId = UUID.randomUUID().toString();
        try (BundleWriter writer = new BundleWriter(out)) {
            // one transaction: every part is the same moment of the site
            database.inTransaction(connection -> {
                int n = 0;
                for (Map.Entry<String, String> part : PARTS.entrySet()) {
                    progress.report("reading " + part.getKey(), n++, PARTS.size());
                    try {
                        long rows = RowsJson.dump(connection, part.getValue(), scratch.resolve(part.getKey()));
                        counts.put(part.getKey().replace(".json", "").replace('-', ' '), rows);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return null;
            });
            for (String part : PARTS.keySet()) {
                writer.addFile(SiteBundles.RETURN + part, scratch.resolve(part));
            }
            progress.report("signing", PARTS.size(), PARTS.size());
            writer.finish(identity, BundleManifest.RETURN, bundleId, site.siteId(), site.siteName(), site.bundleId());
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        } finally {
            for (String part : PARTS.keySet()) {
                Files.deleteIfExists(scratch.resolve(part));
            }
            Files.deleteIfExists(scratch);
        }
        counts.put("bytes", Files.size(out));
        progress.report("exported", 1, 1);
        return new SiteSummary("return export", bundleId, identity.fingerprint(), counts.map(), List.of());
    }
}
