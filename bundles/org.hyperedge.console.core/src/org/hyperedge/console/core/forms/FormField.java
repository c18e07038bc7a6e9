package org.hyperedge.console.core.forms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One part of a form built from a JSON Schema: what it edits ({@link FieldKind}), its label and help, whether
 * it is required, its default and rules, and its parts (properties of an object, the item of a list, the
 * alternatives of a choice). It holds no value and no widget: values live in the parameters document, so the
 * same model serves the request dialog, the raw JSON tab and, later, the topology editor.
 */
public final class FormField {

    /** One alternative of a choice, with the title the operator picks it by. */
    public record Alternative(String title, FormField field) {
    }

    private final String name;
    private final FieldKind kind;
    private String title;
    private String description;
    private boolean required;
    private JsonNode defaultValue;
    private FieldRules rules = FieldRules.NONE;
    private final List<FormField> properties = new ArrayList<>();
    private FormField item;
    private final List<Alternative> alternatives = new ArrayList<>();
    private final List<JsonNode> values = new ArrayList<>();
    private final List<String> valueLabels = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean secret;
    private boolean readOnly;
    private boolean multiLine;
    private String defaultNote;
    private final List<FormField> positions = new ArrayList<>();
    private final List<String> keyPatterns = new ArrayList<>();
    private JsonNode schema;

    FormField(String name, FieldKind kind) {
        this.name = name;
        this.kind = kind;
    }

    /** A part the form cannot render: edited as JSON, with the reason as its note. */
    static FormField raw(String name, String reason, JsonNode schema) {
        FormField field = new FormField(name, FieldKind.RAW);
        if (!reason.isBlank()) {
            field.notes.add(reason);
        }
        field.schema = schema;
        return field;
    }

    /** The property name ({@code ""} for the root, {@code "item"} for a list's items). */
    public String name() {
        return name;
    }

    public FieldKind kind() {
        return kind;
    }

    /** What the operator reads: the schema's title, else the property name. */
    public String label() {
        return title != null && !title.isBlank() ? title : name;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public boolean required() {
        return required;
    }

    public JsonNode defaultValue() {
        return defaultValue;
    }

    public FieldRules rules() {
        return rules;
    }

    /** The properties of an object, in the schema's order. */
    public List<FormField> properties() {
        return Collections.unmodifiableList(properties);
    }

    public FormField property(String propertyName) {
        return properties.stream().filter(p -> p.name.equals(propertyName)).findFirst().orElse(null);
    }

    /**
     * The field each item of a list is edited with (after its {@link #positions()}); for a map, the field each
     * value is edited with.
     */
    public FormField item() {
        return item;
    }

    /** A tuple's leading items, each with its own field ({@code prefixItems}); empty for a plain list. */
    public List<FormField> positions() {
        return Collections.unmodifiableList(positions);
    }

    /** The field of the list item at this index: its position's, else the common item's. */
    public FormField itemAt(int index) {
        return index < positions.size() ? positions.get(index) : item;
    }

    /** The patterns a map's names must match ({@code patternProperties}); empty when any name goes. */
    public List<String> keyPatterns() {
        return Collections.unmodifiableList(keyPatterns);
    }

    public List<Alternative> alternatives() {
        return Collections.unmodifiableList(alternatives);
    }

    /** The values an enum allows, in order. */
    public List<JsonNode> values() {
        return Collections.unmodifiableList(values);
    }

    /** What each enum value is shown as (its title when the schema gives one). */
    public List<String> valueLabels() {
        return Collections.unmodifiableList(valueLabels);
    }

    /**
     * What the operator should know beyond the description: why a part is edited as JSON, or which further
     * properties or rules the JSON tab takes.
     */
    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** A secret is typed into a hidden field ({@code format: password} or {@code writeOnly}). */
    public boolean secret() {
        return secret;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** Text that spans lines (a script, a certificate, a configuration file): a multi-line field. */
    public boolean multiLine() {
        return multiLine;
    }

    /**
     * What the form made of the schema's default, when it did not take it as written: {@code default "2" taken
     * as 2}, or why it was left as a hint; {@code null} when the default was taken as written or there is none.
     */
    public String defaultNote() {
        return defaultNote;
    }

    /** The effective schema of this part (references resolved), kept for raw parts and their checks. */
    public JsonNode schema() {
        return schema;
    }

    @Override
    public String toString() {
        return kind + " " + (name.isEmpty() ? "(root)" : name) + (required ? " *" : "");
    }

    // --- filled in by the builder -------------------------------------------------------------

    void title(String newTitle) {
        title = newTitle;
    }

    void description(String newDescription) {
        description = newDescription;
    }

    void required(boolean newRequired) {
        required = newRequired;
    }

    void defaultValue(JsonNode value) {
        defaultValue = value;
    }

    void rules(FieldRules newRules) {
        rules = newRules;
    }

    void addProperty(FormField property) {
        properties.add(property);
    }

    void item(FormField newItem) {
        item = newItem;
    }

    void addAlternative(String alternativeTitle, FormField field) {
        alternatives.add(new Alternative(alternativeTitle, field));
    }

    void addValue(JsonNode value, String valueLabel) {
        values.add(value);
        valueLabels.add(valueLabel);
    }

    void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    void secret(boolean newSecret) {
        secret = newSecret;
    }

    void readOnly(boolean newReadOnly) {
        readOnly = newReadOnly;
    }

    void multiLine(boolean newMultiLine) {
        multiLine = newMultiLine;
    }

    void defaultNote(String note) {
        defaultNote = note;
    }

    void addPosition(FormField position) {
        positions.add(position);
    }

    void addKeyPattern(String pattern) {
        keyPatterns.add(pattern);
    }

    void schema(JsonNode newSchema) {
        schema = newSchema;
    }
}
