package org.hyperedge.ui.forms;

import org.hyperedge.console.core.forms.FormField;

/** How big a form is, to decide how much of it is made before the operator asks. */
final class Fields {

    /**
     * Above this many fields a form opens with its groups folded: GTK takes about a millisecond or more for
     * each widget to be made and laid out, and a field has four or five of them.
     */
    static final int LARGE = 80;

    private Fields() {
    }

    /** The fields a form shows when everything is unfolded (a choice counted by its first alternative). */
    static int count(FormField field) {
        return switch (field.kind()) {
            case OBJECT -> field.properties().stream().mapToInt(Fields::count).sum();
            case CHOICE -> 1 + (field.alternatives().isEmpty() ? 0 : count(field.alternatives().get(0).field()));
            default -> 1;
        };
    }
}
