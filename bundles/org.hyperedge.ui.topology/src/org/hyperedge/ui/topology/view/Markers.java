package org.hyperedge.ui.topology.view;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.composite.CompositeProblem;
import org.hyperedge.model.Link;

/**
 * The validator's problems placed where the operator sees them on the canvas: on the service they are
 * about, on the link they are about, or for the composite as a whole.
 */
public final class Markers {

    public static final Markers NONE = new Markers(List.of());

    private final List<CompositeProblem> problems;
    private final Map<String, List<CompositeProblem>> byNode = new LinkedHashMap<>();
    private final Map<Link, List<CompositeProblem>> byLink = new IdentityHashMap<>();
    private final List<CompositeProblem> general = new ArrayList<>();

    public Markers(List<CompositeProblem> problems) {
        this.problems = List.copyOf(problems);
        for (CompositeProblem problem : problems) {
            if (problem.link() != null) {
                byLink.computeIfAbsent(problem.link(), l -> new ArrayList<>()).add(problem);
            } else if (problem.nodeTitle() != null) {
                byNode.computeIfAbsent(problem.nodeTitle(), t -> new ArrayList<>()).add(problem);
            } else {
                general.add(problem);
            }
        }
    }

    public List<CompositeProblem> all() {
        return problems;
    }

    public List<CompositeProblem> ofNode(String title) {
        return byNode.getOrDefault(title, List.of());
    }

    public List<CompositeProblem> ofLink(Link link) {
        return byLink.getOrDefault(link, List.of());
    }

    public List<CompositeProblem> general() {
        return general;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }
}
