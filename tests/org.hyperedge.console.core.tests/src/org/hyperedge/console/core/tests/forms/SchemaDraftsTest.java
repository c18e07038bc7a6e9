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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same form from drafts 4, 6, 7, 2019-09 and 2020-12, each written in its own idiom. */
class SchemaDraftsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "http://json-schema.org/draft-04/schema#, definitions",
            "http://json-schema.org/draft-06/schema#, definitions",
            "http://json-schema.org/draft-07/schema#, definitions",
            "https://json-schema.org/draft/2019-09/schema, $defs",
            "https://json-schema.org/draft/2020-12/schema, $defs" })
    void everyDraftGivesTheSameFieldsFromItsDefinitions(String draft, String definitions) {
        FormField form = form("{'$schema':'" + draft + "','type':'object','required':['port'],'properties':{'port':"
                + "{'$ref':'#/" + definitions + "/port'},'mode':{'type':'string','enum':['a','b'],'default':'a'}},"
                + "'" + definitions + "':{'port':{'type':'integer','minimum':1,'maximum':65535}}}");

        FormField port = form.property("port");
        assertEquals(FieldKind.INTEGER, port.kind());
        assertTrue(port.required());
        assertEquals(new BigDecimal(65535), port.rules().maximum());
        assertEquals("a", form.property("mode").defaultValue().textValue());
    }

    @Test
    void draft4BooleanExclusiveBoundsBecomeExclusiveBounds() {
        FormField form = form("{'$schema':'http://json-schema.org/draft-04/schema#','properties':{'ratio':{'type':'number',"
                + "'minimum':0,'exclusiveMinimum':true,'maximum':1,'exclusiveMaximum':false}}}");

        FormField ratio = form.property("ratio");
        assertNull(ratio.rules().minimum());
        assertEquals(BigDecimal.ZERO, ratio.rules().exclusiveMinimum());
        assertEquals(BigDecimal.ONE, ratio.rules().maximum());
        assertNull(ratio.rules().exclusiveMaximum());
    }

    @Test
    void draft6NumericExclusiveBoundsAreKept() {
        FormField form = form("{'$schema':'http://json-schema.org/draft-06/schema#','properties':{'ratio':{'type':'number',"
                + "'exclusiveMinimum':0,'exclusiveMaximum':1}}}");

        assertEquals(BigDecimal.ZERO, form.property("ratio").rules().exclusiveMinimum());
        assertEquals(BigDecimal.ONE, form.property("ratio").rules().exclusiveMaximum());
    }

    @Test
    void draft4IdsMoveTheBaseOfTheReferencesBelowThem() {
        FormField form = form("{'$schema':'http://json-schema.org/draft-04/schema#','id':'https://example.org/root.json',"
                + "'properties':{'a':{'$ref':'types.json#/definitions/port'}},'definitions':{'types':{'id':'types.json',"
                + "'definitions':{'port':{'type':'integer','maximum':99}}}}}");

        assertEquals(new BigDecimal(99), form.property("a").rules().maximum());
    }

    @Test
    void draft2019RecursiveReferencesStopWithANote() {
        FormField form = form("{'$schema':'https://json-schema.org/draft/2019-09/schema','$recursiveAnchor':true,"
                + "'type':'object','properties':{'name':{'type':'string'},'children':{'type':'array','items':{'$recursiveRef':'#'}}}}");

        FormField children = form.property("children");
        assertEquals(FieldKind.ARRAY, children.kind());
        assertEquals(FieldKind.OBJECT, children.item().kind(), "one level unfolds");
        assertEquals(FieldKind.RAW, children.item().property("children").item().kind());
    }

    @Test
    void draft2020DynamicReferencesResolveToTheirDynamicAnchor() {
        FormField form = form("{'$schema':'https://json-schema.org/draft/2020-12/schema','properties':{'node':"
                + "{'$dynamicRef':'#node'}},'$defs':{'n':{'$dynamicAnchor':'node','type':'object','properties':{"
                + "'label':{'type':'string'}}}}}");

        assertEquals(FieldKind.TEXT, form.property("node").property("label").kind());
    }

    @Test
    void draft2020PrefixItemsAndDraft7ItemListsAreTuplesWithAFieldPerPosition() {
        FormField modern = form("{'$schema':'https://json-schema.org/draft/2020-12/schema','properties':{'t':{'type':'array',"
                + "'prefixItems':[{'type':'string'},{'type':'integer'}],'items':{'type':'boolean'}}}}");
        FormField older = form("{'$schema':'http://json-schema.org/draft-07/schema#','properties':{'t':{'type':'array',"
                + "'items':[{'type':'string'},{'type':'integer'}],'additionalItems':false}}}");

        assertEquals(List.of(FieldKind.TEXT, FieldKind.INTEGER, FieldKind.BOOLEAN),
                List.of(modern.property("t").itemAt(0).kind(), modern.property("t").itemAt(1).kind(),
                        modern.property("t").itemAt(2).kind()), "2020-12: items follow the prefix");
        assertEquals(FieldKind.INTEGER, older.property("t").itemAt(1).kind());
        assertNull(older.property("t").itemAt(2), "draft 7: additionalItems false ends the tuple");
    }
}
