package org.hyperedge.ui.log;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.view.InstanceRow;
import org.hyperedge.ui.instances.InstanceSelection;
import org.hyperedge.ui.parts.MasterPart;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Tails the selected instance's service output from its node through the connector, every
 * {@value #TAIL_MS} ms while the view is visible; the node's refusal or silence is shown, not hidden.
 */
public class LogPart extends MasterPart {

    public static final String TEXT_KEY = "org.hyperedge.ui.log.text";
    static final int TAIL_MS = 2_000;
    static final int LINES = 200;

    private Label heading;
    private StyledText text;
    private InstanceRow row;
    private boolean reading;

    @Override
    protected void createContent(Composite parent, EmbeddedMaster master) {
        heading = new Label(parent, SWT.NONE);
        heading.setText("Select an instance to tail its log");
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(heading);
        text = new StyledText(parent, SWT.BORDER | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        text.setFont(JFaceResources.getTextFont());
        text.setData(TEXT_KEY, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
        reloadEvery(TAIL_MS, text);
    }

    @Inject
    void selectionChanged(@org.eclipse.e4.core.di.annotations.Optional @Named(org.hyperedge.ui.parts.ConsoleSelection.KEY) Object selection) {
        if (selection instanceof InstanceSelection instances && !instances.isEmpty()
                && (row == null || row.id() != instances.first().id())) {
            row = instances.first();
            if (text != null && !text.isDisposed()) {
                text.setText("");
                reload();
            }
        }
    }

    @Override
    protected void reload() {
        InstanceRow asked = row;
        if (asked == null || reading) {
            return;
        }
        reading = true;
        Job job = Job.create("Reading the log of " + asked.title(), monitor -> {
            String where = asked.title() + (asked.nodeId() == null ? "" : " · " + asked.nodeId() + " · " + asked.partition());
            String[] shown = new String[2];
            try {
                shown[1] = connector().tailLog(asked.nodeId(), asked.partition(), master().logProcess(asked), LINES);
                shown[0] = where + " · last " + LINES + " lines";
            } catch (java.io.IOException | RuntimeException e) {
                shown[0] = where + " · " + (e.getMessage() == null ? e.toString() : e.getMessage());
            }
            text.getDisplay().asyncExec(() -> {
                reading = false;
                if (text.isDisposed() || asked != row) {
                    return;
                }
                heading.setText(shown[0]);
                heading.requestLayout();
                if (shown[1] != null && !shown[1].equals(text.getText())) {
                    text.setText(shown[1]);
                    text.setTopIndex(Math.max(0, text.getLineCount() - 1));
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    @Override
    protected Control focusControl() {
        return text;
    }
}
