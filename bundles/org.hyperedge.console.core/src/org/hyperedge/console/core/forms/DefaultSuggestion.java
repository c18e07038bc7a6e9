package org.hyperedge.console.core.forms;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A schema's {@code default} is a suggestion, and real schemas often write one that breaks their own rules
 * (the string {@code "2"} for a number, {@code "true"} for a boolean, {@code null} for a whole number,
 * {@code ""} outside an enum). Filled in as written, it would open the form with an error the operator did
 * not make and that the master, which leaves an omitted parameter alone, does not raise. So a default that
 * fits is kept; one that converts exactly is taken converted, and the field says so; any other stays a hint
 * and the field starts empty.
 */
final class DefaultSuggestion {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DefaultSuggestion() {
    }

    /** Judges the field's default against the field's own rules; keeps, converts or drops it, with a note. */
    static void judge(FormField field) {
        JsonNode written = field.defaultValue();
        if (written == null || !judged(field.kind())) {
            return;
        }
        if (!written.isNull() && FieldChecks.check(field, written).isEmpty()) {
            return;
        }
        JsonNode converted = written.isNull() ? null : converted(field, written);
        if (converted != null && FieldChecks.check(field, converted).isEmpty()) {
            field.defaultValue(converted);
            field.defaultNote("Default " + written + " taken as " + converted + ".");
            return;
        }
        field.defaultValue(null);
        field.defaultNote("Suggested default " + written + " (" + why(field, written) + "): left empty.");
    }

    /** Choices and raw parts are checked against the whole schema only: their defaults are kept as written. */
    private static boolean judged(FieldKind kind) {
        return kind != FieldKind.CHOICE && kind != FieldKind.RAW;
    }

    /** The same value in the field's type, when the conversion loses nothing; else {@code null}. */
    private static JsonNode converted(FormField field, JsonNode written) {
        return switch (field.kind()) {
            case INTEGER, NUMBER -> written.isTextual() ? number(written.textValue()) : null;
            case BOOLEAN -> written.isTextual() && List.of("true", "false").contains(written.textValue())
                    ? NODES.booleanNode(Boolean.parseBoolean(written.textValue())) : null;
            case TEXT -> written.isNumber() || written.isBoolean() ? NODES.textNode(written.asText()) : null;
            case ENUM -> field.values().stream().filter(v -> ChoiceBuilder.label(v).equals(ChoiceBuilder.label(written)))
                    .findFirst().orElse(null);
            default -> null;
        };
    }

    private static JsonNode number(String text) {
        if (!text.equals(text.strip()) || text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(text);
            // the narrowest node, as the JSON reader gives it, so the value compares equal to one typed
            if (number.signum() == 0 || number.stripTrailingZeros().scale() <= 0) {
                java.math.BigInteger whole = number.toBigIntegerExact();
                return whole.bitLength() < 32 ? NODES.numberNode(whole.intValue())
                        : whole.bitLength() < 64 ? NODES.numberNode(whole.longValue()) : NODES.numberNode(whole);
            }
            double approximate = number.doubleValue();
            return new BigDecimal(Double.toString(approximate)).compareTo(number) == 0 ? NODES.numberNode(approximate)
                    : NODES.numberNode(number);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** Why the default cannot be the field's value, in the words of the field's own checks. */
    private static String why(FormField field, JsonNode written) {
        if (written.isNull()) {
            return "the field takes no null";
        }
        List<String> problems = FieldChecks.check(field, written);
        return problems.isEmpty() ? "does not fit" : "it " + String.join(", ", problems);
    }
}
