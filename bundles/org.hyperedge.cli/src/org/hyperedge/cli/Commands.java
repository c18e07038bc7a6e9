package org.hyperedge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.allocation.Placement;
import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.master.request.RequestedState;
import org.hyperedge.master.store.Database;
import org.hyperedge.protocol.release.InvalidDescriptorException;
import org.hyperedge.protocol.release.ReleaseDescriptor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The commands, each printing to {@code out} and explaining refusals on {@code err}. */
final class Commands {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final PrintStream err;
    private final CatalogStore catalog;
    private final RequestService requests;
    private final Database database;

    Commands(Database database, PrintStream out, PrintStream err) {
        this.database = database;
        this.out = out;
        this.err = err;
        this.catalog = new CatalogStore(database);
        this.requests = new RequestService(database, catalog);
        if (catalog.list().isEmpty()) {
            try {
                catalog.importBuiltIn();
            } catch (InvalidDescriptorException e) {
                throw new IllegalStateException("the built-in catalog is invalid: " + e.getMessage(), e);
            }
        }
    }

    CompositeCommands composites() {
        return new CompositeCommands(requests, catalog, out, err);
    }

    int catalog(List<String> args) {
        Arguments.parse(args, List.of(), List.of());
        Table table = new Table("RELEASE", "VERSION", "TYPES", "NAME");
        for (CatalogStore.Entry entry : catalog.list()) {
            ReleaseDescriptor release = catalog.find(entry.id()).orElseThrow();
            table.add(entry.id(), entry.version(), String.join(",", release.types().keySet()), entry.name());
        }
        table.print(out);
        return Main.OK;
    }

    int request(List<String> args) {
        Arguments parsed = Arguments.parse(args, List.of("type", "param", "params-file", "node", "state"),
                List.of("shared", "dry-run"));
        if (parsed.positional().size() != 2) {
            throw new UsageException("request needs RELEASE and TITLE");
        }
        Request request = new Request(parsed.positional().get(1), parsed.positional().get(0),
                parsed.option("type") == null ? "default" : parsed.option("type"), parameters(parsed),
                parsed.pairs("node"), parsed.option("state") == null ? RequestedState.STARTED
                        : RequestedState.parse(parsed.option("state")),
                parsed.flag("shared"), null);
        try {
            if (parsed.flag("dry-run")) {
                Placement plan = requests.dryRun(request);
                out.println(plan.placed() ? "would place '" + request.title() + "' on node " + plan.nodeId()
                        + ", partition " + plan.partition() + " (ports " + plan.firstPort() + "-" + plan.lastPort() + ")"
                        : "would wait: " + plan.pendingReason());
                return Main.OK;
            }
            InstanceRecord instance = requests.request(request);
            out.println("requested '" + instance.title() + "' (instance " + instance.id() + ", tree " + instance.treeId()
                    + "): " + (instance.placed() ? "on node " + instance.nodeId() + ", partition " + instance.partition()
                            : "pending: " + instance.pendingReason()));
            return Main.OK;
        } catch (RequestRefused refused) {
            err.println("hyperedge: " + refused.getMessage());
            return Main.REFUSED;
        }
    }

    int status(List<String> args) {
        Arguments parsed = Arguments.parse(args, List.of(), List.of());
        String tree = parsed.positional().isEmpty() ? null : parsed.positional().get(0);
        Table table = new Table("TITLE", "RELEASE", "TYPE", "NODE", "REQUESTED", "REPORTED", "HEALTH", "URL");
        List<InstanceRecord> instances = requests.all();
        Map<Long, String> rootTitles = new HashMap<>();
        instances.stream().filter(i -> i.parentId() == null).forEach(i -> rootTitles.put(i.treeId(), i.title()));
        // a composite's tree is named apart from its root service
        Long named = tree == null ? null : new org.hyperedge.master.request.InstanceTrees(requests).find(tree).orElse(null);
        List<InstanceRecord> shown = new java.util.ArrayList<>();
        for (InstanceRecord instance : instances) {
            if (tree != null && !tree.equals(String.valueOf(instance.treeId()))
                    && !tree.equals(rootTitles.get(instance.treeId())) && !Long.valueOf(instance.treeId()).equals(named)) {
                continue;
            }
            String node = !instance.placed() ? "(" + instance.pendingReason() + ")"
                    : instance.nodeId() + "/" + instance.partition() + (instance.hostId() == null ? "" : " (shared)");
            table.add((instance.parentId() == null ? "" : "  ") + instance.title(), instance.releaseId(),
                    instance.softwareType(), node, instance.requestedState().sql(), instance.reportedState(),
                    health(instance), url(instance));
            shown.add(instance);
        }
        table.print(out);
        ExitCauses.print(new org.hyperedge.master.monitoring.ProcessExits(database), shown, out);
        return Main.OK;
    }

    private static String health(InstanceRecord instance) {
        if (instance.connectionParameters() == null || !"started".equals(instance.reportedState())) {
            return null;
        }
        return instance.healthy() ? "ok" : "failing";
    }

    /** The first connection parameter that looks like a URL (what an operator copies first). */
    private static String url(InstanceRecord instance) {
        if (instance.connectionParameters() == null) {
            return null;
        }
        try {
            JsonNode connection = JSON.readTree(instance.connectionParameters());
            for (JsonNode value : connection) {
                if (value.asText().contains("://")) {
                    return value.asText();
                }
            }
            return null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static ObjectNode parameters(Arguments parsed) {
        ObjectNode parameters = JSON.createObjectNode();
        String file = parsed.option("params-file");
        if (file != null) {
            try {
                JsonNode read = JSON.readTree(Files.readString(Path.of(file)));
                if (!(read instanceof ObjectNode object)) {
                    throw new UsageException("--params-file " + file + " does not hold a JSON object");
                }
                parameters.setAll(object);
            } catch (IOException e) {
                throw new UsageException("--params-file " + file + ": " + e.getMessage());
            }
        }
        for (Map.Entry<String, String> pair : parsed.pairs("param").entrySet()) {
            parameters.set(pair.getKey(), scalar(pair.getValue()));
        }
        return parameters;
    }

    /** {@code 42}, {@code true} and {@code null} keep their JSON type; anything else is a string. */
    private static JsonNode scalar(String text) {
        try {
            JsonNode value = JSON.readTree(text);
            if (value != null && (value.isNumber() || value.isBoolean() || value.isNull())) {
                return value;
            }
        } catch (JsonProcessingException e) {
            // not JSON: a plain string
        }
        return JSON.getNodeFactory().textNode(text);
    }
}
