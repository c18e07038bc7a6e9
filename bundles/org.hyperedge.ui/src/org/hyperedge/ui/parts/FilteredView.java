package org.hyperedge.ui.parts;

/** A view with a filter field: Ctrl+F puts the cursor there while the view is the active one. */
public interface FilteredView {

    /** Focuses the filter with its text selected; false while the view has no filter yet (its master opening). */
    boolean focusFilter();
}
