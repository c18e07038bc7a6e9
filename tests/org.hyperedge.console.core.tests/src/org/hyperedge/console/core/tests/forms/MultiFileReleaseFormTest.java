package org.hyperedge.console.core.tests.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyperedge.console.core.forms.FieldKind;
import org.hyperedge.console.core.forms.FieldPath;
import org.hyperedge.console.core.forms.FieldProblem;
import org.hyperedge.console.core.forms.FormBuilder;
import org.hyperedge.console.core.forms.FormField;
import org.hyperedge.console.core.forms.FormValidator;
import org.hyperedge.console.core.forms.SchemaSource;
import org.hyperedge.master.Master;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The request form of a release imported from a directory of schema files that refer to each other across folders:
 * built from the catalog's one bundled document, it resolves what the master resolves, and on every sample the form
 * and the master agree (both accept, or both refuse at the same fields).
 */
class MultiFileReleaseFormTest {

    private static final Pattern VIOLATION = Pattern.compile("^parameter (\\$[^:]*): (.*)$");
    private static final Pattern REQUIRED = Pattern.compile("\\[\\[([^\\]]*)\\]\\] \\(required\\)$");

    @TempDir
    Path temp;

    private Master master;
    private SchemaSource source;
    private FormField form;
    private int requests;

    @BeforeEach
    void importTheReleaseAndBuildItsForm() throws Exception {
        master = Master.open(temp.resolve("data"));
        ReleaseDescriptor release = master.catalog().importRelease(ShopRelease.write(temp.resolve("release")));
        source = SchemaSource.inline(release.types().get("default").parameterSchema());
        form = FormBuilder.build(source);
    }

    @AfterEach
    void closeMaster() {
        master.close();
    }

    @Test
    void fieldsDefinedInOtherFilesAreTypedFromThoseFiles() {
        FormField webPort = form.property("web").property("port");
        FormField dbPort = form.property("db").property("port");

        assertEquals(FieldKind.INTEGER, webPort.kind());
        assertEquals(new BigDecimal(65535), webPort.rules().maximum());
        assertEquals(new BigDecimal(1024), dbPort.rules().minimum());
        assertEquals(FieldKind.TEXT, form.property("db").property("name").kind());
    }

    @Test
    void formAndMasterAgreeOnEverySample() throws Exception {
        List<String> samples = List.of(
                "{'web': {'port': 8080}}",
                "{'web': {'port': 8080}, 'db': {'port': 5432, 'name': 'shop'}}",
                "{'web': {'port': 80}}",
                "{'web': {'port': 8080}, 'db': {'port': 70000}}",
                "{}",
                "{'web': {'port': 'eighty'}}",
                "{'web': {'port': 8080}, 'db': {'name': 'a-name-far-too-long-for-the-database'}}");

        for (String sample : samples) {
            ObjectNode parameters = TestSchemas.json(sample);

            Set<String> byForm = formFields(parameters);
            Set<String> byMaster = masterFields(parameters);

            assertEquals(byMaster, byForm, "the fields the form and the master refuse in " + sample);
        }
        assertFalse(masterFields(TestSchemas.json("{'web': {'port': 80}}")).isEmpty(), "a sample the master refuses");
    }

    private Set<String> formFields(ObjectNode parameters) {
        Set<String> fields = new TreeSet<>();
        for (FieldProblem problem : new FormValidator(form, source).validate(parameters)) {
            fields.add(problem.path().label());
        }
        return fields;
    }

    /** The fields the master names when it refuses; a missing required property is named as the field it misses. */
    private Set<String> masterFields(ObjectNode parameters) throws Exception {
        Set<String> fields = new TreeSet<>();
        try {
            master.requests().request(Request.root("sample-" + ++requests, "test:shop", "default", parameters));
        } catch (RequestRefused refused) {
            for (String reason : refused.reasons()) {
                Matcher violation = VIOLATION.matcher(reason);
                if (!violation.matches()) {
                    throw new AssertionError("not a parameter violation: " + reason);
                }
                FieldPath path = FieldPath.ofJsonPath(violation.group(1));
                Matcher required = REQUIRED.matcher(violation.group(2));
                if (required.find()) {
                    for (String name : required.group(1).split(", ")) {
                        fields.add(path.child(name).label());
                    }
                } else {
                    fields.add(path.label());
                }
            }
        }
        return fields;
    }
}
