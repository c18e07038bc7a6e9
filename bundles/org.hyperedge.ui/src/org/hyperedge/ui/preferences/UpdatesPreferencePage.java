package org.hyperedge.ui.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.StringFieldEditor;
import org.hyperedge.ui.ConsolePreferences;
import org.hyperedge.update.UpdateSite;

/** Where Help › Check for Updates looks for a newer console: a directory or an https:// URL. */
public class UpdatesPreferencePage extends FieldEditorPreferencePage {

    public static final String ID = "org.hyperedge.ui.preferences.updates";

    public UpdatesPreferencePage(IPreferenceStore store) {
        super("Updates", GRID);
        setPreferenceStore(store);
        setDescription("The console's p2 update site: a directory (./hyperedge build writes one to\n"
                + "product/org.hyperedge.console.product/target/repository) or an https:// URL. Plain http:// is refused.");
    }

    @Override
    protected void createFieldEditors() {
        StringFieldEditor site = new StringFieldEditor(ConsolePreferences.UPDATE_SITE, "&Update site:",
                getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                String value = getStringValue().strip();
                if (value.isEmpty()) {
                    return true;
                }
                try {
                    UpdateSite.parse(value);
                    return true;
                } catch (IllegalArgumentException e) {
                    setErrorMessage(e.getMessage());
                    return false;
                }
            }
        };
        site.setEmptyStringAllowed(true);
        addField(site);
    }
}
