package org.hyperedge.master.catalog;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.hyperedge.model.Catalog;
import org.hyperedge.model.HyperEdgeFactory;
import org.hyperedge.model.SoftwareRelease;

/**
 * The catalog as an observable EMF model: one {@link SoftwareRelease} per release the master holds, in id
 * order, each with its artifacts, install steps and software types. {@link #refresh} brings it in line with
 * the store (a release imported again under its id is replaced), so an observer hears of each release added,
 * replaced or gone. Thread-safe like {@link org.hyperedge.master.fleet.FleetModel}.
 */
public final class CatalogModel {

    private final CatalogStore store;
    private final Catalog catalog = HyperEdgeFactory.eINSTANCE.createCatalog();
    private final Map<String, Instant> imported = new HashMap<>();
    private final Object refreshing = new Object();

    public CatalogModel(CatalogStore store) {
        this.store = store;
    }

    /** Reads the releases imported or removed since the last refresh; true when the catalog changed. */
    public boolean refresh() {
        synchronized (refreshing) {
            Map<String, Instant> now = store.importedAt();
            Map<String, SoftwareRelease> changed = new HashMap<>();
            synchronized (this) {
                now.forEach((id, at) -> {
                    if (!at.equals(imported.get(id))) {
                        changed.put(id, null);
                    }
                });
            }
            for (String id : changed.keySet()) {
                store.find(id).ifPresent(release -> changed.put(id, ReleaseModels.of(release)));
            }
            synchronized (this) {
                boolean different = catalog.getReleases().removeIf(release -> !now.containsKey(release.getId())
                        || changed.get(release.getId()) != null);
                for (SoftwareRelease release : changed.values()) {
                    if (release != null) {
                        catalog.getReleases().add(position(release.getId()), release);
                        different = true;
                    }
                }
                imported.clear();
                imported.putAll(now);
                return different;
            }
        }
    }

    private int position(String id) {
        int index = 0;
        while (index < catalog.getReleases().size() && catalog.getReleases().get(index).getId().compareTo(id) < 0) {
            index++;
        }
        return index;
    }

    public synchronized void observe(Adapter observer) {
        catalog.eAdapters().add(observer);
    }

    public synchronized void stopObserving(Adapter observer) {
        catalog.eAdapters().remove(observer);
    }

    /** Runs the reader on the catalog under its lock: nothing changes while it reads. */
    public synchronized <T> T read(java.util.function.Function<Catalog, T> reading) {
        return reading.apply(catalog);
    }
}
