package org.hyperedge.console.core.forms;

/** What is wrong with one field, worded for the operator: {@code port: must be ≤ 65535}. */
public record FieldProblem(FieldPath path, String message) {

    @Override
    public String toString() {
        return path.label() + ": " + message;
    }
}
