package org.hyperedge.ui.tests.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.ui.request.RequestDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The built-in H2 database requested through the dialog, with real widgets on a real embedded master. */
@ExtendWith(ScreenshotOnFailure.class)
class RequestDialogTest {

    private static final String H2 = "builtin:h2-database";

    @TempDir
    Path data;

    private RequestDialogFixture fixture;

    @BeforeEach
    void openMaster() throws Exception {
        fixture = new RequestDialogFixture(data);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anInvalidParameterIsNamedAndNothingIsOrderedThenTheValidRequestIsOrderedWithItsParameters() throws Exception {
        RequestDialog dialog = fixture.open(H2, "default");
        Text database = fixture.field("database");
        assertEquals("main", fixture.ui.onUi(() -> database.getText()), "the default is filled in");

        fixture.retype(database, "Orders-DB");

        fixture.ui.waitUntil("the field's problem shown under it",
                () -> fixture.problemLine("database").getText().startsWith("must match ^[a-z]"));
        assertTrue(fixture.errorMessage().startsWith("database: must match"), fixture.errorMessage());
        Button request = fixture.requestButton();
        assertFalse(fixture.ui.onUi(request::isEnabled), "Request is disabled while a field has a problem");
        fixture.screenshot("request-dialog-h2-invalid");
        fixture.ui.click(request);
        Thread.sleep(500);
        assertEquals(0, fixture.master.requests().count(), "nothing is ordered from an invalid form");

        fixture.retype(database, "orders");
        fixture.ui.waitUntil("Request enabled once the form is valid", request::isEnabled);
        fixture.ui.click(request);

        fixture.ui.waitUntil("the dialog closed after ordering", () -> fixture.ui.onUi(() -> dialog.getShell() == null));
        List<InstanceRecord> instances = fixture.master.requests().all();
        assertEquals(1, instances.size());
        InstanceRecord instance = instances.get(0);
        assertEquals("h2-database", instance.title());
        assertEquals(dialog.instance().id(), instance.id());
        JsonNode parameters = new ObjectMapper().readTree(instance.parameters());
        assertEquals("orders", parameters.get("database").textValue());
        assertEquals("sa", parameters.get("user").textValue());
        assertEquals(RequestDialogFixture.NODE, instance.nodeId(), "placed on the only node");
    }

    @Test
    void theJsonTabShowsWhatTheFormHoldsAndTheFormShowsWhatIsTypedAsJson() throws Exception {
        fixture.open(H2, "default");
        Text user = fixture.field("user");
        fixture.retype(user, "admin");
        Text json = fixture.json();

        fixture.ui.waitUntil("the typed user in the JSON tab", () -> json.getText().contains("\"user\" : \"admin\""));

        fixture.showTab(1);
        fixture.ui.onUi(() -> json.setText("{ \"database\": \"inventory\", \"user\": \"admin\", \"web-console\": true }"));
        Button webConsole = fixture.field(Button.class, "web-console");
        fixture.ui.waitUntil("the JSON's values in the form", () -> "inventory".equals(fixture.field("database").getText())
                && webConsole.getSelection());
        fixture.screenshot("request-dialog-h2-json-tab");

        fixture.ui.onUi(() -> json.setText("{ \"database\": \"inventory\", "));
        fixture.ui.waitUntil("JSON that does not parse is a problem and blocks the request",
                () -> fixture.problems().getText().contains("JSON tab: line") && !fixture.requestButton().isEnabled());
        fixture.ui.onUi(() -> json.setText("{ \"database\": \"inventory\", \"port\": 1 }"));
        fixture.ui.waitUntil("a parameter the type does not have is named",
                () -> fixture.problems().getText().contains("port: is not a parameter of this software type"));
        assertEquals(0, fixture.master.requests().count());
    }

    @Test
    void theDryRunShowsTheNodeItsPartitionAndTheCapacityLeftWithoutOrdering() throws Exception {
        fixture.open(H2, "default");
        fixture.showTab(2);
        Text memory = fixture.ui.find(Text.class, t -> t.getShell() == fixture.shell() && isAfterLabel(t, "Memory (MB)"),
                "the memory field");
        fixture.retype(memory, "512");

        fixture.ui.click(fixture.button(RequestDialog.PREVIEW_ID));

        Text preview = fixture.preview();
        fixture.ui.waitUntil("the placement preview", () -> preview.getText().startsWith("Would be placed on node lab-1"));
        String text = fixture.ui.onUi(() -> preview.getText());
        assertTrue(text.contains("(site lab), partition p00"), text);
        assertTrue(text.contains("partitions  3 of 4 free"), text);
        assertTrue(text.contains("memory      7,680 MB of 8,192 MB free (512 MB reserved)"), text);
        fixture.screenshot("request-dialog-h2-placement");
        assertEquals(0, fixture.master.requests().count(), "a dry run orders nothing");
    }

    @Test
    void anSlaNoNodeMatchesIsPreviewedAsWaitingWithTheReason() {
        fixture.open(H2, "default");
        fixture.showTab(2);
        Text cpu = fixture.ui.find(Text.class, t -> t.getShell() == fixture.shell() && isAfterLabel(t, "CPU (cores)"),
                "the CPU field");
        fixture.retype(cpu, "16");

        fixture.ui.click(fixture.button(RequestDialog.PREVIEW_ID));

        fixture.ui.waitUntil("a preview that says the instance would wait",
                () -> fixture.preview().getText().startsWith("Would wait: "));
    }

    @Test
    void whatTheMasterRefusesIsShownInTheOpenDialogAndNothingNewIsOrdered() throws Exception {
        fixture.master.requests().request(org.hyperedge.master.request.Request.root("shop-db", "builtin:static-web", "default",
                new ObjectMapper().createObjectNode()));
        fixture.open(H2, "default");
        fixture.retype(fixture.ui.byData(Text.class, RequestDialog.TITLE_KEY), "shop-db");
        fixture.ui.waitUntil("the dialog warns that the title is taken",
                () -> fixture.ui.onUi(() -> fixture.shell().isDisposed() ? "" : messageOf(fixture)).contains(
                        "An instance titled 'shop-db' exists (started)"));

        fixture.ui.click(fixture.requestButton());

        fixture.ui.waitUntil("the master's refusal in the dialog", () -> fixture.problems().getText().startsWith(
                "The master refused the request:") && fixture.problems().getText().contains("exists with another release"));
        assertEquals("The master refused the request", fixture.errorMessage());
        assertTrue(fixture.ui.onUi(() -> fixture.requestButton().isEnabled()), "the operator can change the title and retry");
        fixture.screenshot("request-dialog-h2-refused");
        assertEquals(1, fixture.master.requests().count());
    }

    private static String messageOf(RequestDialogFixture fixture) {
        // TitleAreaDialog keeps its message in a label of the title area; the warning is the shell's only such text
        for (org.eclipse.swt.widgets.Control control : fixture.shell().getChildren()) {
            String found = findText(control, "An instance titled");
            if (found != null) {
                return found;
            }
        }
        return "";
    }

    private static String findText(org.eclipse.swt.widgets.Control control, String start) {
        if (control instanceof org.eclipse.swt.widgets.Text text && text.getText().startsWith(start)) {
            return text.getText();
        }
        if (control instanceof org.eclipse.swt.widgets.Label label && label.getText().startsWith(start)) {
            return label.getText();
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                String found = findText(child, start);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean isAfterLabel(Text text, String label) {
        var siblings = text.getParent().getChildren();
        for (int i = 1; i < siblings.length; i++) {
            if (siblings[i] == text && siblings[i - 1] instanceof org.eclipse.swt.widgets.Label l && label.equals(l.getText())) {
                return true;
            }
        }
        return false;
    }
}
