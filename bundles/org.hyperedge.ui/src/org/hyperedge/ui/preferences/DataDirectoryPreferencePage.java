package org.hyperedge.ui.preferences;

import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.hyperedge.ui.ConsolePreferences;

/** Where the embedded master keeps its database, software cache and local agent; used from the next start. */
public class DataDirectoryPreferencePage extends FieldEditorPreferencePage {

    public static final String ID = "org.hyperedge.ui.preferences.dataDirectory";

    public DataDirectoryPreferencePage(IPreferenceStore store) {
        super("Data Directory", GRID);
        setPreferenceStore(store);
        setDescription("The embedded master's database, software cache and local agent live here.\n"
                + "A change takes effect at the next start. Empty means ~/.hyperedge; "
                + "./hyperedge --data DIR overrides it for one run.");
    }

    @Override
    protected void createFieldEditors() {
        addField(new DirectoryFieldEditor(ConsolePreferences.DATA_DIRECTORY, "&Data directory:",
                getFieldEditorParent()));
    }
}
