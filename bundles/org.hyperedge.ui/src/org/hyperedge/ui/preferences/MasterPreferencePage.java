package org.hyperedge.ui.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.hyperedge.master.store.JdbcUrls;
import org.hyperedge.ui.ConsolePreferences;

/** Which master the console works on, how often it syncs its nodes, and when a silent node is worrying. */
public class MasterPreferencePage extends FieldEditorPreferencePage {

    public static final String ID = "org.hyperedge.ui.preferences.master";

    public MasterPreferencePage(IPreferenceStore store) {
        super("Master and Nodes", GRID);
        setPreferenceStore(store);
        setDescription(description(ConsolePreferences.givenMasterUrl()));
    }

    /** What the URL field means; {@code given}: the URL {@code ./hyperedge --db URL console} started this console on. */
    static String description(String given) {
        String meaning = "Empty master URL: the embedded H2 master in the data directory. A PostgreSQL URL\n"
                + "(jdbc:postgresql://host/db?user=...) works on a shared master. Takes effect at the next start.";
        return given.isBlank() ? meaning
                : meaning + "\nThis console was started with --db " + JdbcUrls.withoutSecrets(given)
                        + ", which wins over the URL below.";
    }

    @Override
    protected void createFieldEditors() {
        StringFieldEditor url = new StringFieldEditor(ConsolePreferences.MASTER_URL, "PostgreSQL &master URL:",
                getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                String value = getStringValue().strip();
                if (!value.isEmpty() && !value.startsWith("jdbc:postgresql://")) {
                    setErrorMessage("Master URL: must start with jdbc:postgresql:// (or be empty for the embedded master)");
                    return false;
                }
                return true;
            }
        };
        url.setEmptyStringAllowed(true);
        addField(url);
        IntegerFieldEditor period = new IntegerFieldEditor(ConsolePreferences.SYNC_PERIOD_SECONDS,
                "&Sync period (seconds):", getFieldEditorParent());
        period.setValidRange(1, 3_600);
        addField(period);
        IntegerFieldEditor warning = new IntegerFieldEditor(ConsolePreferences.STALE_WARNING_SECONDS,
                "Node is stale (&warning) after (seconds):", getFieldEditorParent());
        warning.setValidRange(1, 86_400);
        addField(warning);
        IntegerFieldEditor alarm = new IntegerFieldEditor(ConsolePreferences.STALE_ALARM_SECONDS,
                "Node is silent (&alarm) after (seconds):", getFieldEditorParent());
        alarm.setValidRange(1, 864_000);
        addField(alarm);
        addField(new org.eclipse.jface.preference.BooleanFieldEditor(ConsolePreferences.BACKUP_DAILY,
                "Back up the master &daily (into the data directory's backups)", getFieldEditorParent()));
        StringFieldEditor endpoint = new StringFieldEditor(ConsolePreferences.ENDPOINT_LISTEN,
                "&Endpoint for nodes behind NAT (HOST:PORT):", getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                String value = getStringValue().strip();
                if (!value.isEmpty() && !value.matches("[A-Za-z0-9.-]{1,253}:[0-9]{1,5}")) {
                    setErrorMessage("Endpoint: HOST:PORT, such as 0.0.0.0:8443 (or empty for none)");
                    return false;
                }
                return true;
            }
        };
        endpoint.setEmptyStringAllowed(true);
        addField(endpoint);
        IntegerFieldEditor keep = new IntegerFieldEditor(ConsolePreferences.BACKUP_KEEP, "Backups &kept (the newest):",
                getFieldEditorParent());
        keep.setValidRange(1, 365);
        addField(keep);
    }
}
