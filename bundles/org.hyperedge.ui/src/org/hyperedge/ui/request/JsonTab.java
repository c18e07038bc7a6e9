package org.hyperedge.ui.request;

import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hyperedge.console.core.forms.JsonText;
import org.hyperedge.ui.theme.Tone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The parameters as raw JSON, in sync with the form both ways: what the form changes is shown here, and
 * JSON typed here that parses to an object goes to the form. JSON that does not parse stays here and is a
 * problem of the request until fixed.
 */
final class JsonTab {

    static final String TEXT_KEY = "hyperedge.request.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Composite panel;
    private final Text text;
    private final Label status;
    private boolean showing;
    private String problem;

    /** {@code typed} gets each object typed; {@code checked} is told after every edit, parsed or not. */
    JsonTab(Composite parent, Consumer<ObjectNode> typed, Runnable checked) {
        panel = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 10;
        layout.marginHeight = 10;
        panel.setLayout(layout);
        text = new Text(panel, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        text.setFont(JFaceResources.getTextFont());
        text.setData(TEXT_KEY, Boolean.TRUE);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        status = new Label(panel, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status.setText("Edits here update the form; anything the form cannot show is kept as typed.");
        text.addModifyListener(e -> {
            if (!showing) {
                parse(typed);
                checked.run();
            }
        });
    }

    Composite control() {
        return panel;
    }

    private void parse(Consumer<ObjectNode> typed) {
        try {
            JsonNode value = text.getText().isBlank() ? JSON.createObjectNode() : JSON.readTree(text.getText());
            if (!(value instanceof ObjectNode object)) {
                problem = "the parameters must be a JSON object ({ ... })";
            } else {
                problem = null;
                typed.accept(object);
            }
        } catch (JsonProcessingException e) {
            problem = "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage();
        }
        status.setText(problem == null ? "Edits here update the form; anything the form cannot show is kept as typed."
                : "Not valid JSON yet — " + problem);
        (problem == null ? Tone.NORMAL : Tone.ALARM).applyTo(status);
        panel.layout();
    }

    /** Shows the parameters the form holds, unless the operator's own unparsed JSON is here. */
    void show(ObjectNode parameters) {
        if (problem != null) {
            return;
        }
        String pretty = JsonText.pretty(parameters);
        if (!pretty.equals(text.getText())) {
            showing = true;
            try {
                text.setText(pretty);
            } finally {
                showing = false;
            }
        }
    }

    /** What keeps the JSON tab from being the parameters, or {@code null}. */
    String problem() {
        return problem;
    }
}
