package org.hyperedge.ui.tests.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Text;
import org.hyperedge.console.core.tests.forms.ShopRelease;
import org.hyperedge.console.core.tests.forms.TestSchemas;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A release imported from a directory whose schema files refer to each other across folders: the dialog's form
 * has the fields those files define, with their rules, and the master takes what the form lets through.
 */
@ExtendWith(ScreenshotOnFailure.class)
class MultiFileReleaseDialogTest {

    @TempDir
    Path temp;

    private RequestDialogFixture fixture;

    @BeforeEach
    void importTheRelease() throws Exception {
        fixture = new RequestDialogFixture(temp.resolve("data"));
        fixture.master.catalog().importRelease(ShopRelease.write(temp.resolve("release")));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aFieldDefinedInAnotherFoldersFileIsCheckedByItsRuleAndTheOrderIsTaken() throws Exception {
        fixture.open("test:shop", "default");
        fixture.screenshot("request-dialog-multi-file");
        Text port = fixture.field("web.port");

        fixture.retype(port, "80");
        fixture.ui.waitUntil("the port named with the rule of common.json",
                () -> fixture.problemLine("web.port").getText().equals("must be ≥ 1024"));
        fixture.screenshot("request-dialog-multi-file-error");
        fixture.retype(port, "8080");
        fixture.ui.waitUntil("a valid form", () -> fixture.requestButton().isEnabled());
        fixture.ui.click(fixture.requestButton());

        fixture.ui.waitUntil("the order taken", () -> fixture.master.requests().count() == 1);
        InstanceRecord instance = fixture.master.requests().all().get(0);
        JsonNode parameters = TestSchemas.JSON.readTree(instance.parameters());
        assertEquals(8080, parameters.get("web").get("port").intValue());
    }
}
