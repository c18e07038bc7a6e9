package org.hyperedge.protocol.release;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyperedge.protocol.release.SoftwareTypeDescriptor.FileTemplate;
import org.hyperedge.protocol.release.SoftwareTypeDescriptor.ProcessSpec;
import org.hyperedge.protocol.release.SoftwareTypeDescriptor.PromiseSpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads one software type of a release: schemas, templates, ports, processes, promises, connection values. */
final class SoftwareTypeReader {

    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    static final String NAME_RULE = "is not a lower-case name (a-z, 0-9, '-', starting with a letter)";
    private static final Pattern MODE = Pattern.compile("0?[0-7]{3}");
    private static final Pattern AUTH_TARGET = Pattern.compile("(h2|mqtt|postgresql|redis)://");
    private static final Pattern PORT_REFERENCE = Pattern.compile("\\$\\{port\\.([^}?|]*)");

    private SoftwareTypeReader() {
    }

    static SoftwareTypeDescriptor read(JsonWalker walker, JsonNode node, String path) {
        ObjectNode type = walker.object(node, path);
        if (type == null) {
            return null;
        }
        walker.onlyFields(type, path, Set.of("description", "parameters", "connection", "connectionSchema",
                "files", "ports", "processes", "promises", "shared", "upgrade", "backup"));
        String description = walker.text(type, path, "description", false, null, null);
        ObjectNode parameters = schema(walker, type, path, "parameters");
        ObjectNode connectionSchema = schema(walker, type, path, "connectionSchema");
        Map<String, String> connection = walker.textMap(type, path, "connection");
        List<FileTemplate> files = walker.array(type, path, "files", (n, p) -> file(walker, n, p));
        List<String> ports = walker.texts(type, path, "ports", NAME, NAME_RULE);
        ReleaseDescriptorReader.unique(walker, path + ".ports", ports);
        List<ProcessSpec> processes = walker.array(type, path, "processes", (n, p) -> process(walker, n, p));
        ReleaseDescriptorReader.unique(walker, path + ".processes", processes.stream().map(ProcessSpec::name).toList());
        List<PromiseSpec> promises = walker.array(type, path, "promises", (n, p) -> promise(walker, n, p));
        ReleaseDescriptorReader.unique(walker, path + ".promises", promises.stream().map(PromiseSpec::name).toList());
        boolean shared = walker.bool(type, path, "shared");
        // optional: run in the partition when an instance moves to this version from an older one
        List<String> upgrade = type.has("upgrade") ? walker.texts(type, path, "upgrade", null, null) : List.of();
        if (type.has("upgrade") && upgrade.isEmpty()) {
            walker.problem(path + ".upgrade", "must be a non-empty array of strings (a command line)");
        }
        BackupSpec backup = type.has("backup") ? backup(walker, type.get("backup"), path + ".backup") : null;
        portReferences(walker, type, path, Set.copyOf(ports));
        secretMarks(walker, connectionSchema, path + ".connectionSchema");
        return new SoftwareTypeDescriptor(description, parameters, connectionSchema, connection, files, ports,
                processes, promises, shared, upgrade, backup);
    }

    /** {@code "backup": {"command": [...], "restore": [...], "every": "PT1H"}}: both command lines, a schedule. */
    private static BackupSpec backup(JsonWalker walker, JsonNode node, String path) {
        ObjectNode object = walker.object(node, path);
        if (object == null) {
            return null;
        }
        walker.onlyFields(object, path, Set.of("command", "restore", "every"));
        List<String> command = walker.texts(object, path, "command", null, null);
        if (command.isEmpty()) {
            walker.problem(path + ".command", "must be a non-empty array of strings (the command line that writes the backup)");
        }
        List<String> restore = walker.texts(object, path, "restore", null, null);
        if (restore.isEmpty()) {
            walker.problem(path + ".restore", "must be a non-empty array of strings (the command line that reads it back)");
        }
        String everyText = walker.text(object, path, "every", false, null, null);
        java.time.Duration every = java.time.Duration.ofDays(1);
        if (everyText != null) {
            try {
                every = BackupSpec.every(everyText, "the schedule");
            } catch (IllegalArgumentException e) {
                walker.problem(path + ".every", e.getMessage());
            }
        }
        return command.isEmpty() || restore.isEmpty() ? null : new BackupSpec(command, restore, every);
    }

    private static ObjectNode schema(JsonWalker walker, ObjectNode type, String path, String field) {
        JsonNode schema = type.get(field);
        if (schema == null || schema.isNull()) {
            return ReleaseDescriptorReader.JSON.createObjectNode().put("type", "object");
        }
        return walker.object(schema, path + "." + field);
    }

    private static FileTemplate file(JsonWalker walker, JsonNode node, String path) {
        ObjectNode object = walker.object(node, path);
        if (object == null) {
            return null;
        }
        walker.onlyFields(object, path, Set.of("path", "template", "mode"));
        String file = walker.text(object, path, "path", true, null, null);
        if (file != null && (file.startsWith("/") || List.of(file.split("/")).contains("..") || file.isBlank())) {
            walker.problem(path + ".path", "'" + file + "' must stay inside the partition (relative, no '..')");
            file = null;
        }
        String template = walker.text(object, path, "template", true, null, null);
        String mode = walker.text(object, path, "mode", false, MODE, "is not an octal file mode such as 0600");
        return file == null || template == null ? null : new FileTemplate(file, template, mode == null ? "0600" : mode);
    }

    private static ProcessSpec process(JsonWalker walker, JsonNode node, String path) {
        ObjectNode object = walker.object(node, path);
        if (object == null) {
            return null;
        }
        walker.onlyFields(object, path, Set.of("name", "command", "environment"));
        String name = walker.text(object, path, "name", true, NAME, NAME_RULE);
        List<String> command = walker.texts(object, path, "command", null, null);
        if (command.isEmpty()) {
            walker.problem(path + ".command", "must be a non-empty array of strings");
        }
        return name == null ? null : new ProcessSpec(name, command, walker.textMap(object, path, "environment"));
    }

    private static PromiseSpec promise(JsonWalker walker, JsonNode node, String path) {
        ObjectNode object = walker.object(node, path);
        if (object == null) {
            return null;
        }
        walker.onlyFields(object, path, Set.of("name", "kind", "target", "expected", "period", "timeout",
                "bangOnFailure"));
        String name = walker.text(object, path, "name", true, NAME, NAME_RULE);
        PromiseSpec.Kind kind = ReleaseDescriptorReader.kind(walker, object, path, PromiseSpec.Kind.class);
        String target = walker.text(object, path, "target", true, null, null);
        if (kind == PromiseSpec.Kind.AUTH && target != null && !AUTH_TARGET.matcher(target).lookingAt()) {
            walker.problem(path + ".target", "'" + target + "' is not what an auth promise checks: h2://HOST:PORT, "
                    + "mqtt://HOST:PORT, postgresql://USER@HOST:PORT/DATABASE or redis://HOST:PORT");
        }
        String expected = walker.text(object, path, "expected", false, null, null);
        int period = (int) walker.integer(object, path, "period", 30, 1, 86_400);
        int timeout = (int) walker.integer(object, path, "timeout", Math.min(5, period), 1, 3_600);
        if (timeout > period) {
            walker.problem(path + ".timeout", timeout + " s is longer than the period of " + period + " s");
        }
        boolean bang = walker.bool(object, path, "bangOnFailure");
        return name == null || kind == null || target == null ? null
                : new PromiseSpec(name, kind, target, expected, period, timeout, bang);
    }

    /** {@code "secret"} on a connection parameter's schema says its value is sealed: a boolean, nothing else. */
    private static void secretMarks(JsonWalker walker, ObjectNode connectionSchema, String path) {
        if (connectionSchema == null) {
            return;
        }
        connectionSchema.path("properties").fields().forEachRemaining(property -> {
            JsonNode secret = property.getValue().get("secret");
            if (secret != null && !secret.isBoolean()) {
                walker.problem(path + ".properties." + property.getKey() + ".secret",
                        "must be true or false (whether the value is sealed), not " + secret);
            }
        });
    }

    /** A {@code ${port.NAME}} anywhere in the type must name one of its declared ports. */
    private static void portReferences(JsonWalker walker, JsonNode node, String path, Set<String> ports) {
        if (node.isTextual()) {
            Matcher reference = PORT_REFERENCE.matcher(node.textValue());
            while (reference.find()) {
                if (!ports.contains(reference.group(1))) {
                    walker.problem(path, "refers to ${port." + reference.group(1) + "}, which is not in ports");
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                portReferences(walker, node.get(i), path + "[" + i + "]", ports);
            }
        } else if (node.isObject() && !path.endsWith(".parameters") && !path.endsWith(".connectionSchema")) {
            node.fields().forEachRemaining(e -> portReferences(walker, e.getValue(), path + "." + e.getKey(), ports));
        }
    }
}
