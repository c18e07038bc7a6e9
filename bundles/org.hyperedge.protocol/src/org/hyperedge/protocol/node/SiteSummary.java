package org.hyperedge.protocol.node;

import java.util.List;

/**
 * What a federated master tells the masters that delegate to it about itself (issue 20): how many nodes it runs
 * services on, how many of their partitions are free of how many, and the catalog it offers, release by release.
 */
public record SiteSummary(int nodes, int freePartitions, int partitions, List<OfferedRelease> catalog) {

    /** One release of the catalog: its id, name, version and the short name a request may use instead of its id. */
    public record OfferedRelease(String id, String name, String version, String shortName) {
    }

    public SiteSummary {
        catalog = List.copyOf(catalog);
    }
}
