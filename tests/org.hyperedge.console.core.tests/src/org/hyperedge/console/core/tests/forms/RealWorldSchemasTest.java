package org.hyperedge.console.core.tests.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hyperedge.console.core.forms.FieldKind;
import org.hyperedge.console.core.forms.FormBuilder;
import org.hyperedge.console.core.forms.FormField;
import org.hyperedge.console.core.forms.SchemaSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Large schemas in the style of other catalogs' software types render as forms, with JSON only where needed. */
class RealWorldSchemasTest {

    @TempDir
    Path directory;

    @Test
    void theKvmSchemaIsAFormThroughoutItsFreeFormTagsAMap() throws Exception {
        FormField form = FormBuilder.build(SchemaSource.file(TestSchemas.copy(directory, TestSchemas.KVM)));

        assertEquals(List.of(), rawParts(form, ""));
        assertEquals(FieldKind.MAP, form.property("tags").kind());
        assertEquals(FieldKind.CHOICE, form.property("boot-image").kind());
        assertEquals(List.of("Image from the catalog", "Image from a URL"),
                form.property("boot-image").alternatives().stream().map(FormField.Alternative::title).toList());
        assertEquals(List.of("promise-period", "check-disk-usage"),
                form.property("monitor").properties().stream().map(FormField::name).toList(), "allOf of a $ref and an object");
        assertEquals(FieldKind.ENUM, form.property("network").property("nics").item().property("model").kind());
        assertTrue(form.notes().stream().anyMatch(n -> n.contains("^x-")), form.notes().toString());
    }

    @Test
    void theErpSchemaIsAFormWithJsonForItsTwoTypedValueAndItsRecursion() {
        FormField form = TestSchemas.form(TestSchemas.text("erp-instance-input.schema.json"));

        assertEquals(List.of("site-tree.children[]", "cache-size"), rawParts(form, ""));
        assertEquals(FieldKind.OBJECT, form.property("zope-partition-dict").item().kind(), "a map of Zope families");
        assertEquals(FieldKind.INTEGER, form.property("backup-retention-days").kind(), "anyOf integer or null");
        assertTrue(form.property("test-runner").notes().stream().anyMatch(n -> n.contains("(if)")));
    }

    @Test
    void aDeeplyNestedSchemaStopsAtTheDepthLimitWithoutFailing() {
        StringBuilder schema = new StringBuilder();
        int depth = 60;
        for (int i = 0; i < depth; i++) {
            schema.append("{'type':'object','properties':{'level").append(i).append("':");
        }
        schema.append("{'type':'string'}");
        schema.append("}}".repeat(depth));

        FormField form = TestSchemas.form(schema.toString());

        List<String> raw = rawParts(form, "");
        assertEquals(1, raw.size(), raw.toString());
        assertTrue(raw.get(0).startsWith("level0.level1."), raw.toString());
    }

    /** Where a form falls back to JSON, by path ({@code []} for list items). */
    static List<String> rawParts(FormField field, String path) {
        List<String> raw = new ArrayList<>();
        switch (field.kind()) {
            case RAW -> raw.add(path);
            case OBJECT -> field.properties().forEach(p -> raw.addAll(rawParts(p, path.isEmpty() ? p.name() : path + "." + p.name())));
            case ARRAY -> {
                for (int i = 0; i < field.positions().size(); i++) {
                    raw.addAll(rawParts(field.positions().get(i), path + "[" + i + "]"));
                }
                if (field.item() != null) {
                    raw.addAll(rawParts(field.item(), path + "[]"));
                }
            }
            case MAP -> raw.addAll(rawParts(field.item(), path + "{}"));
            case CHOICE -> field.alternatives().forEach(a -> raw.addAll(rawParts(a.field(), path)));
            default -> {
            }
        }
        return raw;
    }
}
