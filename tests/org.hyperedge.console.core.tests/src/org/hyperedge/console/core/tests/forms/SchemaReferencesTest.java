package org.hyperedge.console.core.tests.forms;

import static org.hyperedge.console.core.tests.forms.TestSchemas.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hyperedge.console.core.forms.FieldKind;
import org.hyperedge.console.core.forms.FormBuilder;
import org.hyperedge.console.core.forms.FormField;
import org.hyperedge.console.core.forms.SchemaSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code $ref} to definitions, to $defs, to sibling files and to embedded resources; cycles and dead ends. */
class SchemaReferencesTest {

    @TempDir
    Path directory;

    @Test
    void referencesToDefinitionsAndDefsResolveWithTheirKeywords() {
        FormField form = form("{'properties':{'a':{'$ref':'#/definitions/port'},'b':{'$ref':'#/$defs/name'}},"
                + "'definitions':{'port':{'type':'integer','maximum':65535}},'$defs':{'name':{'type':'string','title':'Name'}}}");

        assertEquals(FieldKind.INTEGER, form.property("a").kind());
        assertEquals(new BigDecimal(65535), form.property("a").rules().maximum());
        assertEquals("Name", form.property("b").label());
    }

    @Test
    void aTitleBesideAReferenceLabelsTheFieldInEveryDraft() {
        FormField form = form("{'$schema':'http://json-schema.org/draft-07/schema#','properties':{'a':{'$ref':"
                + "'#/definitions/port','title':'HTTP port','maximum':10}},'definitions':{'port':{'type':'integer','maximum':65535}}}");

        FormField a = form.property("a");
        assertEquals("HTTP port", a.label());
        assertEquals(new BigDecimal(65535), a.rules().maximum(), "draft 7 ignores constraints beside a $ref");
    }

    @Test
    void from2019OnKeywordsBesideAReferenceAddToIt() {
        FormField form = form("{'$schema':'https://json-schema.org/draft/2019-09/schema','properties':{'a':{'$ref':"
                + "'#/$defs/port','maximum':8080}},'$defs':{'port':{'type':'integer','maximum':65535}}}");

        assertEquals(new BigDecimal(8080), form.property("a").rules().maximum());
    }

    @Test
    void referencesToSiblingFilesResolveNextToTheSchemaFileAndOnFromThere() throws Exception {
        Path kvm = TestSchemas.copy(directory, TestSchemas.KVM);

        FormField form = FormBuilder.build(SchemaSource.file(kvm));

        FormField frontend = form.property("frontend");
        assertEquals(FieldKind.OBJECT, frontend.kind(), "kvm-frontend.schema.json beside the schema");
        assertEquals("Web frontend", frontend.label());
        FormField port = frontend.property("frontend-port");
        assertEquals(FieldKind.INTEGER, port.kind(), "kvm-common.schema.json, referred to by the sibling itself");
        assertEquals(new BigDecimal(65535), port.rules().maximum());
        assertEquals(443, port.defaultValue().intValue());
        FormField disk = form.property("data-disks").item();
        assertEquals(List.of("size", "format", "cache"), disk.properties().stream().map(FormField::name).toList(),
                "disk.schema.json#/$defs/disk");
    }

    @Test
    void aMissingSiblingFileLeavesThatPartAsJsonNamingTheFile() throws Exception {
        Path kvm = TestSchemas.copy(directory, TestSchemas.KVM);
        Files.delete(directory.resolve("kvm-frontend.schema.json"));

        FormField form = FormBuilder.build(SchemaSource.file(kvm));

        FormField frontend = form.property("frontend");
        assertEquals(FieldKind.RAW, frontend.kind());
        assertTrue(frontend.notes().get(0).contains("kvm-frontend.schema.json") && frontend.notes().get(0).contains("does not exist"),
                frontend.notes().toString());
        assertEquals(FieldKind.INTEGER, form.property("ram-size").kind(), "the rest of the form stays a form");
    }

    @Test
    void aCatalogSchemaCarriesItsSiblingsAsEmbeddedResourcesWithTheirOwnIds() {
        FormField form = form("{'$schema':'https://json-schema.org/draft/2020-12/schema','properties':{'disk':{'$ref':'disk.json'},"
                + "'nic':{'$ref':'net.json#/$defs/nic'}},'$defs':{'disk-file':{'$id':'disk.json','type':'object','properties':"
                + "{'size':{'$ref':'#/$defs/size'}},'$defs':{'size':{'type':'integer','maximum':10}}},"
                + "'net-file':{'$id':'net.json','$defs':{'nic':{'type':'string','enum':['virtio','e1000']}}}}}");

        FormField size = form.property("disk").property("size");
        assertEquals(new BigDecimal(10), size.rules().maximum(), "#/$defs/size resolves inside disk.json, not the root");
        assertEquals(List.of("virtio", "e1000"), form.property("nic").valueLabels());
    }

    @Test
    void theKvmSchemaBundledForACatalogRendersItsSiblingsAsTheFilesDid() throws Exception {
        FormField bundled = FormBuilder.build(SchemaSource.inline(TestSchemas.bundledKvm()));
        FormField files = FormBuilder.build(SchemaSource.file(TestSchemas.copy(directory, TestSchemas.KVM)));

        assertEquals(RealWorldSchemasTest.rawParts(files, ""), RealWorldSchemasTest.rawParts(bundled, ""));
        assertEquals(new BigDecimal(65535), bundled.property("frontend").property("frontend-port").rules().maximum());
        assertEquals(List.of("size", "format", "cache"),
                bundled.property("data-disks").item().properties().stream().map(FormField::name).toList());
    }

    @Test
    void anchorsAndDraft7PlainNameIdsResolve() {
        FormField form = form("{'$schema':'http://json-schema.org/draft-07/schema#','properties':{'a':{'$ref':'#port'}},"
                + "'definitions':{'p':{'$id':'#port','type':'integer'}}}");
        FormField anchored = form("{'properties':{'a':{'$ref':'#port'}},'$defs':{'p':{'$anchor':'port','type':'integer'}}}");

        assertEquals(FieldKind.INTEGER, form.property("a").kind());
        assertEquals(FieldKind.INTEGER, anchored.property("a").kind());
    }

    @Test
    void aRecursiveDefinitionStopsWhereItRecursesWithANote() {
        FormField form = form(TestSchemas.text("erp-instance-input.schema.json"));

        FormField tree = form.property("site-tree");
        assertEquals(FieldKind.OBJECT, tree.kind());
        FormField children = tree.property("children");
        assertEquals(FieldKind.ARRAY, children.kind());
        assertEquals(FieldKind.RAW, children.item().kind());
        assertTrue(children.item().notes().get(0).contains("'module'") && children.item().notes().get(0).contains("recursive"),
                children.item().notes().toString());
    }

    @Test
    void aSchemaThatRefersToItselfAtTheRootIsStillAForm() {
        FormField form = form("{'type':'object','properties':{'name':{'type':'string'},'child':{'$ref':'#'}}}");

        assertEquals(FieldKind.TEXT, form.property("name").kind());
        assertEquals(FieldKind.OBJECT, form.property("child").kind(), "one level is unfolded");
        assertEquals(FieldKind.RAW, form.property("child").property("child").kind());
    }

    @Test
    void deadReferencesAndNetworkReferencesAreEditedAsJsonSayingWhy() {
        FormField form = form("{'properties':{'a':{'$ref':'#/$defs/missing'},'b':{'$ref':'https://example.org/s.json'},"
                + "'c':{'$ref':'#nowhere'},'d':{'$ref':'file.json'}}}");

        assertTrue(form.property("a").notes().get(0).contains("points at nothing: the schema has no '$defs'"), form.property("a").notes().toString());
        assertTrue(form.property("b").notes().get(0).contains("nothing is fetched from a network"));
        assertTrue(form.property("c").notes().get(0).contains("anchor 'nowhere'"));
        assertTrue(form.property("d").notes().get(0).contains("neither in this schema nor a file beside it"),
                form.property("d").notes().toString());
        form.properties().forEach(p -> assertEquals(FieldKind.RAW, p.kind()));
    }

    @Test
    void aReleaseSchemaCannotMakeTheConsoleReadAFileFromItsDisk() throws Exception {
        Path secret = Files.writeString(directory.resolve("secret.json"), "{\"type\":\"string\",\"title\":\"read from the disk\"}");

        FormField form = form("{'properties':{'x':{'$ref':'" + secret.toUri() + "'}}}");

        FormField x = form.property("x");
        assertEquals(FieldKind.RAW, x.kind());
        assertTrue(!x.label().contains("read from the disk"), "the console read a file a release's schema named");
        assertTrue(x.notes().get(0).contains("neither in this schema nor a file beside it"), x.notes().toString());
    }

    @Test
    void aSchemaFileReachesTheFilesBesideItButNotOutOfItsDirectory() throws Exception {
        Files.writeString(directory.resolve("secret.json"), "{\"type\":\"string\",\"title\":\"read from the disk\"}");
        Path schemas = Files.createDirectories(directory.resolve("schemas"));
        Files.writeString(schemas.resolve("name.json"), "{\"type\":\"string\",\"title\":\"Name\"}");
        Path schema = Files.writeString(schemas.resolve("type.json"),
                "{\"properties\":{\"name\":{\"$ref\":\"name.json\"},\"x\":{\"$ref\":\"../secret.json\"}}}");

        FormField form = FormBuilder.build(SchemaSource.file(schema));

        assertEquals("Name", form.property("name").label());
        assertEquals(FieldKind.RAW, form.property("x").kind());
        assertTrue(form.property("x").notes().get(0).contains("not beside the schema"), form.property("x").notes().toString());
    }
}
