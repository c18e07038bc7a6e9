package org.hyperedge.console.core.tests.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hyperedge.console.core.forms.FieldPath;
import org.hyperedge.console.core.forms.FieldProblem;
import org.hyperedge.console.core.forms.FormBuilder;
import org.hyperedge.console.core.forms.FormValidator;
import org.hyperedge.console.core.forms.SchemaSource;
import org.hyperedge.master.Master;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.protocol.release.InvalidDescriptorException;

/**
 * The form's check and the master's on one sample: a valid request accepted by both, an invalid one refused by
 * both at the same field. The master's check is its request path, as {@code ./hyperedge request} runs it: the
 * schema is a release imported into a real master (H2, one for all samples of the test run), and each sample a
 * dry-run request of it (defaults completed, then checked; nothing written). The master names a missing required
 * property at its object ({@code $.target}), the form at the property itself ({@code target.bucket}): the same
 * field is the master's path or one inside it.
 */
public final class MasterAgreement {

    private static final AtomicInteger RELEASES = new AtomicInteger();
    private static Master master;

    private final SchemaSource source;
    private final FormValidator form;
    private final String releaseId;

    public MasterAgreement(ObjectNode schema) {
        source = SchemaSource.inline(schema);
        form = new FormValidator(FormBuilder.build(source), source);
        releaseId = "test:agreement-" + RELEASES.incrementAndGet();
        ObjectNode release = TestSchemas.json("{'id':'" + releaseId + "','name':'Agreement','version':'1.0',"
                + "'description':'a sample schema','types':{'default':{'description':'one process',"
                + "'processes':[{'name':'p','command':['true']}]}}}");
        ((ObjectNode) release.get("types").get("default")).set("parameters", schema);
        try {
            master().catalog().importRelease(releaseId, release.toString());
        } catch (InvalidDescriptorException e) {
            throw new AssertionError("the master does not import the sample schema: " + e.getMessage(), e);
        }
    }

    private static synchronized Master master() {
        if (master == null) {
            try {
                master = Master.open(Files.createTempDirectory("hyperedge-agreement"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return master;
    }

    public List<FieldProblem> formProblems(String parameters) {
        return form.validate(TestSchemas.json(parameters));
    }

    /** What the master's request path says of the parameters: each violation as {@code $.path: reason}. */
    public List<String> masterViolations(String parameters) {
        try {
            master().requests().dryRun(Request.root("sample", releaseId, "default", TestSchemas.json(parameters)));
            return List.of();
        } catch (RequestRefused refused) {
            List<String> violations = new ArrayList<>();
            for (String reason : refused.reasons()) {
                String prefix = "sample: parameter ";
                if (!reason.startsWith(prefix)) {
                    throw new AssertionError("the master refuses the sample for another reason: " + reason);
                }
                violations.add(reason.substring(prefix.length()));
            }
            return violations;
        }
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
