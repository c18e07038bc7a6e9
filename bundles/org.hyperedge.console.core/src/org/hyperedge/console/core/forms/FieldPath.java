package org.hyperedge.console.core.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where a value sits in the parameters: property names and list indexes from the root. Its label is what
 * messages name the field by ({@code disk.size}, {@code nics[1].model}), the master's {@code $.disk.size}
 * without the {@code $.}.
 */
public record FieldPath(List<Object> steps) {

    public static final FieldPath ROOT = new FieldPath(List.of());
    private static final Pattern STEP = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]");

    public FieldPath child(String property) {
        List<Object> more = new ArrayList<>(steps);
        more.add(property);
        return new FieldPath(List.copyOf(more));
    }

    public FieldPath index(int index) {
        List<Object> more = new ArrayList<>(steps);
        more.add(index);
        return new FieldPath(List.copyOf(more));
    }

    /** The path of a master message's {@code $.disk.size} or {@code $.nics[1]}. */
    public static FieldPath ofJsonPath(String jsonPath) {
        FieldPath path = ROOT;
        Matcher step = STEP.matcher(jsonPath.startsWith("$") ? jsonPath.substring(1) : jsonPath);
        while (step.find()) {
            path = step.group(1) != null ? path.child(step.group(1)) : path.index(Integer.parseInt(step.group(2)));
        }
        return path;
    }

    public boolean isRoot() {
        return steps.isEmpty();
    }

    public boolean startsWith(FieldPath prefix) {
        return steps.size() >= prefix.steps.size() && steps.subList(0, prefix.steps.size()).equals(prefix.steps);
    }

    /** The value here, or {@code null} when absent. */
    public JsonNode get(JsonNode root) {
        JsonNode node = root;
        for (Object step : steps) {
            if (node == null) {
                return null;
            }
            node = step instanceof Integer index ? (node.isArray() ? node.get(index) : null)
                    : (node.isObject() ? node.get((String) step) : null);
        }
        return node;
    }

    /** Puts the value here, creating the objects on the way; {@code null} removes it. */
    public void set(ObjectNode root, JsonNode value) {
        if (steps.isEmpty()) {
            if (value instanceof ObjectNode object) {
                root.removeAll();
                root.setAll(object);
            }
            return;
        }
        JsonNode parent = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object step = steps.get(i);
            JsonNode next = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
            if (next == null || !next.isContainerNode()) {
                if (value == null || step instanceof Integer || !(parent instanceof ObjectNode object)) {
                    return;
                }
                next = steps.get(i + 1) instanceof Integer ? object.putArray((String) step) : object.putObject((String) step);
            }
            parent = next;
        }
        Object last = steps.get(steps.size() - 1);
        if (parent instanceof ObjectNode object && last instanceof String property) {
            if (value == null) {
                object.remove(property);
            } else {
                object.set(property, value);
            }
        } else if (parent instanceof ArrayNode array && last instanceof Integer index && index < array.size()) {
            if (value == null) {
                array.remove(index.intValue());
            } else {
                array.set(index, value);
            }
        }
    }

    public String label() {
        StringBuilder label = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                label.append('[').append(index).append(']');
            } else {
                label.append(label.length() == 0 ? "" : ".").append(step);
            }
        }
        return label.length() == 0 ? "parameters" : label.toString();
    }

    @Override
    public String toString() {
        return label();
    }
}
