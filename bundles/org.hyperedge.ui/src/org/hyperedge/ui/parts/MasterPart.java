package org.hyperedge.ui.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.hyperedge.connector.Connector;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.ui.master.MasterEvents;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * A view of the master's data. The master opens in the background after the window shows: until then the
 * part says so, then it builds its content once, and reloads it on every master change event (a part that reloads
 * periodically while shown skips the events while it is hidden: its next period catches up once it is shown).
 */
public abstract class MasterPart {

    private Composite parent;
    private EmbeddedMaster master;
    /** The connector of this console's master, from the e4 context once the master is open; read by jobs. */
    private volatile Connector connector;
    /** The control whose periodic reload ({@link #reloadEvery}) runs while it is visible; null: none. */
    private Control reloadedWhileShown;

    @PostConstruct
    public void createControls(Composite composite) {
        this.parent = composite;
        GridLayoutFactory.fillDefaults().applyTo(parent);
        if (master == null) {
            new Label(parent, SWT.NONE).setText("Opening the master…");
        } else {
            build();
        }
    }

    @Inject
    @Optional
    void masterOpened(EmbeddedMaster opened) {
        if (opened == null || master != null) {
            return;
        }
        master = opened;
        if (parent != null && !parent.isDisposed()) {
            for (Control child : parent.getChildren()) {
                child.dispose();
            }
            build();
        }
    }

    @Inject
    @Optional
    void connectorReady(Connector ready) {
        connector = ready;
    }

    /**
     * The connector that talks to the nodes, as the console's context holds it (the master's DS component's); slow
     * calls on it belong in jobs. An IOException until the master is open and connected.
     */
    protected Connector connector() throws java.io.IOException {
        Connector ready = connector;
        if (ready == null) {
            throw new java.io.IOException("the console is not connected to its nodes");
        }
        return ready;
    }

    private void build() {
        createContent(parent, master);
        parent.layout(true, true);
        reload();
    }

    @Inject
    @Optional
    void masterChanged(@UIEventTopic(MasterEvents.CHANGED) Object at) {
        if (master != null && parent != null && !parent.isDisposed() && followsMasterEvents() && !hiddenAndCatchesUp()) {
            reload();
        }
    }

    /**
     * Whether a change can wait: the part is not on screen (a tab behind another, a perspective not shown) and its
     * periodic reload reads everything again within a period of being shown. A node that reports every second would
     * otherwise have hidden views read and lay out their data every second for nobody.
     */
    private boolean hiddenAndCatchesUp() {
        return reloadedWhileShown != null && !reloadedWhileShown.isDisposed() && !reloadedWhileShown.isVisible();
    }

    /**
     * Whether the part reads its data again on each master event; false for the parts bound to the master's
     * EMF model, which its notifications update.
     */
    protected boolean followsMasterEvents() {
        return true;
    }

    @Focus
    public void focus() {
        Control focus = focusControl();
        if (focus != null && !focus.isDisposed()) {
            focus.setFocus();
        } else if (!parent.isDisposed()) {
            parent.setFocus();
        }
    }

    /**
     * Reads the part's data again every {@code periodMs} while {@code shown} is visible (report ages move
     * and logs grow without a master event); stops once {@code shown} is disposed.
     */
    protected void reloadEvery(int periodMs, Control shown) {
        reloadedWhileShown = shown;
        whileShown(periodMs, shown, this::reload);
    }

    /** Runs {@code work} on the UI thread every {@code periodMs} while {@code shown} is visible, until it is disposed. */
    protected static void whileShown(int periodMs, Control shown, Runnable work) {
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            if (shown.isDisposed()) {
                return;
            }
            if (shown.isVisible()) {
                work.run();
            }
            shown.getDisplay().timerExec(periodMs, tick[0]);
        };
        shown.getDisplay().timerExec(periodMs, tick[0]);
    }

    public EmbeddedMaster master() {
        return master;
    }

    /** Builds the part's widgets, on the UI thread, once the master is open. */
    protected abstract void createContent(Composite parent, EmbeddedMaster master);

    /** Reads the part's data again in the background and shows it. */
    protected abstract void reload();

    protected abstract Control focusControl();
}
