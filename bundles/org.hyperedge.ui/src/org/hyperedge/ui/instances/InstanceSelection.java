package org.hyperedge.ui.instances;

import java.util.List;

import org.hyperedge.master.view.InstanceRow;

/** The instances selected in the Instances view: what bulk actions act on and the Properties view shows. */
public record InstanceSelection(List<InstanceRow> rows) {

    public InstanceSelection {
        rows = List.copyOf(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public InstanceRow first() {
        return rows.get(0);
    }
}
