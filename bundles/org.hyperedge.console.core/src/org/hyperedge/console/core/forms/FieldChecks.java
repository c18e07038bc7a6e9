package org.hyperedge.console.core.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rules of one field applied to its value, worded as an operator reads them: "must be ≤ 65535",
 * "must match ^[a-z]+$", "is required". Only this field's own rules; its parts are checked on their own.
 */
final class FieldChecks {

    private FieldChecks() {
    }

    static List<String> check(FormField field, JsonNode value) {
        List<String> problems = new ArrayList<>();
        if (value == null || value.isNull()) {
            if (field.required() && field.kind() != FieldKind.RAW) {
                problems.add("is required");
            }
            return problems;
        }
        FieldRules rules = field.rules();
        switch (field.kind()) {
            case TEXT -> text(value, rules, problems);
            case INTEGER, NUMBER -> number(field.kind(), value, rules, problems);
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    problems.add("must be true or false");
                }
            }
            case ENUM -> {
                if (!field.values().contains(value)) {
                    problems.add(field.values().size() == 1 ? "must be " + ChoiceBuilder.label(field.values().get(0))
                            : "must be one of " + String.join(", ", field.valueLabels()));
                }
            }
            case OBJECT, MAP -> {
                if (!value.isObject()) {
                    problems.add("must be a group of named values (a JSON object)");
                }
            }
            case ARRAY -> list(value, rules, problems);
            default -> {
                // raw parts and choices are checked against the schema as a whole
            }
        }
        return problems;
    }

    private static void text(JsonNode value, FieldRules rules, List<String> problems) {
        if (!value.isTextual()) {
            problems.add("must be text");
            return;
        }
        String text = value.textValue();
        int length = text.codePointCount(0, text.length());
        if (rules.minLength() != null && length < rules.minLength()) {
            problems.add(rules.minLength() == 1 ? "must not be empty"
                    : "must have at least " + rules.minLength() + " characters");
        }
        if (rules.maxLength() != null && length > rules.maxLength()) {
            problems.add("must have at most " + rules.maxLength() + " characters");
        }
        if (rules.pattern() != null) {
            try {
                if (!Pattern.compile(rules.pattern()).matcher(text).find()) {
                    problems.add("must match " + rules.pattern());
                }
            } catch (PatternSyntaxException e) {
                // a pattern Java cannot read is left to the schema validator
            }
        }
    }

    private static void number(FieldKind kind, JsonNode value, FieldRules rules, List<String> problems) {
        BigDecimal number;
        if (value.isNumber()) {
            number = value.decimalValue();
        } else {
            problems.add(kind == FieldKind.INTEGER ? "must be a whole number" : "must be a number");
            return;
        }
        if (kind == FieldKind.INTEGER && number.stripTrailingZeros().scale() > 0) {
            problems.add("must be a whole number");
            return;
        }
        if (rules.minimum() != null && number.compareTo(rules.minimum()) < 0) {
            problems.add("must be ≥ " + plain(rules.minimum()));
        }
        if (rules.exclusiveMinimum() != null && number.compareTo(rules.exclusiveMinimum()) <= 0) {
            problems.add("must be > " + plain(rules.exclusiveMinimum()));
        }
        if (rules.maximum() != null && number.compareTo(rules.maximum()) > 0) {
            problems.add("must be ≤ " + plain(rules.maximum()));
        }
        if (rules.exclusiveMaximum() != null && number.compareTo(rules.exclusiveMaximum()) >= 0) {
            problems.add("must be < " + plain(rules.exclusiveMaximum()));
        }
        if (rules.multipleOf() != null && rules.multipleOf().signum() > 0
                && number.remainder(rules.multipleOf()).signum() != 0) {
            problems.add("must be a multiple of " + plain(rules.multipleOf()));
        }
    }

    private static void list(JsonNode value, FieldRules rules, List<String> problems) {
        if (!value.isArray()) {
            problems.add("must be a list");
            return;
        }
        if (rules.minItems() != null && value.size() < rules.minItems()) {
            problems.add("must have at least " + rules.minItems() + (rules.minItems() == 1 ? " item" : " items"));
        }
        if (rules.maxItems() != null && value.size() > rules.maxItems()) {
            problems.add("must have at most " + rules.maxItems() + (rules.maxItems() == 1 ? " item" : " items"));
        }
        if (rules.uniqueItems() && new HashSet<JsonNode>(toList(value)).size() < value.size()) {
            problems.add("must not list the same item twice");
        }
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
