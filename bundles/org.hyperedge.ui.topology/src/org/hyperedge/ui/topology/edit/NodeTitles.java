package org.hyperedge.ui.topology.edit;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.hyperedge.model.CompositeService;
import org.hyperedge.model.ServiceNode;

/** Titles for new service nodes: taken from the release, unique in the composite ({@code web}, {@code web-2}). */
public final class NodeTitles {

    private NodeTitles() {
    }

    /** {@code builtin:h2-database} → {@code h2-database}; {@code acme:erp/2.1} → {@code erp-2-1}. */
    public static String base(String releaseId) {
        String name = releaseId == null ? "service" : releaseId.substring(releaseId.indexOf(':') + 1);
        String cleaned = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return cleaned.isEmpty() ? "service" : cleaned;
    }

    /** {@code wanted} if no node of the composite has it, else the first free {@code wanted-N}. */
    public static String unique(CompositeService composite, String wanted) {
        Set<String> taken = composite.getNodes().stream().map(ServiceNode::getTitle).collect(Collectors.toSet());
        return unique(taken, wanted);
    }

    static String unique(Set<String> taken, String wanted) {
        if (!taken.contains(wanted)) {
            return wanted;
        }
        String stem = wanted.replaceAll("-\\d+$", "");
        for (int n = 2;; n++) {
            String candidate = stem + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
