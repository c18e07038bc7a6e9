package org.hyperedge.ui.tests.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;
import org.hyperedge.console.core.tests.forms.TestSchemas;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.ui.forms.FormView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A KVM-like release in the catalog, its schema full of nested, referenced and embedded definitions: the
 * dialog renders it, edits lists and choices, and the master takes what the form lets through.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ComplexSchemaDialogTest {

    @TempDir
    Path data;

    private RequestDialogFixture fixture;

    @BeforeEach
    void openMaster() throws Exception {
        fixture = new RequestDialogFixture(data);
        fixture.master.catalog().importRelease("kvm.json", TestSchemas.kvmRelease());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aListItemAddedInTheFormIsCheckedByItsReferencedDefinitionAndOrderedOnceValid() throws Exception {
        fixture.open("test:kvm", "default");
        fixture.screenshot("request-dialog-kvm-form");
        Button addDisk = fixture.ui.find(Button.class, b -> "data-disks".equals(b.getData(FormView.ADD_KEY)), "Add disk");

        fixture.ui.select(addDisk);
        Text size = fixture.field("data-disks[0].size");
        fixture.retype(size, "0");

        fixture.ui.waitUntil("the disk's size named with its rule",
                () -> fixture.problemLine("data-disks[0].size").getText().equals("must be ≥ 1"));
        fixture.ui.onUi(() -> fixture.json().setFocus());
        fixture.ui.click(fixture.problems());
        fixture.ui.waitUntil("a click on the problems goes to the field", () -> size.isFocusControl());
        fixture.screenshot("request-dialog-kvm-error");
        fixture.retype(size, "20");
        fixture.ui.waitUntil("a valid form", () -> fixture.requestButton().isEnabled());
        fixture.ui.click(fixture.requestButton());

        fixture.ui.waitUntil("the order taken", () -> fixture.master.requests().count() == 1);
        InstanceRecord instance = fixture.master.requests().all().get(0);
        JsonNode parameters = TestSchemas.JSON.readTree(instance.parameters());
        assertEquals(20, parameters.get("data-disks").get(0).get("size").intValue());
        assertEquals("qcow2", parameters.get("data-disks").get(0).get("format").textValue(), "the item's default");
        assertEquals("catalog", parameters.get("boot-image").get("source").textValue());
    }

    @Test
    void theMasterResolvesTheEmbeddedSiblingSchemasAsTheFormDoes() {
        var parameters = TestSchemas.json("{'ram-size':4096,'cpu-count':2,'boot-image':{'source':'catalog','image':'debian-12'},"
                + "'frontend':{'frontend-port':70000}}");

        var refused = org.junit.jupiter.api.Assertions.assertThrows(org.hyperedge.master.request.RequestRefused.class,
                () -> fixture.master.requests().dryRun(org.hyperedge.master.request.Request.root("vm", "test:kvm", "default",
                        parameters)));

        assertEquals(java.util.List.of("vm: parameter $.frontend.frontend-port: 70000 is greater than 65535 (maximum)"),
                refused.reasons(), "kvm-frontend.schema.json and kvm-common.schema.json, embedded by their $id");
    }

    @Test
    void freeFormTagsAreAMapWhoseValuesKeepTheirRule() throws Exception {
        fixture.open("test:kvm", "default");
        Button addTag = fixture.ui.find(Button.class, b -> "tags".equals(b.getData(FormView.ADD_KEY)), "Add entry");

        fixture.ui.select(addTag);
        Text name = fixture.ui.find(Text.class, t -> "tags.name".equals(t.getData(FormView.MAP_NAME_KEY)), "the tag's name");
        fixture.ui.onUi(() -> {
            name.setText("team");
            name.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        });
        Text value = fixture.field("tags.team");
        fixture.retype(value, "x".repeat(65));
        fixture.ui.waitUntil("the value's rule named by the entry's path",
                () -> fixture.problems().getText().contains("tags.team: must have at most 64 characters"));
        fixture.scrollFormToEnd();
        fixture.screenshot("request-dialog-kvm-tags");
        fixture.retype(value, "ops");
        fixture.ui.waitUntil("a valid form", () -> fixture.requestButton().isEnabled());
        fixture.ui.click(fixture.requestButton());

        fixture.ui.waitUntil("the order taken", () -> fixture.master.requests().count() == 1);
        JsonNode parameters = TestSchemas.JSON.readTree(fixture.master.requests().all().get(0).parameters());
        assertEquals("ops", parameters.get("tags").get("team").textValue());
    }

    @Test
    void choosingAnotherAlternativeShowsItsFieldsAndTheJsonFollows() {
        fixture.open("test:kvm", "default");
        Combo kind = fixture.ui.find(Combo.class, c -> "boot-image".equals(c.getData(FormView.CHOICE_KEY)), "boot image kind");

        fixture.ui.onUi(() -> {
            kind.select(1);
            kind.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        });

        Text url = fixture.field("boot-image.url");
        fixture.ui.waitUntil("the URL alternative's required fields named",
                () -> fixture.problems().getText().contains("boot-image.url: is required"));
        fixture.retype(url, "https://images.example.org/debian.qcow2");
        fixture.ui.waitUntil("the JSON tab follows the choice",
                () -> fixture.json().getText().contains("\"source\" : \"url\"")
                        && fixture.json().getText().contains("debian.qcow2"));
        assertTrue(fixture.ui.onUi(() -> fixture.problems().getText()).contains("boot-image.sha256: is required"));
        fixture.screenshot("request-dialog-kvm-choice");
        fixture.showTab(1);
        fixture.screenshot("request-dialog-kvm-json");
    }
}
