package org.hyperedge.ui.tests.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hyperedge.console.core.forms.FormField;
import org.hyperedge.console.core.forms.FormValues;
import org.hyperedge.console.core.tests.forms.TestSchemas;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.forms.FormView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The form on its own, as another part of the console (a topology node's properties) embeds it: the
 * ERP-like draft-07 schema with its map, its two-typed value, its recursion and its optional choice.
 */
@ExtendWith(ScreenshotOnFailure.class)
class FormViewTest {

    private UiDriver ui;
    private final AtomicReference<FormView> view = new AtomicReference<>();
    private ObjectNode parameters;

    @BeforeEach
    void startUi() {
        ui = UiDriver.startUiThread();
    }

    private void open(String schema) {
        FormField form = TestSchemas.form(schema);
        parameters = FormValues.withDefaults(form, TestSchemas.json("{}"));
        ui.onUi(() -> {
            Shell shell = new Shell(ui.display());
            shell.setText("ERP parameters");
            shell.setLayout(new FillLayout());
            view.set(new FormView(shell, form, parameters));
            shell.setBounds(40, 20, 760, 960);
            shell.open();
        });
    }

    @AfterEach
    void stop() {
        ui.stop();
    }

    @Test
    void partsTheFormCannotRenderShowWhyAndTheRestIsFields() {
        open(TestSchemas.text("erp-instance-input.schema.json"));
        Label why = ui.find(Label.class, l -> l.getText().startsWith("Edited as JSON: its value may be any of"),
                "the note of the two-typed cache size");
        ui.find(org.eclipse.swt.widgets.Button.class, b -> "zope-partition-dict".equals(b.getData(FormView.ADD_KEY)),
                "the Zope families map's Add");
        Text cacheSize = ui.find(Text.class, t -> "cache-size".equals(t.getData(FormView.FIELD_KEY)), "cache size");

        assertTrue(ui.onUi(() -> why.isVisible()));
        org.eclipse.swt.widgets.Button wsgi = ui.find(org.eclipse.swt.widgets.Button.class,
                b -> "wsgi".equals(b.getData(FormView.FIELD_KEY)), "the WSGI box");
        assertTrue(ui.onUi(() -> wsgi.getSelection()), "a default of true shows checked");
        assertTrue(ui.onUi(() -> (cacheSize.getStyle() & SWT.MULTI) != 0), "a two-typed value is typed as JSON");
        org.hyperedge.ui.tests.request.RequestDialogFixture.settle(ui);
        ui.screenshot("form-erp");
    }

    @Test
    void anOptionalChoiceStartsUnsetAndChoosingItWritesItsConstants() {
        open(TestSchemas.text("erp-instance-input.schema.json"));
        Combo smtp = ui.find(Combo.class, c -> "smtp".equals(c.getData(FormView.CHOICE_KEY)), "outgoing mail kind");
        assertEquals("(not set)", ui.onUi(() -> smtp.getText()));
        assertNull(parameters.get("smtp"));

        ui.onUi(() -> {
            smtp.select(2);
            smtp.notifyListeners(SWT.Selection, new Event());
        });

        ui.waitUntil("the relay alternative written with its defaults", () -> parameters.has("smtp"));
        assertEquals(TestSchemas.json("{'mode':'relay','port':25,'tls':true}"), parameters.get("smtp"));
        Text host = ui.find(Text.class, t -> "smtp.host".equals(t.getData(FormView.FIELD_KEY)), "relay host");
        ui.type(host, "mx1");
        ui.waitUntil("the host typed into the document", () -> "mx1".equals(parameters.path("smtp").path("host").asText()));
    }

    @Test
    void aSchemaNoFormFitsIsOneJsonPartThatMustHoldAnObject() {
        open("{'type':['object','array']}");
        Text whole = ui.find(Text.class, t -> "parameters".equals(t.getData(FormView.FIELD_KEY)), "the JSON part");

        ui.onUi(() -> whole.setText("[1, 2]"));
        ui.waitUntil("a list refused as parameters", () -> !view.get().syntaxProblems().isEmpty()
                && view.get().syntaxProblems().get(0).message().startsWith("must be a JSON object"));
        ui.onUi(() -> whole.setText("{ \"replicas\": 3 }"));

        ui.waitUntil("the object typed becomes the parameters", () -> parameters.path("replicas").asInt() == 3
                && view.get().syntaxProblems().isEmpty());
    }
}
