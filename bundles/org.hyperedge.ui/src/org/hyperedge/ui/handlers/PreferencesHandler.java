package org.hyperedge.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.widgets.Shell;
import org.hyperedge.ui.ConsolePreferences;
import org.hyperedge.ui.preferences.AppearancePreferencePage;
import org.hyperedge.ui.preferences.ChartsPreferencePage;
import org.hyperedge.ui.preferences.DataDirectoryPreferencePage;
import org.hyperedge.ui.preferences.MasterPreferencePage;
import org.hyperedge.ui.preferences.OperatorKeyPreferencePage;
import org.hyperedge.ui.preferences.UpdatesPreferencePage;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.ui.master.OperatorKeyLocation;

import jakarta.inject.Named;

public class PreferencesHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ConsolePreferences preferences,
            org.eclipse.e4.core.contexts.IEclipseContext context) {
        PreferenceManager pages = new PreferenceManager();
        pages.addToRoot(new PreferenceNode(DataDirectoryPreferencePage.ID,
                new DataDirectoryPreferencePage(preferences.store())));
        pages.addToRoot(new PreferenceNode(MasterPreferencePage.ID, new MasterPreferencePage(preferences.store())));
        // the master as it is when the page reads, not when the dialog opens: it may still be opening then
        pages.addToRoot(new PreferenceNode(OperatorKeyPreferencePage.ID, new OperatorKeyPreferencePage(
                () -> context.get(EmbeddedMaster.class), OperatorKeyLocation.file())));
        pages.addToRoot(new PreferenceNode(ChartsPreferencePage.ID, new ChartsPreferencePage(preferences.store())));
        pages.addToRoot(new PreferenceNode(AppearancePreferencePage.ID,
                new AppearancePreferencePage(preferences.store())));
        pages.addToRoot(new PreferenceNode(UpdatesPreferencePage.ID, new UpdatesPreferencePage(preferences.store())));
        PreferenceDialog dialog = new PreferenceDialog(shell, pages);
        dialog.create();
        dialog.getShell().setText("Preferences");
        dialog.open();
    }
}
