package org.hyperedge.console.core.tests.forms;

import static org.hyperedge.console.core.tests.forms.TestSchemas.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.hyperedge.console.core.forms.FieldKind;
import org.hyperedge.console.core.forms.FormField;
import org.junit.jupiter.api.Test;

/** Objects become groups, arrays editable lists, oneOf and anyOf choices, allOf one merged field. */
class StructureFieldsTest {

    @Test
    void nestedObjectsAreGroupsWithTheirOwnRequiredProperties() {
        FormField form = form("{'properties':{'db':{'type':'object','required':['size'],'properties':{"
                + "'size':{'type':'integer'},'tuning':{'type':'object','properties':{'cache':{'type':'boolean'}}}}}}}");

        FormField db = form.property("db");
        assertEquals(FieldKind.OBJECT, db.kind());
        assertTrue(db.property("size").required());
        assertEquals(FieldKind.BOOLEAN, db.property("tuning").property("cache").kind());
    }

    @Test
    void anArrayIsAListOfItemsEditedWithTheItemSchema() {
        FormField form = form("{'properties':{'ports':{'type':'array','minItems':1,'maxItems':4,'uniqueItems':true,"
                + "'items':{'type':'integer','maximum':65535}}}}");

        FormField ports = form.property("ports");
        assertEquals(FieldKind.ARRAY, ports.kind());
        assertEquals(FieldKind.INTEGER, ports.item().kind());
        assertEquals(new BigDecimal(65535), ports.item().rules().maximum());
        assertEquals(4, ports.rules().maxItems());
        assertTrue(ports.rules().uniqueItems());
    }

    @Test
    void oneOfObjectsAreAChoiceTitledByTitleReferenceOrDiscriminator() {
        FormField form = form("{'properties':{'storage':{'oneOf':[{'title':'Local disk','type':'object','properties':"
                + "{'path':{'type':'string'}}},{'$ref':'#/$defs/nfs'},{'type':'object','properties':{'kind':{'const':'s3'},"
                + "'bucket':{'type':'string'}}}]}},'$defs':{'nfs':{'type':'object','properties':{'server':{'type':'string'}}}}}");

        FormField storage = form.property("storage");
        assertEquals(FieldKind.CHOICE, storage.kind());
        assertEquals(List.of("Local disk", "nfs", "s3"),
                storage.alternatives().stream().map(FormField.Alternative::title).toList());
        assertEquals(FieldKind.TEXT, storage.alternatives().get(1).field().property("server").kind());
    }

    @Test
    void keywordsAroundAOneOfApplyToEveryAlternative() {
        FormField form = form("{'properties':{'mode':{'type':'object','required':['name'],'properties':{'name':"
                + "{'type':'string'}},'oneOf':[{'properties':{'a':{'type':'integer'}}},{'properties':{'b':{'type':'boolean'}}}]}}}");

        FormField mode = form.property("mode");
        assertEquals(List.of("name", "a"), mode.alternatives().get(0).field().properties().stream().map(FormField::name).toList());
        assertTrue(mode.alternatives().get(1).field().property("name").required());
    }

    @Test
    void anyOfIsAChoiceWithANoteThatSeveralMayFit() {
        FormField form = form("{'properties':{'x':{'anyOf':[{'type':'string'},{'type':'integer'}]}}}");

        FormField x = form.property("x");
        assertEquals(FieldKind.CHOICE, x.kind());
        assertEquals(List.of(FieldKind.TEXT, FieldKind.INTEGER), x.alternatives().stream().map(a -> a.field().kind()).toList());
        assertTrue(x.notes().get(0).contains("anyOf"), x.notes().toString());
    }

    @Test
    void allOfPartsMergeIntoOneFieldWithTheTightestBounds() {
        FormField form = form("{'properties':{'size':{'allOf':[{'type':'integer','minimum':1,'maximum':100},"
                + "{'maximum':64,'title':'Size'}]},'db':{'allOf':[{'$ref':'#/$defs/base'},{'required':['name'],"
                + "'properties':{'name':{'type':'string'}}}]}},'$defs':{'base':{'type':'object','properties':{'id':{'type':'integer'}}}}}");

        FormField size = form.property("size");
        assertEquals(FieldKind.INTEGER, size.kind());
        assertEquals(new BigDecimal(64), size.rules().maximum());
        assertEquals("Size", size.label());
        assertEquals(List.of("id", "name"), form.property("db").properties().stream().map(FormField::name).toList());
        assertTrue(form.property("db").property("name").required());
    }

    @Test
    void allOfPartsThatDisagreeOnTheTypeAreEditedAsJsonSayingWhy() {
        FormField form = form("{'properties':{'x':{'allOf':[{'type':'string'},{'type':'integer'}]}}}");

        FormField x = form.property("x");
        assertEquals(FieldKind.RAW, x.kind());
        assertTrue(x.notes().get(0).contains("disagree on the type"), x.notes().toString());
    }

    @Test
    void openObjectsSayWhereFurtherPropertiesGo() {
        FormField form = form("{'properties':{'a':{'type':'string'}},'patternProperties':{'^x-':{}},"
                + "'dependentRequired':{'a':['b']}}");

        assertTrue(form.notes().stream().anyMatch(n -> n.contains("^x-") && n.contains("JSON tab")), form.notes().toString());
        assertTrue(form.notes().stream().anyMatch(n -> n.contains("dependentRequired")), form.notes().toString());
    }

    @Test
    void aMapWithKeysOfYourChoiceIsAMapOfItsValueSchema() {
        FormField form = form("{'properties':{'tags':{'type':'object','additionalProperties':{'type':'string'}}}}");

        FormField tags = form.property("tags");
        assertEquals(FieldKind.MAP, tags.kind());
        assertEquals(FieldKind.TEXT, tags.item().kind());
    }

    @Test
    void aMapWhoseValuesFollowDifferentSchemasByNameIsEditedAsJson() {
        FormField form = form("{'properties':{'m':{'type':'object','patternProperties':{'^a':{'type':'string'},"
                + "'^b':{'type':'integer'}}}}}");

        assertEquals(FieldKind.RAW, form.property("m").kind());
        assertTrue(form.property("m").notes().get(0).contains("different schemas"), form.property("m").notes().toString());
    }

    @Test
    void valuesOfSeveralTypesAndUntypedSchemasAreEditedAsJsonSayingWhy() {
        FormField form = form("{'properties':{'a':{'type':['string','integer']},'c':{},'d':true,'e':false}}");

        assertEquals(List.of("a", "c", "d"), form.properties().stream().map(FormField::name).toList(),
                "a property whose schema is false takes no value, so it has no field");
        assertTrue(form.property("a").notes().get(0).contains("string, integer"));
        assertTrue(form.property("c").notes().get(0).contains("no type"));
        assertTrue(form.property("d").notes().get(0).contains("any value"));
        form.properties().forEach(p -> assertEquals(FieldKind.RAW, p.kind()));
    }

    @Test
    void aSchemaThatIsNotAnObjectSchemaIsOneRawPart() {
        FormField form = form("{'type':'string'}");

        assertEquals(FieldKind.RAW, form.kind());
        assertNull(form.item());
    }
}
