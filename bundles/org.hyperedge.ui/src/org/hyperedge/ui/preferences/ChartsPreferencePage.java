package org.hyperedge.ui.preferences;

import java.time.ZoneId;
import java.util.Arrays;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.hyperedge.console.core.monitoring.ChartRange;
import org.hyperedge.ui.ConsolePreferences;

/** How the monitoring charts show: the range they open with, and whether their times are local or UTC. */
public class ChartsPreferencePage extends FieldEditorPreferencePage {

    public static final String ID = "org.hyperedge.ui.preferences.charts";

    public ChartsPreferencePage(IPreferenceStore store) {
        super("Charts", GRID);
        setPreferenceStore(store);
        setDescription("How the Admin · Monitoring charts show. The range applies when the view opens, "
                + "the time zone at the charts' next refresh.");
    }

    @Override
    protected void createFieldEditors() {
        String[][] ranges = Arrays.stream(ChartRange.values())
                .map(range -> new String[] { "Last " + range.label() + " (" + range.resolution() + ")", range.label() })
                .toArray(String[][]::new);
        addField(new RadioGroupFieldEditor(ConsolePreferences.CHART_RANGE, "&Range the charts open with:", 1, ranges,
                getFieldEditorParent(), true));
        addField(new RadioGroupFieldEditor(ConsolePreferences.CHART_TIME_ZONE, "Chart &times in:", 1,
                new String[][] { { "Local time (" + ZoneId.systemDefault().getId() + ")", "local" }, { "UTC", "UTC" } },
                getFieldEditorParent(), true));
    }
}
