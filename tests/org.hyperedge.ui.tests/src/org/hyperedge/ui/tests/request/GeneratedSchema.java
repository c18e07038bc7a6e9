package org.hyperedge.ui.tests.request;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A large parameter schema of the shape releases in the wild have: sections of fields, each section a
 * definition in one of three sibling documents (embedded with their file names as {@code $id}, as a release
 * carries them), its fields of every common kind, many of them referring to shared definitions in another
 * document (a port, a name, a size).
 */
final class GeneratedSchema {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int FIELDS_PER_SECTION = 20;
    private static final String[] DOCUMENTS = { "common.json", "network.json", "storage.json" };

    private GeneratedSchema() {
    }

    /** A schema of {@code fields} leaf fields in sections of 20, over the root and three embedded documents. */
    static ObjectNode of(int fields) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("title", "Large service");
        root.put("type", "object");
        ObjectNode properties = root.putObject("properties");
        ObjectNode defs = root.putObject("$defs");
        ObjectNode[] documents = new ObjectNode[DOCUMENTS.length];
        for (int d = 0; d < DOCUMENTS.length; d++) {
            documents[d] = defs.putObject("file " + DOCUMENTS[d]);
            documents[d].put("$id", DOCUMENTS[d]);
            documents[d].putObject("$defs");
        }
        shared((ObjectNode) documents[0].get("$defs"));
        int sections = (fields + FIELDS_PER_SECTION - 1) / FIELDS_PER_SECTION;
        int made = 0;
        for (int s = 0; s < sections; s++) {
            String document = DOCUMENTS[s % DOCUMENTS.length];
            ObjectNode section = ((ObjectNode) documents[s % DOCUMENTS.length].get("$defs")).putObject("section" + s);
            section.put("type", "object");
            section.put("title", "Section " + (s + 1));
            ObjectNode sectionProperties = section.putObject("properties");
            ArrayNode required = section.putArray("required");
            for (int f = 0; f < FIELDS_PER_SECTION && made < fields; f++, made++) {
                String name = "field-" + s + "-" + f;
                sectionProperties.set(name, field(f, s));
                if (f % 7 == 0) {
                    required.add(name);
                }
            }
            properties.putObject("section-" + s).put("$ref", document + "#/$defs/section" + s);
        }
        return root;
    }

    /** The definitions every section refers to, in the first sibling document. */
    private static void shared(ObjectNode defs) {
        defs.putObject("port").put("type", "integer").put("minimum", 1).put("maximum", 65535).put("default", 8080);
        defs.putObject("name").put("type", "string").put("pattern", "^[a-z][a-z0-9-]*$").put("maxLength", 63);
        defs.putObject("size").put("type", "integer").put("minimum", 1).put("description", "In megabytes.");
    }

    private static ObjectNode field(int index, int section) {
        ObjectNode field = NODES.objectNode();
        field.put("title", "Field " + (index + 1) + " of section " + (section + 1));
        field.put("description", "What this setting does, in one sentence an operator reads.");
        switch (index % 8) {
            case 0 -> field.put("$ref", "common.json#/$defs/name").put("default", "svc");
            case 1 -> field.put("$ref", "common.json#/$defs/port");
            case 2 -> field.put("$ref", "common.json#/$defs/size").put("default", 512);
            case 3 -> field.put("type", "boolean").put("default", index % 2 == 0);
            case 4 -> field.put("type", "string").set("enum", NODES.arrayNode().add("low").add("medium").add("high"));
            case 5 -> field.put("type", "number").put("minimum", 0).put("maximum", 1);
            case 6 -> field.put("type", "string").put("format", "hostname");
            default -> field.put("type", "integer").put("minimum", 0).put("default", "3");
        }
        return field;
    }

    /** A release {@code test:large} whose only software type takes the schema. */
    static String release(ObjectNode schema) {
        ObjectNode release = NODES.objectNode();
        release.put("id", "test:large").put("name", "Large service").put("version", "1.0");
        ObjectNode type = release.putObject("types").putObject("default");
        type.putArray("ports");
        type.putArray("processes").addObject().put("name", "main").putArray("command").add("true");
        type.set("parameters", schema);
        return release.toString();
    }
}
