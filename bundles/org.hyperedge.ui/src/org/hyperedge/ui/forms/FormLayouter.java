package org.hyperedge.ui.forms;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Lays a form out, as seldom and as little as it can. Laying out a form of some hundred fields costs GTK a
 * size request for every wrapped help line, so: requests made while an event is handled are merged into one
 * layout run just after it; a resize reuses every cached size (a field's size does not depend on the form's
 * width); problem lines that changed have only their own sizes and their ancestors' recomputed; only a
 * change of structure (a list item added, another alternative chosen) measures everything again.
 */
final class FormLayouter {

    private final ScrolledComposite scroller;
    private final Composite content;
    private final Set<Control> changed = new LinkedHashSet<>();
    private boolean pending;
    private boolean everything;

    FormLayouter(ScrolledComposite scroller, Composite content) {
        this.scroller = scroller;
        this.content = content;
    }

    /** Measures and lays out the whole form now (when it is first built). */
    void now() {
        everything = true;
        run();
    }

    /** The form's structure changed: everything is measured again, once the current event is over. */
    void structureChanged() {
        everything = true;
        schedule();
    }

    /** These controls changed their text or visibility: they and their ancestors are measured again. */
    void controlsChanged(Set<Control> controls) {
        changed.addAll(controls);
        schedule();
    }

    /** The form's space changed: the cached sizes hold, the form is only placed again. */
    void resized() {
        schedule();
    }

    private void schedule() {
        if (pending || content.isDisposed()) {
            return;
        }
        pending = true;
        content.getDisplay().asyncExec(this::run);
    }

    private void run() {
        pending = false;
        if (content.isDisposed()) {
            return;
        }
        if (everything) {
            content.layout(true, true);
        } else if (!changed.isEmpty()) {
            changed.removeIf(Control::isDisposed);
            content.layout(changed.toArray(Control[]::new), SWT.NONE);
        } else {
            content.layout(false, true);
        }
        everything = false;
        changed.clear();
        int width = Math.max(scroller.getClientArea().width, 200);
        scroller.setMinSize(content.computeSize(width, SWT.DEFAULT));
    }
}
