package org.hyperedge.console.core.forms;

/** How a part of the parameters is edited. */
public enum FieldKind {
    /** a line of text (or a hidden one for secrets) */
    TEXT,
    /** a decimal number */
    NUMBER,
    /** a whole number */
    INTEGER,
    /** a check box */
    BOOLEAN,
    /** a choice among fixed values, shown as a combo */
    ENUM,
    /** named properties, shown as a group */
    OBJECT,
    /** a list of items of one kind, editable (add, remove, reorder); a tuple's first items each of their own kind */
    ARRAY,
    /** named values whose names the operator chooses ({@code additionalProperties}, {@code patternProperties}) */
    MAP,
    /** one of several alternative schemas ({@code oneOf}, {@code anyOf}), chosen first and then filled in */
    CHOICE,
    /** JSON typed by hand, for a part the form cannot render; the field's note says why */
    RAW
}
