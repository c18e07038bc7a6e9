package org.hyperedge.console.core.tests.forms;

import static org.hyperedge.console.core.tests.forms.TestSchemas.form;
import static org.hyperedge.console.core.tests.forms.TestSchemas.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hyperedge.console.core.forms.FormField;
import org.hyperedge.console.core.forms.FormValues;
import org.junit.jupiter.api.Test;

/** Forms start from the schema's defaults; a choice knows which alternative a value is. */
class FormValuesTest {

    @Test
    void defaultsAreFilledInAtEveryLevelAndTypedValuesAreKept() {
        FormField form = form("{'required':['db'],'properties':{'port':{'type':'integer','default':80},"
                + "'name':{'type':'string'},'db':{'type':'object','properties':{'size':{'type':'integer','default':10},"
                + "'mode':{'enum':['a','b']}}},'tuning':{'type':'object','properties':{'cache':{'type':'boolean','default':true}}}}}");

        assertEquals(json("{'port':8080,'db':{'size':10},'tuning':{'cache':true}}"),
                FormValues.withDefaults(form, json("{'port':8080}")));
    }

    @Test
    void anOptionalGroupWithARequiredFieldWithoutDefaultStaysAbsent() {
        FormField form = form("{'properties':{'tree':{'type':'object','required':['name'],'properties':{"
                + "'name':{'type':'string'},'enabled':{'type':'boolean','default':true}}}}}");

        assertEquals(json("{}"), FormValues.withDefaults(form, json("{}")),
                "filling it in would start the form with 'tree.name: is required' for a group nobody asked for");
    }

    @Test
    void aRequiredChoiceStartsWithItsFirstAlternativeAndItsConstant() {
        FormField form = form(TestSchemas.text("kvm-instance-input.schema.json"));

        assertEquals(json("{'source':'catalog','image':'debian-12'}"),
                FormValues.withDefaults(form, json("{}")).get("boot-image"));
    }

    @Test
    void theActiveAlternativeIsFoundByItsDiscriminatorThenByItsRequiredProperties() {
        FormField smtp = form(TestSchemas.text("erp-instance-input.schema.json")).property("smtp");
        FormField storage = form("{'properties':{'s':{'oneOf':[{'type':'object','required':['path'],'properties':{'path':"
                + "{'type':'string'}}},{'type':'object','required':['server'],'properties':{'server':{'type':'string'}}},"
                + "{'type':'string'}]}}}").property("s");

        assertEquals(1, FormValues.activeAlternative(smtp, json("{'mode':'relay'}")));
        assertEquals(0, FormValues.activeAlternative(smtp, json("{'mode':'off'}")));
        assertEquals(1, FormValues.activeAlternative(storage, json("{'server':'nfs1'}")));
        assertEquals(2, FormValues.activeAlternative(storage, TestSchemas.JSON.getNodeFactory().textNode("/srv")));
    }
}
