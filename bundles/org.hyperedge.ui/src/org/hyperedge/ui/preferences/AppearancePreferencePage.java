package org.hyperedge.ui.preferences;

import java.util.Arrays;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.hyperedge.ui.ConsolePreferences;
import org.hyperedge.ui.theme.Appearance;

/**
 * Light or dark. The e4 theme engine can swap style sheets in a running window, but widgets styled by the first
 * theme keep some of its colours until they are recreated, so the choice applies cleanly at the next start.
 */
public class AppearancePreferencePage extends FieldEditorPreferencePage {

    public static final String ID = "org.hyperedge.ui.preferences.appearance";

    public AppearancePreferencePage(IPreferenceStore store) {
        super("Appearance", GRID);
        setPreferenceStore(store);
        setDescription("Whether the console is light or dark. The choice applies at the console's next start.");
    }

    @Override
    protected void createFieldEditors() {
        String[][] choices = Arrays.stream(Appearance.values())
                .map(appearance -> new String[] { appearance.label(), appearance.value() }).toArray(String[][]::new);
        addField(new RadioGroupFieldEditor(ConsolePreferences.APPEARANCE, "&Theme:", 1, choices, getFieldEditorParent(),
                true));
    }
}
