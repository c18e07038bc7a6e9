package org.hyperedge.ui.topology.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hyperedge.master.view.NodeRow;
import org.hyperedge.protocol.node.SiteSummary;

/**
 * Where a composite's service can be placed: anywhere on this master's own nodes, or on one site, a federated site
 * (another master, issue 20) among them with what it last told of its nodes and catalog.
 */
public final class PlacementChoices {

    /** A site to place on ({@code site} null: anywhere), as the placement list shows it. */
    public record Choice(String site, String label) {
    }

    public static final Choice ANYWHERE = new Choice(null, "any node of this master");

    private PlacementChoices() {
    }

    /** The choices the nodes offer: anywhere first, then each site by name. */
    public static List<Choice> of(List<NodeRow> nodes) {
        Map<String, List<NodeRow>> bySite = new TreeMap<>();
        nodes.forEach(node -> bySite.computeIfAbsent(node.site(), site -> new ArrayList<>()).add(node));
        List<Choice> choices = new ArrayList<>();
        choices.add(ANYWHERE);
        bySite.forEach((site, members) -> {
            NodeRow federated = members.stream().filter(NodeRow::federated).findFirst().orElse(null);
            choices.add(new Choice(site, federated == null ? "site " + site + " (" + members.size()
                    + (members.size() == 1 ? " node)" : " nodes)")
                    : "site " + site + " · federated master: " + told(federated)));
        });
        return choices;
    }

    /** "2 nodes, 3/4 partitions free, 14 releases": what the federated site last told, short. */
    private static String told(NodeRow site) {
        if (site.told() == null) {
            return "has not told its capacity yet";
        }
        SiteSummary told = site.told().summary();
        return told.nodes() + (told.nodes() == 1 ? " node, " : " nodes, ") + told.freePartitions() + "/"
                + told.partitions() + " partitions free, " + told.catalog().size() + " releases";
    }

    /** The choice for a service's SLA site: that site's, or one made for a site no node has now. */
    static Choice of(List<Choice> choices, String site) {
        for (Choice choice : choices) {
            if (java.util.Objects.equals(choice.site(), site)) {
                return choice;
            }
        }
        return new Choice(site, "site " + site + " (no node of this master is in it now)");
    }
}
