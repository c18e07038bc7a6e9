package org.hyperedge.master.site;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.store.Database;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * At the office: takes a site's return bundle in. The bundle is checked whole first (the site master's
 * signature, which the operator trusts by fingerprint, every digest, every part readable, the site one this
 * master exported), then reconciled in one transaction: instances by (tree, title), history by (node, seq)
 * under the site's nodes, tickets by their site id. Importing the same bundle again, or an older one, changes
 * nothing; a request the office changed after the export is kept and listed as a conflict.
 */
public final class ReturnImport {

    private final Database database;

    public ReturnImport(Database database) {
        this.database = database;
    }

    public SiteSummary importBundle(Path file, Trust trust, SiteProgress progress) throws SiteBundleException {
        try (VerifiedBundle bundle = VerifiedBundle.open(file, trust, BundleManifest.RETURN, progress)) {
            BundleManifest manifest = bundle.manifest();
            Map<String, List<JsonNode>> parts = new HashMap<>();
            for (String part : ReturnExport.PARTS.keySet()) {
                parts.put(part, RowsJson.read(bundle.read(SiteBundles.RETURN + part), part));
            }
            String exportedAs = database.inTransaction(connection -> {
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT site_name FROM site_export WHERE site_id = ? AND bundle_id = ?")) {
                    query.setString(1, manifest.siteId());
                    query.setString(2, manifest.origin());
                    try (ResultSet row = query.executeQuery()) {
                        return row.next() ? row.getString(1) : null;
                    }
                }
            });
            if (exportedAs == null) {
                throw new SiteBundleException("the records of site " + manifest.siteName() + " come from site bundle "
                        + manifest.origin() + ", which this master did not export: nothing imported");
            }
            progress.report("reconciling instances", 0, 3);
            return database.inTransaction(connection -> {
                TreeReconciler trees = new TreeReconciler(connection, manifest.siteId(), exportedAs);
                trees.nodes(parts.get("nodes.json"));
                trees.instances(parts.get("instances.json"));
                progress.report("reconciling history", 1, 3);
                HistoryReconciler history = new HistoryReconciler(connection, exportedAs, trees);
                history.cursors(parts.get("nodes.json"));
                history.promiseResults(parts.get("promise-results.json"));
                history.usageRecords(parts.get("usage-records.json"));
                history.nodeEvents(parts.get("node-events.json"));
                history.promiseStates(parts.get("promise-states.json"));
                history.finish();
                progress.report("reconciling tickets", 2, 3);
                TicketReconciler tickets = new TicketReconciler(connection, manifest.siteId(), exportedAs);
                tickets.reconcile(parts.get("tickets.json"), parts.get("ticket-events.json"));
                SiteSummary.Counts counts = new SiteSummary.Counts().put("instances created", trees.created)
                        .put("instances updated", trees.updated).put("instances unchanged", trees.unchanged)
                        .put("promise results", history.promiseResults).put("usage records", history.usageRecords)
                        .put("node events", history.nodeEvents).put("promise states", history.promiseStates)
                        .put("records already in", history.skipped).put("tickets created", tickets.created)
                        .put("tickets updated", tickets.updated).put("ticket events", tickets.events)
                        .put("conflicts", trees.conflicts.size());
                SiteSummary summary = new SiteSummary("return import", manifest.bundleId(), manifest.signer(), counts.map(),
                        trees.conflicts);
                record(connection, manifest, summary);
                progress.report("imported", 3, 3);
                return summary;
            });
        }
    }

    private static void record(java.sql.Connection connection, BundleManifest manifest, SiteSummary summary)
            throws java.sql.SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM site_return WHERE bundle_id = ?")) {
            query.setString(1, manifest.bundleId());
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO site_return (bundle_id, site_id, summary, imported_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, manifest.bundleId());
            insert.setString(2, manifest.siteId());
            String text = summary.toString();
            insert.setString(3, text.length() > 2000 ? text.substring(0, 2000) : text);
            insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }
}
