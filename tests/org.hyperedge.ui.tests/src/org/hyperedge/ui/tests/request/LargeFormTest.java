package org.hyperedge.ui.tests.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hyperedge.console.core.forms.FieldPath;
import org.hyperedge.console.core.forms.FormBuilder;
import org.hyperedge.console.core.forms.SchemaSource;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.forms.FormView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** A form of 200 fields opens with its groups folded, and going to a field in one unfolds it. */
@ExtendWith(ScreenshotOnFailure.class)
class LargeFormTest {

    private UiDriver ui;
    private final AtomicReference<FormView> view = new AtomicReference<>();

    @BeforeEach
    void startUi() {
        ui = UiDriver.startUiThread();
    }

    @AfterEach
    void stop() {
        ui.stop();
    }

    @Test
    void aLargeFormOpensFoldedAndGoingToAFieldUnfoldsItsGroup() {
        var form = FormBuilder.build(SchemaSource.inline(GeneratedSchema.of(200)));
        ui.onUi(() -> {
            Shell shell = new Shell(ui.display());
            shell.setText("Large form");
            shell.setLayout(new FillLayout());
            view.set(new FormView(shell, form, JsonNodeFactory.instance.objectNode()));
            shell.setBounds(40, 20, 900, 800);
            shell.open();
        });
        Button unfold = ui.find(Button.class, b -> "section-3".equals(b.getData(FormView.UNFOLD_KEY)), "section 4's Show");
        assertEquals("Show 20 fields", ui.onUi(unfold::getText));
        assertNull(ui.findNow(Text.class, t -> "section-3.field-3-0".equals(t.getData(FormView.FIELD_KEY))),
                "a folded group's fields are not made");
        RequestDialogFixture.settle(ui);
        ui.screenshot("form-large-folded");

        ui.onUi(() -> view.get().reveal(FieldPath.ROOT.child("section-3").child("field-3-0")));

        Text field = ui.find(Text.class, t -> "section-3.field-3-0".equals(t.getData(FormView.FIELD_KEY)), "the field");
        ui.waitUntil("the field focused", field::isFocusControl);
        assertTrue(ui.onUi(unfold::isDisposed), "the group unfolded");
        RequestDialogFixture.settle(ui);
        ui.screenshot("form-large-unfolded");
    }
}
