package org.hyperedge.console.core.tests.forms;

import static org.hyperedge.console.core.tests.forms.TestSchemas.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hyperedge.console.core.forms.FieldProblem;
import org.hyperedge.console.core.forms.FormBuilder;
import org.hyperedge.console.core.forms.FormField;
import org.hyperedge.console.core.forms.FormValidator;
import org.hyperedge.console.core.forms.SchemaSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live validation names the field and the rule, and finds what the master would refuse. */
class FormValidatorTest {

    @TempDir
    Path directory;

    private static List<String> problems(String schema, String parameters) {
        SchemaSource source = SchemaSource.inline(json(schema));
        FormField form = FormBuilder.build(source);
        return new FormValidator(form, source).validate(json(parameters)).stream().map(FieldProblem::toString).toList();
    }

    @Test
    void aValueOverItsMaximumNamesTheFieldAndTheBound() {
        List<String> problems = problems("{'properties':{'port':{'type':'integer','maximum':65535}}}", "{'port':70000}");

        assertEquals(List.of("port: must be ≤ 65535"), problems);
    }

    @Test
    void eachScalarRuleIsWordedForTheOperator() {
        List<String> problems = problems("{'required':['name'],'properties':{'name':{'type':'string'},"
                + "'db':{'type':'string','pattern':'^[a-z]+$','maxLength':3},'n':{'type':'integer','exclusiveMinimum':0,"
                + "'multipleOf':512},'r':{'type':'number'},'mode':{'enum':['a','b']},'on':{'type':'boolean'}}}",
                "{'db':'Main','n':'abc','r':'x','mode':'c','on':'yes'}");

        assertEquals(List.of("name: is required", "db: must have at most 3 characters", "db: must match ^[a-z]+$",
                "n: must be a whole number", "r: must be a number", "mode: must be one of a, b", "on: must be true or false"),
                problems);
    }

    @Test
    void boundsOnNumbersAndListsAreChecked() {
        List<String> problems = problems("{'properties':{'n':{'type':'integer','exclusiveMinimum':0,'multipleOf':512},"
                + "'l':{'type':'array','maxItems':2,'uniqueItems':true,'items':{'type':'integer','minimum':1}}}}",
                "{'n':1000,'l':[1,1,0]}");

        assertEquals(List.of("n: must be a multiple of 512", "l: must have at most 2 items", "l: must not list the same item twice",
                "l[2]: must be ≥ 1"), problems);
    }

    @Test
    void nestedFieldsAreNamedByTheirPath() {
        List<String> problems = problems("{'properties':{'disk':{'type':'object','properties':{'size':{'type':'integer',"
                + "'maximum':10}}}}}", "{'disk':{'size':11}}");

        assertEquals(List.of("disk.size: must be ≤ 10"), problems);
    }

    @Test
    void theChosenAlternativeIsCheckedWithoutRepeatingTheOneOfFailure() {
        String schema = "{'properties':{'smtp':{'oneOf':[{'type':'object','properties':{'mode':{'const':'off'}}},"
                + "{'type':'object','required':['mode','host'],'properties':{'mode':{'const':'relay'},'host':{'type':'string'},"
                + "'port':{'type':'integer','maximum':65535}}}]}}}";

        assertEquals(List.of("smtp.host: is required", "smtp.port: must be ≤ 65535"),
                problems(schema, "{'smtp':{'mode':'relay','port':99999}}"));
        assertEquals(List.of(), problems(schema, "{'smtp':{'mode':'off'}}"));
    }

    @Test
    void rulesTheFieldsDoNotCoverComeFromTheSchemaValidatorNamedByPath() {
        List<String> problems = problems("{'additionalProperties':false,'properties':{'a':{'type':'boolean'},"
                + "'b':{'type':'integer'},'tags':{'type':'object','additionalProperties':{'type':'string'}}},"
                + "'if':{'properties':{'a':{'const':true}},'required':['a']},'then':{'required':['b']}}",
                "{'a':true,'typo':1,'tags':{'x':1}}");

        assertTrue(problems.contains("typo: is not a parameter of this software type (additionalProperties)"), problems.toString());
        assertTrue(problems.contains("tags.x: must be text"), "the map's value field: " + problems);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("parameters: ") && p.contains("(required)")), problems.toString());
    }

    @Test
    void aReferenceNoValidatorCanFollowIsAProblemOfItsFieldNotACrash() {
        List<String> problems = problems("{'properties':{'a':{'$ref':'https://example.org/elsewhere.json'}}}", "{'a':1}");

        assertEquals(List.of("a: Resolution of $ref [https://example.org/elsewhere.json] failed ($ref)"), problems,
                "the master refuses such parameters the same way: nothing is let through that it would refuse");
    }

    @Test
    void parametersThatFitHaveNoProblem() {
        assertEquals(List.of(), problems(TestSchemas.text("erp-instance-input.schema.json"),
                "{'site-id':'erp','mariadb':{'innodb-buffer-pool-size-mb':2048},'smtp':{'mode':'relay','host':'mx'}}"));
    }

    @Test
    void siblingFileRulesAreCheckedWhereTheSchemaLives() throws Exception {
        SchemaSource source = SchemaSource.file(TestSchemas.copy(directory, TestSchemas.KVM));
        FormField form = FormBuilder.build(source);
        ObjectNode parameters = json("{'ram-size':4096,'cpu-count':2,'boot-image':{'source':'catalog','image':'debian-12'},"
                + "'frontend':{'frontend-port':70000},'data-disks':[{'size':0}]}");

        List<String> problems = new FormValidator(form, source).validate(parameters).stream().map(FieldProblem::toString).toList();

        assertEquals(List.of("frontend.frontend-port: must be ≤ 65535", "data-disks[0].size: must be ≥ 1"), problems);
    }
}
