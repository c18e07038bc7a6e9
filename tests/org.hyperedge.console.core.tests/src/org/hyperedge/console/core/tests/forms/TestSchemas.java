package org.hyperedge.console.core.tests.forms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hyperedge.console.core.forms.FormBuilder;
import org.hyperedge.console.core.forms.FormField;
import org.hyperedge.console.core.forms.SchemaSource;

/** The test schemas beside this class, as text, as JSON, as files in a directory, and as forms. */
public final class TestSchemas {

    /** Single quotes allowed, so schemas written in a test read without escaping. */
    public static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.core.JsonParser.Feature.ALLOW_SINGLE_QUOTES, true);
    /** The KVM-like schema and the sibling files it refers to. */
    public static final String[] KVM = { "kvm-instance-input.schema.json", "kvm-frontend.schema.json",
            "kvm-common.schema.json", "disk.schema.json" };

    private TestSchemas() {
    }

    public static String text(String name) {
        try (InputStream in = TestSchemas.class.getResourceAsStream("schemas/" + name)) {
            if (in == null) {
                throw new AssertionError("no test schema " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** Copies the named schemas into the directory, so references between them resolve as files. */
    public static Path copy(Path directory, String... names) throws IOException {
        for (String name : names) {
            Files.writeString(directory.resolve(name), text(name));
        }
        return directory.resolve(names[0]);
    }

    /**
     * The KVM-like schema as a catalog holds it: one document, its sibling files embedded under {@code $defs}
     * with their file names as {@code $id}, so the same references resolve without files.
     */
    public static ObjectNode bundledKvm() {
        ObjectNode root = json(text(KVM[0]));
        ObjectNode definitions = (ObjectNode) root.get("$defs");
        for (int i = 1; i < KVM.length; i++) {
            ObjectNode sibling = json(text(KVM[i]));
            sibling.put("$id", KVM[i]);
            definitions.set("file " + KVM[i], sibling);
        }
        return root;
    }

    /** A release whose only software type takes the bundled KVM-like schema. */
    public static String kvmRelease() {
        ObjectNode release = json("{'id':'test:kvm','name':'KVM virtual machine','version':'7.0',"
                + "'description':'A virtual machine run by QEMU/KVM in a partition.','types':{'default':{"
                + "'description':'One virtual machine with its disks, network and VNC console.',"
                + "'ports':['vnc'],'processes':[{'name':'qemu','command':['true']}]}}}");
        ((ObjectNode) release.get("types").get("default")).set("parameters", bundledKvm());
        return release.toString();
    }

    /** A release {@code test:ID} whose only software type, {@code default}, takes the named test schema. */
    public static String release(String id, String name, String schemaFile) {
        ObjectNode release = json("{'id':'test:" + id + "','name':'" + name + "','version':'1.0','types':{'default':{"
                + "'ports':[],'processes':[{'name':'main','command':['true']}]}}}");
        ((ObjectNode) release.get("types").get("default")).set("parameters", json(text(schemaFile)));
        return release.toString();
    }

    /** The form of an inline schema written in the test. */
    public static FormField form(String schema) {
        return FormBuilder.build(SchemaSource.inline(json(schema)));
    }
}
