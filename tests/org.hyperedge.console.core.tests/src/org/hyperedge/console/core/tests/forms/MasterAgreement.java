package org.hyperedge.console.core.tests.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hyperedge.console.core.forms.FieldPath;
import org.hyperedge.console.core.forms.FieldProblem;
import org.hyperedge.console.core.forms.FormBuilder;
import org.hyperedge.console.core.forms.FormValidator;
import org.hyperedge.console.core.forms.SchemaSource;
import org.hyperedge.master.schema.ParameterValidator;

/**
 * The form's check and the master's on one sample: a valid request accepted by both, an invalid one refused by
 * both at the same field. The master names a missing required property at its object ({@code $.target}), the
 * form at the property itself ({@code target.bucket}): the same field is the master's path or one inside it.
 */
public final class MasterAgreement {

    private final SchemaSource source;
    private final FormValidator form;
    private final ParameterValidator master = new ParameterValidator();

    public MasterAgreement(ObjectNode schema) {
        source = SchemaSource.inline(schema);
        form = new FormValidator(FormBuilder.build(source), source);
    }

    public List<FieldProblem> formProblems(String parameters) {
        return form.validate(TestSchemas.json(parameters));
    }

    public List<String> masterViolations(String parameters) {
        return master.violations(source.schema(), source.base(), TestSchemas.json(parameters));
    }

    public void assertAccepted(String parameters) {
        assertEquals(List.of(), masterViolations(parameters), "the master accepts " + parameters);
        assertEquals(List.of(), formProblems(parameters), "the form accepts " + parameters);
    }

    /** Both refuse, the form naming {@code field} (a path label such as {@code target.bucket}) and the master it or its object. */
    public void assertRefusedAt(String parameters, String field) {
        List<String> violations = masterViolations(parameters);
        List<FieldProblem> problems = formProblems(parameters);
        assertFalse(violations.isEmpty(), "the master refuses " + parameters);
        assertTrue(problems.stream().anyMatch(p -> p.path().label().equals(field)),
                "the form names " + field + " for " + parameters + ": " + problems);
        assertTrue(violations.stream().map(v -> FieldPath.ofJsonPath(v.substring(0, Math.max(v.indexOf(": "), 0))))
                .anyMatch(path -> path.label().equals(field) || pathOf(field).startsWith(path)),
                "the master names " + field + " or its object for " + parameters + ": " + violations);
    }

    private static FieldPath pathOf(String label) {
        return FieldPath.ofJsonPath("$." + label);
    }
}
