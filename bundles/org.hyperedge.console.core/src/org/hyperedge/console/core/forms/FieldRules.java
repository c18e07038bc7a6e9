package org.hyperedge.console.core.forms;

import java.math.BigDecimal;

/**
 * The checks a field's schema asks of a single value: bounds, lengths, pattern, item counts. Bounds are
 * kept as written in the draft of the schema, made uniform (draft 4's boolean exclusive flags become
 * exclusive bounds).
 */
public record FieldRules(BigDecimal minimum, BigDecimal exclusiveMinimum, BigDecimal maximum, BigDecimal exclusiveMaximum,
        BigDecimal multipleOf, Integer minLength, Integer maxLength, String pattern, String format, Integer minItems,
        Integer maxItems, boolean uniqueItems) {

    public static final FieldRules NONE = new FieldRules(null, null, null, null, null, null, null, null, null, null, null,
            false);
}
