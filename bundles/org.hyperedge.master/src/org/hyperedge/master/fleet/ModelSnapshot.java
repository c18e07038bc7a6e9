package org.hyperedge.master.fleet;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyperedge.master.catalog.CatalogModel;
import org.hyperedge.model.Catalog;
import org.hyperedge.model.Fleet;
import org.hyperedge.model.Instance;
import org.hyperedge.model.InstanceTree;
import org.hyperedge.model.Node;
import org.hyperedge.model.Partition;
import org.hyperedge.model.Site;
import org.hyperedge.model.resource.ModelResources;

/**
 * A snapshot of the catalog and the fleet as one XMI file ({@code ./hyperedge export-model FILE}): copies taken
 * under the models' locks, with every list in a fixed order (sites and nodes by name, trees and instances by id,
 * partitions by reference), so two snapshots of the same state are equal object for object
 * ({@link EcoreUtil#equals}) and as files.
 */
public final class ModelSnapshot {

    private ModelSnapshot() {
    }

    /** Brings both models up to date and writes them, the catalog first, to the file. */
    public static void save(CatalogModel catalog, FleetModel fleet, Path file) {
        catalog.refresh();
        fleet.refresh();
        Catalog catalogCopy = catalog.read(EcoreUtil::copy);
        Fleet fleetCopy = fleet.read(EcoreUtil::copy);
        ModelResources.saveAll(List.of(catalogCopy, canonical(fleetCopy)), file);
    }

    /** The fleet with its lists in the snapshot's order. */
    public static Fleet canonical(Fleet fleet) {
        ECollections.sort(fleet.getSites(), Comparator.comparing(Site::getName));
        for (Site site : fleet.getSites()) {
            ECollections.sort(site.getNodes(), Comparator.comparing(Node::getId));
            for (Node node : site.getNodes()) {
                ECollections.sort(node.getPartitions(), Comparator.comparing(Partition::getReference));
            }
        }
        ECollections.sort(fleet.getTrees(), Comparator.comparingLong(InstanceTree::getId));
        for (InstanceTree tree : fleet.getTrees()) {
            ECollections.sort(tree.getInstances(), Comparator.comparingLong(Instance::getId));
        }
        return fleet;
    }
}
