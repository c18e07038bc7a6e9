package org.hyperedge.console.core.tests.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hyperedge.console.core.forms.FormField;
import org.hyperedge.console.core.forms.FormValues;
import org.junit.jupiter.api.Test;

/**
 * Class 3 of issue 21: a default that breaks its own schema is a suggestion. The form takes it converted when
 * the conversion is exact and says so, else shows it as a hint and leaves the field empty; it never opens
 * with an error the operator did not make.
 */
class DefaultSuggestionsTest {

    private static final String SCHEMA = TestSchemas.text("defaults-breaking-their-schema.json");

    @Test
    void aDefaultThatConvertsExactlyIsTakenConvertedAndTheFieldSaysSo() {
        FormField form = TestSchemas.form(SCHEMA);

        assertEquals(TestSchemas.json("{'v':2}").get("v"), form.property("replicas").defaultValue());
        assertEquals("Default \"2\" taken as 2.", form.property("replicas").defaultNote());
        assertEquals(JsonNodeFactory.instance.booleanNode(true), form.property("compress").defaultValue());
        assertEquals("Default \"true\" taken as true.", form.property("compress").defaultNote());
        assertEquals(0.75, form.property("ratio").defaultValue().doubleValue());
        assertEquals(TestSchemas.json("{'v':2}").get("v"), form.property("level").defaultValue(), "\"2\" is the enum's 2");
    }

    @Test
    void aDefaultThatCannotBeTheFieldsValueIsOnlyAHint() {
        FormField form = TestSchemas.form(SCHEMA);

        for (String name : List.of("shards", "eviction", "ttl", "port")) {
            assertNull(form.property(name).defaultValue(), name);
            assertTrue(form.property(name).defaultNote().startsWith("Suggested default "), form.property(name).defaultNote());
        }
        assertEquals("Suggested default 80 (it must be ≥ 1024): left empty.", form.property("port").defaultNote());
        assertEquals("Suggested default \"\" (it must be one of lru, lfu, none): left empty.",
                form.property("eviction").defaultNote());
    }

    @Test
    void aDefaultThatFitsIsKeptWithoutANote() {
        FormField form = TestSchemas.form(SCHEMA);

        assertEquals("cache", form.property("name").defaultValue().textValue());
        assertNull(form.property("name").defaultNote());
    }

    @Test
    void theFormStartsFromTheUsableDefaultsOnlyAndOpensWithoutAProblem() {
        FormField form = TestSchemas.form(SCHEMA);
        MasterAgreement agreement = new MasterAgreement(TestSchemas.json(SCHEMA));

        ObjectNode start = FormValues.withDefaults(form, JsonNodeFactory.instance.objectNode());

        assertEquals(TestSchemas.json("{'replicas':2,'compress':true,'ratio':0.75,'level':2,'name':'cache'}"), start);
        agreement.assertAccepted(start.toString());
        agreement.assertAccepted("{}");
    }

    @Test
    void theDefaultsAsWrittenAreRefusedByTheFormAndTheMasterAtTheSameField() {
        MasterAgreement agreement = new MasterAgreement(TestSchemas.json(SCHEMA));

        agreement.assertRefusedAt("{'replicas':'2'}", "replicas");
        agreement.assertRefusedAt("{'compress':'true'}", "compress");
        agreement.assertRefusedAt("{'shards':null}", "shards");
        agreement.assertRefusedAt("{'eviction':''}", "eviction");
        agreement.assertRefusedAt("{'port':80}", "port");
    }
}
