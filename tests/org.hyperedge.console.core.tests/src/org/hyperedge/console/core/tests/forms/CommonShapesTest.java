package org.hyperedge.console.core.tests.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hyperedge.console.core.forms.FieldKind;
import org.hyperedge.console.core.forms.FormField;
import org.junit.jupiter.api.Test;

/**
 * Class 7 of issue 21: maps, lists without item schema, tuples, multi-line text, secrets and read-only values
 * are form fields, not raw JSON.
 */
class CommonShapesTest {

    private static final String SCHEMA = TestSchemas.text("common-shapes.json");

    @Test
    void aMapOfTypedValuesIsAMapWhoseValuesKeepTheirRules() {
        FormField labels = TestSchemas.form(SCHEMA).property("labels");

        assertEquals(FieldKind.MAP, labels.kind());
        assertEquals(FieldKind.TEXT, labels.item().kind());
        assertEquals(32, labels.item().rules().maxLength());
        assertEquals(List.of(), labels.keyPatterns());
    }

    @Test
    void aMapOfPatternNamedValuesKnowsItsNamePattern() {
        FormField upstreams = TestSchemas.form(SCHEMA).property("upstreams");

        assertEquals(FieldKind.MAP, upstreams.kind());
        assertEquals(List.of("^[a-z][a-z0-9-]*$"), upstreams.keyPatterns());
        assertEquals(FieldKind.INTEGER, upstreams.item().kind());
    }

    @Test
    void aListWithoutItemSchemaIsAListOfJsonItems() {
        FormField extra = TestSchemas.form(SCHEMA).property("extra-args");

        assertEquals(FieldKind.ARRAY, extra.kind());
        assertEquals(FieldKind.RAW, extra.item().kind());
        assertTrue(extra.notes().get(0).contains("does not say what its items are"), extra.notes().toString());
    }

    @Test
    void aTupleIsAListWithOneFieldPerPositionAndNothingAfterThem() {
        FormField listen = TestSchemas.form(SCHEMA).property("listen");

        assertEquals(FieldKind.ARRAY, listen.kind());
        assertEquals(List.of("Address", "Port"), listen.positions().stream().map(FormField::label).toList());
        assertEquals(FieldKind.INTEGER, listen.itemAt(1).kind());
        assertNull(listen.itemAt(2), "items: false closes the tuple");
    }

    @Test
    void longTextIsMultiLineAndSecretsAreMaskedAndReadOnlyIsShownNotEdited() {
        FormField form = TestSchemas.form(SCHEMA);

        assertTrue(form.property("motd").multiLine(), "textarea");
        assertTrue(form.property("ca-bundle").multiLine(), "contentMediaType");
        assertTrue(form.property("notes").multiLine(), "maxLength over 200");
        assertFalse(form.property("serial").multiLine());
        assertTrue(form.property("admin-password").secret(), "format: password");
        assertTrue(form.property("api-token").secret(), "writeOnly");
        assertTrue(form.property("serial").readOnly());
    }

    @Test
    void noPartOfTheseShapesFallsBackToJson() {
        assertEquals(List.of("extra-args[]"), RealWorldSchemasTest.rawParts(TestSchemas.form(SCHEMA), ""),
                "only the items the schema says nothing about");
    }

    @Test
    void theFormAndTheMasterAgreeOnEveryShape() {
        MasterAgreement agreement = new MasterAgreement(TestSchemas.json(SCHEMA));

        agreement.assertAccepted("{'labels':{'team':'ops'},'upstreams':{'api':8080},'extra-args':['-v',3],"
                + "'listen':['0.0.0.0',443],'motd':'line one\\nline two','admin-password':'s3cret-pass',"
                + "'uplink':{'kind':'lte','apn':'internet'}}");
        agreement.assertRefusedAt("{'labels':{'team':'" + "x".repeat(40) + "'}}", "labels.team");
        agreement.assertRefusedAt("{'upstreams':{'api':70000}}", "upstreams.api");
        agreement.assertRefusedAt("{'upstreams':{'Bad Name':80}}", "upstreams.Bad Name");
        agreement.assertRefusedAt("{'listen':['0.0.0.0',0]}", "listen[1]");
        agreement.assertRefusedAt("{'listen':['0.0.0.0',443,'extra']}", "listen[2]");
        agreement.assertRefusedAt("{'admin-password':'short'}", "admin-password");
        agreement.assertRefusedAt("{'uplink':{'kind':'lte'}}", "uplink.apn");
        agreement.assertRefusedAt("{'uplink':{'kind':'ethernet','vlan':5000}}", "uplink.vlan");
    }
}
