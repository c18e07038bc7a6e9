package org.hyperedge.ui.catalog;

import java.util.List;
import java.util.stream.Collectors;

import org.hyperedge.master.catalog.CatalogSourceException;
import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.catalog.CatalogUpdate;

/** Runs the catalog's update from its sources (off the UI thread) and says in one line what it did. */
final class CatalogUpdateText {

    private CatalogUpdateText() {
    }

    /** The new releases' artifacts are kept in the software cache of {@code data}, where its agents get them from. */
    static String run(CatalogStore catalog, java.nio.file.Path data) {
        if (catalog.sources().list().isEmpty()) {
            return "No catalog source yet: subscribe with ./hyperedge catalog add-source INDEX-DIR|https://URL --trust FINGERPRINT.";
        }
        try {
            return describe(catalog.subscriptions(org.hyperedge.connector.MasterSite.artifacts(data)).updateAll());
        } catch (CatalogSourceException e) {
            return "Nothing was changed: " + e.getMessage();
        } catch (java.io.IOException e) {
            return "Nothing was changed: the software cache cannot be opened: " + e.getMessage();
        }
    }

    static String describe(List<CatalogUpdate.Result> results) {
        return results.stream().map(result -> result.source() + ": " + (result.added().isEmpty() ? "nothing new"
                : result.added().size() + " added (" + result.added().stream()
                        .map(release -> release.id() + " " + release.version()).collect(Collectors.joining(", ")) + ")")
                + ", " + result.unchanged().size() + " already here").collect(Collectors.joining("; ")) + ".";
    }
}
