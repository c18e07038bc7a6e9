package org.hyperedge.console.core.tests.forms;

import static org.hyperedge.console.core.tests.forms.TestSchemas.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.hyperedge.console.core.forms.FieldKind;
import org.hyperedge.console.core.forms.FormField;
import org.junit.jupiter.api.Test;

/** Scalar properties become text, number, whole-number, check-box and combo fields with their rules and help. */
class ScalarFieldsTest {

    @Test
    void eachScalarTypeGetsItsKindOfField() {
        FormField form = form("{'type':'object','properties':{'name':{'type':'string'},'ratio':{'type':'number'},"
                + "'port':{'type':'integer'},'tls':{'type':'boolean'},'mode':{'type':'string','enum':['a','b']}}}");

        assertEquals(List.of(FieldKind.TEXT, FieldKind.NUMBER, FieldKind.INTEGER, FieldKind.BOOLEAN, FieldKind.ENUM),
                form.properties().stream().map(FormField::kind).toList());
    }

    @Test
    void boundsLengthsAndPatternsAreKeptAsRules() {
        FormField form = form("{'type':'object','properties':{'port':{'type':'integer','minimum':1,'maximum':65535,"
                + "'multipleOf':1},'name':{'type':'string','minLength':2,'maxLength':8,'pattern':'^[a-z]+$'}}}");

        FormField port = form.property("port");
        assertEquals(new BigDecimal(1), port.rules().minimum());
        assertEquals(new BigDecimal(65535), port.rules().maximum());
        FormField name = form.property("name");
        assertEquals(2, name.rules().minLength());
        assertEquals(8, name.rules().maxLength());
        assertEquals("^[a-z]+$", name.rules().pattern());
    }

    @Test
    void titleDescriptionDefaultAndRequiredLabelTheField() {
        FormField form = form("{'type':'object','required':['database'],'properties':{'database':{'type':'string',"
                + "'title':'Database name','description':'Name of the database','default':'main'},'user':{'type':'string'}}}");

        FormField database = form.property("database");
        assertEquals("Database name", database.label());
        assertEquals("Name of the database", database.description());
        assertEquals("main", database.defaultValue().textValue());
        assertTrue(database.required());
        FormField user = form.property("user");
        assertEquals("user", user.label(), "without a title the property name labels the field");
        assertFalse(user.required());
    }

    @Test
    void enumValuesKeepTheirOrderAndNonTextValues() {
        FormField form = form("{'properties':{'size':{'enum':[1,2,4,'auto']}}}");

        FormField size = form.property("size");
        assertEquals(FieldKind.ENUM, size.kind());
        assertEquals(List.of("1", "2", "4", "auto"), size.valueLabels());
        assertTrue(size.values().get(0).isInt());
    }

    @Test
    void constantsOfAOneOfAreAnEnumLabelledByTheirTitles() {
        FormField form = form("{'properties':{'flavor':{'oneOf':[{'const':'s','title':'Small'},{'const':'l','title':'Large'}]}}}");

        FormField flavor = form.property("flavor");
        assertEquals(FieldKind.ENUM, flavor.kind());
        assertEquals(List.of("Small", "Large"), flavor.valueLabels());
        assertEquals("l", flavor.values().get(1).textValue());
    }

    @Test
    void aPasswordFormatOrWriteOnlyValueIsASecret() {
        FormField form = form("{'properties':{'a':{'type':'string','format':'password'},'b':{'type':'string','writeOnly':true},"
                + "'c':{'type':'string'}}}");

        assertTrue(form.property("a").secret());
        assertTrue(form.property("b").secret());
        assertFalse(form.property("c").secret());
    }

    @Test
    void aNullableTypeIsAnOptionalFieldOfTheOtherType() {
        FormField form = form("{'properties':{'a':{'type':['integer','null'],'maximum':9},"
                + "'b':{'anyOf':[{'type':'string'},{'type':'null'}]}}}");

        assertEquals(FieldKind.INTEGER, form.property("a").kind());
        assertEquals(new BigDecimal(9), form.property("a").rules().maximum());
        assertEquals(FieldKind.TEXT, form.property("b").kind());
    }

    @Test
    void aSchemaWithoutTypeIsTypedByItsKeywords() {
        FormField form = form("{'properties':{'n':{'minimum':0},'s':{'pattern':'x'},'o':{'properties':{}},'l':{'items':{}}}}");

        assertEquals(List.of(FieldKind.NUMBER, FieldKind.TEXT, FieldKind.OBJECT, FieldKind.ARRAY),
                form.properties().stream().map(FormField::kind).toList());
    }
}
