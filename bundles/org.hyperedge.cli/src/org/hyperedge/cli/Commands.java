package org.hyperedge.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hyperedge.cli.input.InputRefused;
import org.hyperedge.cli.input.Text;
import org.hyperedge.master.allocation.Placement;
import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.model.RequestedState;
import org.hyperedge.master.request.RequestedStates;
import org.hyperedge.master.Master;
import org.hyperedge.protocol.release.InvalidDescriptorException;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.protocol.seal.SealedValue;
import org.hyperedge.protocol.seal.Unsealer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The commands, each printing to {@code out} and explaining refusals on {@code err}. */
final class Commands {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final PrintStream err;
    private final CatalogStore catalog;
    private final RequestService requests;
    private final Master master;

    Commands(Master master, PrintStream out, PrintStream err) {
        this.master = master;
        this.out = out;
        this.err = err;
        this.catalog = master.catalog();
        this.requests = master.requests();
        if (catalog.list().isEmpty()) {
            try {
                catalog.importBuiltIn();
            } catch (InvalidDescriptorException e) {
                throw new IllegalStateException("the built-in catalog is invalid: " + e.getMessage(), e);
            }
        }
    }

    CompositeCommands composites() {
        return new CompositeCommands(master.composites(), out, err);
    }

    int catalog(List<String> args) {
        List<String> positional = Arguments.parse(args, List.of(), List.of()).positional();
        if (!positional.isEmpty() && positional.get(0).equals("import")) {
            return importRelease(positional.subList(1, positional.size()));
        }
        if (!positional.isEmpty()) {
            throw new UsageException("catalog takes no arguments, or: catalog import FILE|DIR, catalog publish, "
                    + "catalog add-source, catalog sources, catalog update");
        }
        Table table = new Table("RELEASE", "VERSION", "TYPES", "SOURCE", "NAME");
        Map<String, String> origins = catalog.origins();
        for (CatalogStore.ReleaseSummary entry : catalog.list()) {
            ReleaseDescriptor release = catalog.find(entry.id()).orElseThrow();
            table.add(entry.id(), entry.version(), String.join(",", release.types().keySet()),
                    origins.getOrDefault(entry.id(), "-"), entry.name());
        }
        table.print(out);
        return Main.OK;
    }

    /** {@code catalog import FILE|DIR}: a release descriptor, or a release directory with its schema files. */
    private int importRelease(List<String> args) {
        if (args.size() != 1) {
            throw new UsageException("catalog import needs one FILE (a release descriptor) or DIR (a release directory)");
        }
        java.nio.file.Path path = org.hyperedge.cli.input.InputFiles.path("catalog import", args.get(0));
        if (!java.nio.file.Files.exists(path)) {
            throw new org.hyperedge.cli.input.InputRefused("catalog import: " + path + " does not exist; give a release "
                    + "descriptor (.json) or a release directory (holding release.json)");
        }
        try {
            ReleaseDescriptor release = catalog.importRelease(path);
            out.println("imported " + release.id() + " (" + release.name() + " " + release.version() + "), types: "
                    + String.join(", ", release.types().keySet()));
            return Main.OK;
        } catch (InvalidDescriptorException refused) {
            err.println("hyperedge: " + refused.source() + " is not imported; " + refused.problems().size()
                    + (refused.problems().size() == 1 ? " problem:" : " problems:"));
            refused.problems().forEach(problem -> err.println("  " + problem));
            return Main.REFUSED;
        }
    }

    int request(List<String> args) {
        Arguments parsed = Arguments.parse(args, List.of("type", "param", "params-file", "node", "state"),
                List.of("shared", "dry-run"));
        if (parsed.positional().size() != 2) {
            throw new UsageException("request needs RELEASE and TITLE");
        }
        String release = Text.name("RELEASE", parsed.positional().get(0), Limits.NAME);
        String title = Text.plainName("TITLE", parsed.positional().get(1), Limits.NAME);
        String type = parsed.option("type") == null ? "default" : Text.name("--type", parsed.option("type"), Limits.SHORT_NAME);
        RequestedState state = parsed.option("state") == null ? RequestedState.STARTED
                : RequestedStates.parse(parsed.option("state"));
        Request request = new Request(title, release, type, RequestParameters.read(parsed), Sla.read(parsed), state,
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

    /** Every instance; a sealed value shows as {@code (sealed)} unless {@code unsealer} holds a key it was sealed to. */
    int status(List<String> args, Unsealer unsealer) {
        Arguments parsed = Arguments.parse(args, List.of(), List.of());
        if (parsed.positional().size() > 1) {
            throw new UsageException("status takes at most one TREE");
        }
        String tree = parsed.positional().isEmpty() ? null : Text.name("TREE", parsed.positional().get(0), Limits.NAME);
        Table table = new Table("TITLE", "RELEASE", "VERSION", "TYPE", "NODE", "REQUESTED", "REPORTED", "HEALTH", "URL");
        List<InstanceRecord> instances = requests.all();
        // two versions of one release may run side by side, and an upgrade changes an instance's: show which
        Map<String, String> versions = new HashMap<>();
        catalog.list().forEach(release -> versions.put(release.id(), release.version()));
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
            String node = where(instance);
            table.add((instance.parentId() == null ? "" : "  ") + instance.title(), instance.releaseId(),
                    versions.get(instance.releaseId()), instance.softwareType(), node, instance.requestedState().getLiteral(), instance.reportedState(),
                    health(instance), url(instance, unsealer));
            shown.add(instance);
        }
        if (tree != null && shown.isEmpty()) {
            throw new InputRefused("no instance tree " + Text.quote(tree) + " (give a tree's name, its root's title or its id; "
                    + "./hyperedge status lists every instance)");
        }
        table.print(out);
        ExitCauses.print(master.processExits(), shown, out);
        if (!unsealer.hasKey() && instances.stream().anyMatch(i -> i.connectionParameters() != null
                && i.connectionParameters().contains(SealedValue.PREFIX))) {
            err.println("hyperedge: " + SealedValue.SHOWN + " values open with your operator key (--operator-key FILE; "
                    + "./hyperedge operators enroll makes one and adds it)");
        }
        return Main.OK;
    }

    /** Node and partition, why it waits, or "-" once destroyed (its partition given back, nothing to wait for). */
    static String where(InstanceRecord instance) {
        if (instance.placed()) {
            return instance.nodeId() + "/" + instance.partition() + (instance.hostId() == null ? "" : " (shared)");
        }
        return instance.pendingReason() == null ? "-" : "(" + instance.pendingReason() + ")";
    }

    private static String health(InstanceRecord instance) {
        if (instance.connectionParameters() == null || !"started".equals(instance.reportedState())) {
            return null;
        }
        return instance.healthy() ? "ok" : "failing";
    }

    /**
     * The first connection parameter that looks like a URL (what an operator copies first), opened if sealed and
     * the key is at hand; {@code (sealed)} if the only candidates are sealed and cannot be opened here.
     */
    private static String url(InstanceRecord instance, Unsealer unsealer) {
        if (instance.connectionParameters() == null) {
            return null;
        }
        try {
            JsonNode connection = JSON.readTree(instance.connectionParameters());
            String sealed = null;
            for (JsonNode value : connection) {
                String shown = unsealer.shown(value.asText());
                if (shown.contains("://")) {
                    return shown;
                }
                if (SealedValue.isSealed(value.asText()) && SealedValue.SHOWN.equals(shown)) {
                    sealed = shown;
                }
            }
            return sealed;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
