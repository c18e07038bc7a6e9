package org.hyperedge.console.core.forms;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hyperedge.master.schema.ParameterValidator;

/**
 * Checks parameters the way the master will, worded for the form. Each rendered field's own rules give
 * messages that name the field and the rule ({@code port: must be ≤ 65535}); then the master's own
 * validator checks the whole schema (raw parts, choices, allOf, if/then, additionalProperties...), and
 * what it finds that the fields did not already say is added, named by its path. Nothing passes here that
 * the master would refuse for its parameters.
 */
public final class FormValidator {

    private final FormField form;
    private final SchemaSource source;
    private final ParameterValidator schemaValidator = new ParameterValidator();

    public FormValidator(FormField form, SchemaSource source) {
        this.form = form;
        this.source = source;
    }

    public List<FieldProblem> validate(ObjectNode parameters) {
        List<FieldProblem> problems = new ArrayList<>();
        List<FieldPath> choices = new ArrayList<>();
        walk(form, FieldPath.ROOT, parameters, problems, choices);
        List<FieldProblem> fromFields = List.copyOf(problems);
        List<String> violations;
        try {
            violations = schemaValidator.violations(source.schema(), source.base(), parameters);
        } catch (RuntimeException e) {
            // e.g. a reference the validator cannot resolve: the master could not check these parameters either
            problems.add(new FieldProblem(FieldPath.ROOT, "cannot be checked against the schema: " + e.getMessage()));
            return problems;
        }
        for (String violation : violations) {
            FieldProblem problem = parse(violation);
            if (!alreadySaid(problem, fromFields, violation) && !insideFlaggedChoice(problem, choices, fromFields)
                    && !problems.contains(problem)) {
                problems.add(problem);
            }
        }
        return problems;
    }

    private static void walk(FormField field, FieldPath path, JsonNode value, List<FieldProblem> problems,
            List<FieldPath> choices) {
        for (String message : FieldChecks.check(field, value)) {
            problems.add(new FieldProblem(path, message));
        }
        if (value == null || value.isNull()) {
            return;
        }
        switch (field.kind()) {
            case OBJECT -> {
                if (value.isObject()) {
                    for (FormField property : field.properties()) {
                        walk(property, path.child(property.name()), value.get(property.name()), problems, choices);
                    }
                }
            }
            case ARRAY -> {
                if (value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        if (field.itemAt(i) != null) {
                            walk(field.itemAt(i), path.index(i), value.get(i), problems, choices);
                        }
                    }
                }
            }
            case MAP -> {
                if (value.isObject()) {
                    value.fields().forEachRemaining(entry -> {
                        if (MapKeys.typedByValueField(field, entry.getKey())) {
                            walk(field.item(), path.child(entry.getKey()), entry.getValue(), problems, choices);
                        }
                    });
                }
            }
            case CHOICE -> {
                if (!field.alternatives().isEmpty()) {
                    FormField chosen = field.alternatives().get(FormValues.activeAlternative(field, value)).field();
                    choices.add(path);
                    walk(chosen, path, value, problems, choices);
                }
            }
            default -> {
                // scalars were checked above; raw parts by the schema validator
            }
        }
    }

    /**
     * Inside a choice the validator also reports how the value fails the alternatives not chosen; once the
     * chosen one has problems of its own, those are what the operator needs.
     */
    private static boolean insideFlaggedChoice(FieldProblem problem, List<FieldPath> choices, List<FieldProblem> fromFields) {
        for (FieldPath choice : choices) {
            if (problem.path().startsWith(choice) && fromFields.stream().anyMatch(p -> p.path().startsWith(choice))) {
                return true;
            }
        }
        return false;
    }

    /** {@code $.disk.size: 70000 is greater than 65535 (maximum)} as a problem of the field {@code disk.size}. */
    private static FieldProblem parse(String violation) {
        int colon = violation.indexOf(": ");
        if (!violation.startsWith("$") || colon < 0) {
            return new FieldProblem(FieldPath.ROOT, violation);
        }
        return new FieldProblem(FieldPath.ofJsonPath(violation.substring(0, colon)), violation.substring(colon + 2));
    }

    /**
     * A schema message the fields already said in their words: one at the same field, a missing required
     * property, or a failed choice or combination whose parts the fields already flagged.
     */
    private static boolean alreadySaid(FieldProblem problem, List<FieldProblem> fromFields, String violation) {
        for (FieldProblem said : fromFields) {
            if (said.path().equals(problem.path())) {
                return true;
            }
            boolean inside = said.path().startsWith(problem.path());
            if (inside && (violation.endsWith("(required)") && said.message().equals("is required")
                    || violation.endsWith("(oneOf)") || violation.endsWith("(anyOf)") || violation.endsWith("(allOf)")
                    || violation.endsWith("(then)") || violation.endsWith("(else)") || violation.endsWith("($ref)"))) {
                return true;
            }
        }
        return false;
    }
}
