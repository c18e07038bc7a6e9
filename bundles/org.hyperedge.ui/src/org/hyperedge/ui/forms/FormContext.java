package org.hyperedge.ui.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hyperedge.console.core.forms.FieldPath;

/**
 * What the editors of one form share: the parameters document they read and write, the editors by path,
 * the JSON parts that do not parse, and who to tell when something changed.
 */
final class FormContext {

    final ObjectNode document;
    final Map<FieldPath, FieldEditor> editors = new LinkedHashMap<>();
    final Map<FieldPath, String> syntaxErrors = new LinkedHashMap<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private final Runnable relayout;
    /** A form of more than {@link Fields#LARGE} fields opens with its groups folded. */
    boolean largeForm;
    /** Set while editors show the document's values, so showing them is not taken for typing. */
    boolean refreshing;

    FormContext(ObjectNode document, Runnable relayout) {
        this.document = document;
        this.relayout = relayout;
    }

    JsonNode value(FieldPath path) {
        return path.get(document);
    }

    /** A value typed in an editor: into the document, then everyone is told. */
    void write(FieldPath path, JsonNode value) {
        if (refreshing) {
            return;
        }
        path.set(document, value);
        changed();
    }

    void changed() {
        listeners.forEach(Runnable::run);
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    void relayout() {
        relayout.run();
    }

    /** Forgets the editors (and their syntax errors) at and below the path, whose widgets are gone. */
    void forget(FieldPath path) {
        editors.keySet().removeIf(p -> p.startsWith(path));
        syntaxErrors.keySet().removeIf(p -> p.startsWith(path));
    }
}
