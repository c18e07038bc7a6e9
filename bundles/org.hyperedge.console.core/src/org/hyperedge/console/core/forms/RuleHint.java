package org.hyperedge.console.core.forms;

import java.util.ArrayList;
import java.util.List;

/** The rules of a field in a few words for its help line: "Whole number from 1 to 65535." */
public final class RuleHint {

    private RuleHint() {
    }

    public static String of(FormField field) {
        FieldRules rules = field.rules();
        List<String> parts = new ArrayList<>();
        switch (field.kind()) {
            case INTEGER, NUMBER -> {
                String what = field.kind() == FieldKind.INTEGER ? "Whole number" : "Number";
                String low = rules.minimum() != null ? "from " + FieldChecks.plain(rules.minimum())
                        : rules.exclusiveMinimum() != null ? "above " + FieldChecks.plain(rules.exclusiveMinimum()) : null;
                String high = rules.maximum() != null ? "up to " + FieldChecks.plain(rules.maximum())
                        : rules.exclusiveMaximum() != null ? "below " + FieldChecks.plain(rules.exclusiveMaximum()) : null;
                if (low != null && high != null && low.startsWith("from ") && high.startsWith("up to ")) {
                    high = "to " + high.substring("up to ".length());
                } else if (low != null && high != null) {
                    high = "and " + high;
                } else if (low != null && low.startsWith("from ")) {
                    low = "of at least " + low.substring("from ".length());
                }
                if (low == null && high == null && rules.multipleOf() == null) {
                    return "";
                }
                parts.add(what + (low == null ? "" : " " + low) + (high == null ? "" : " " + high)
                        + (rules.multipleOf() != null ? ", a multiple of " + FieldChecks.plain(rules.multipleOf()) : ""));
            }
            case TEXT -> {
                Integer min = rules.minLength() != null && rules.minLength() > 1 ? rules.minLength() : null;
                if (min != null && rules.maxLength() != null) {
                    parts.add(min + " to " + rules.maxLength() + " characters");
                } else if (min != null) {
                    parts.add("At least " + min + " characters");
                } else if (rules.maxLength() != null) {
                    parts.add("At most " + rules.maxLength() + " characters");
                }
                if (rules.pattern() != null) {
                    parts.add("Matches " + rules.pattern());
                }
            }
            case ARRAY -> {
                Integer min = rules.minItems() != null && rules.minItems() > 0 ? rules.minItems() : null;
                Integer max = rules.maxItems();
                if (min != null && max != null) {
                    return min + " to " + max + " items.";
                }
                if (min != null || max != null) {
                    int count = min != null ? min : max;
                    return (min != null ? "At least " : "At most ") + count + (count == 1 ? " item." : " items.");
                }
                return "";
            }
            default -> {
                return "";
            }
        }
        return parts.isEmpty() ? "" : String.join("; ", parts) + ".";
    }
}
