package org.hyperedge.console.core.tests.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.hyperedge.console.core.forms.FieldKind;
import org.hyperedge.console.core.forms.FormField;
import org.hyperedge.console.core.forms.FormValues;
import org.junit.jupiter.api.Test;

/**
 * Classes 4 and 5 of issue 21: alternatives discriminated by a constant beside a boolean subschema
 * ({@code "type": true}) are a choice, not raw JSON; {@code {}} is the "nothing" alternative of an
 * "empty, or with a required property" oneOf; untitled alternatives are labelled by what sets them apart.
 */
class DiscriminatedChoicesTest {

    private static final String BACKUP = TestSchemas.text("discriminated-by-boolean-subschema.json");
    private static final String MONITORING = TestSchemas.text("empty-or-required.json");

    private static List<String> labels(FormField choice) {
        return choice.alternatives().stream().map(FormField.Alternative::title).toList();
    }

    @Test
    void alternativesBesideABooleanSubschemaMergeIntoAChoiceLabelledByTheirConstant() {
        FormField target = TestSchemas.form(BACKUP).property("target");

        assertEquals(FieldKind.CHOICE, target.kind());
        assertEquals(List.of("local", "s3", "sftp"), labels(target));
        FormField s3 = target.alternatives().get(1).field();
        assertEquals(List.of("type", "keep-days", "bucket", "region"), s3.properties().stream().map(FormField::name).toList());
        assertEquals(FieldKind.ENUM, s3.property("type").kind(), "the discriminator, not raw JSON");
        assertEquals(FieldKind.INTEGER, s3.property("keep-days").kind(), "the property of the schema around it");
        assertEquals(List.of(), RealWorldSchemasTest.rawParts(TestSchemas.form(BACKUP), ""));
    }

    @Test
    void aValueSelectsTheAlternativeItsConstantNames() {
        FormField target = TestSchemas.form(BACKUP).property("target");

        assertEquals(2, FormValues.activeAlternative(target, TestSchemas.json("{'type':'sftp','host':'h'}")));
        assertEquals(1, FormValues.activeAlternative(target, TestSchemas.json("{'type':'s3'}")));
    }

    @Test
    void theDiscriminatedAlternativesAreCheckedAsTheMasterChecksThem() {
        MasterAgreement agreement = new MasterAgreement(TestSchemas.json(BACKUP));

        agreement.assertAccepted("{'target':{'type':'s3','bucket':'backups-eu'}}");
        agreement.assertAccepted("{'target':{'type':'local','path':'/srv/backup','keep-days':30}}");
        agreement.assertRefusedAt("{'target':{'type':'s3','bucket':'Not A Bucket'}}", "target.bucket");
        agreement.assertRefusedAt("{'target':{'type':'s3'}}", "target.bucket");
        agreement.assertRefusedAt("{'target':{'type':'sftp','host':'h','port':70000}}", "target.port");
        agreement.assertRefusedAt("{'target':{'type':'local','path':'/x','keep-days':0}}", "target.keep-days");
    }

    @Test
    void anEmptyObjectIsTheAlternativeThatTakesNothing() {
        FormField form = TestSchemas.form(MONITORING);

        assertEquals(1, FormValues.activeAlternative(form.property("alerting"), TestSchemas.json("{}")));
        assertEquals(1, FormValues.activeAlternative(form.property("tls"), TestSchemas.json("{}")),
                "not the alternative whose required property the form does not show");
        assertEquals(2, FormValues.activeAlternative(form.property("alerting"), TestSchemas.json("{'email':'a@b.org'}")));
    }

    @Test
    void anEmptyObjectIsAcceptedByTheFormAsByTheMaster() {
        MasterAgreement agreement = new MasterAgreement(TestSchemas.json(MONITORING));

        agreement.assertAccepted("{'alerting':{},'tls':{}}");
        agreement.assertAccepted("{'alerting':{'webhook':'https://hooks.example.org/x'},'tls':{'certificate':'pem'}}");
        agreement.assertRefusedAt("{'alerting':{'webhook':'https://hooks.example.org/x','email':'a@b.org'}}", "alerting");
        agreement.assertRefusedAt("{'level':-1}", "level");
    }

    @Test
    void untitledAlternativesAreLabelledByWhatSetsThemApart() {
        FormField form = TestSchemas.form(MONITORING);

        assertEquals(List.of("with webhook", "none", "with email"), labels(form.property("alerting")));
        assertEquals(List.of("with certificate", "none"), labels(form.property("tls")));
        assertEquals(List.of("integer", "string"), labels(form.property("level")));
    }
}
