package org.hyperedge.ui.topology.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.hyperedge.model.CompositeService;
import org.hyperedge.model.Link;
import org.hyperedge.model.ServiceNode;

/**
 * Automatic layout in layers, left to right in link order: a service sits one column right of the
 * furthest source it takes a value from, so every link points right; services in a cycle, which have no
 * such order, go to the column after the last. Within a column, services keep their vertical order.
 */
public final class AutoLayout {

    public static final int MARGIN = 40;
    public static final int COLUMN_GAP = 90;
    public static final int ROW_GAP = 30;

    private AutoLayout() {
    }

    /** The place of every node, given each box's width and height. */
    public static Map<ServiceNode, int[]> places(CompositeService composite, ToIntFunction<ServiceNode> width,
            ToIntFunction<ServiceNode> height) {
        Map<ServiceNode, Integer> columns = columns(composite);
        int columnCount = columns.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<List<ServiceNode>> byColumn = new ArrayList<>();
        for (int c = 0; c < columnCount; c++) {
            byColumn.add(new ArrayList<>());
        }
        composite.getNodes().forEach(node -> byColumn.get(columns.get(node)).add(node));
        Map<ServiceNode, int[]> places = new LinkedHashMap<>();
        int x = MARGIN;
        for (List<ServiceNode> column : byColumn) {
            column.sort((a, b) -> Integer.compare(a.getY(), b.getY()));
            int y = MARGIN;
            int widest = 0;
            for (ServiceNode node : column) {
                places.put(node, new int[] { x, y });
                y += height.applyAsInt(node) + ROW_GAP;
                widest = Math.max(widest, width.applyAsInt(node));
            }
            x += widest + COLUMN_GAP;
        }
        return places;
    }

    /** Each node's column: the length of the longest chain of links that leads to it. */
    static Map<ServiceNode, Integer> columns(CompositeService composite) {
        Map<ServiceNode, List<ServiceNode>> sources = new IdentityHashMap<>();
        Map<ServiceNode, Integer> waiting = new IdentityHashMap<>();
        composite.getNodes().forEach(n -> waiting.put(n, 0));
        Map<ServiceNode, List<ServiceNode>> dependents = new HashMap<>();
        for (Link link : composite.getLinks()) {
            ServiceNode from = link.getSource();
            ServiceNode to = link.getTarget();
            if (from == null || to == null || from == to || !waiting.containsKey(from) || !waiting.containsKey(to)) {
                continue;
            }
            sources.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
            dependents.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
            waiting.merge(to, 1, Integer::sum);
        }
        Map<ServiceNode, Integer> columns = new IdentityHashMap<>();
        List<ServiceNode> ready = new ArrayList<>();
        composite.getNodes().forEach(n -> {
            if (waiting.get(n) == 0) {
                ready.add(n);
            }
        });
        for (int i = 0; i < ready.size(); i++) {
            ServiceNode node = ready.get(i);
            int column = 0;
            for (ServiceNode source : sources.getOrDefault(node, List.of())) {
                column = Math.max(column, columns.get(source) + 1);
            }
            columns.put(node, column);
            for (ServiceNode dependent : dependents.getOrDefault(node, List.of())) {
                if (waiting.merge(dependent, -1, Integer::sum) == 0) {
                    ready.add(dependent);
                }
            }
        }
        int last = columns.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
        composite.getNodes().forEach(n -> columns.putIfAbsent(n, last + 1));
        return columns;
    }
}
