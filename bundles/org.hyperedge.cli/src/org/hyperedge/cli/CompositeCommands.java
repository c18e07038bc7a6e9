package org.hyperedge.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.hyperedge.cli.input.InputFiles;
import org.hyperedge.cli.input.InputRefused;
import org.hyperedge.cli.input.Text;
import org.hyperedge.master.allocation.Placement;
import org.hyperedge.master.composite.CompositeOrder;
import org.hyperedge.master.composite.CompositeRequests;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.model.CompositeService;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.model.resource.ModelResources;

/** {@code plan} and {@code request-composite}: a composite service file previewed, or ordered as one instance tree. */
final class CompositeCommands {

    private final PrintStream out;
    private final PrintStream err;
    private final CompositeRequests composites;

    CompositeCommands(CompositeRequests composites, PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.composites = composites;
    }

    /** {@code plan FILE.composite}: the dry run only. */
    int plan(List<String> args) {
        Arguments parsed = Arguments.parse(args, List.of("name"), List.of());
        if (parsed.positional().size() != 1) {
            throw new UsageException("plan needs a composite file (*.composite)");
        }
        String tree = parsed.option("name") == null ? null : treeName(parsed.option("name"));
        return dryRun(load(parsed.positional().get(0)), tree);
    }

    /** {@code request-composite FILE.composite [--name TREE] [--dry-run]}. */
    int request(List<String> args) {
        Arguments parsed = Arguments.parse(args, List.of("name"), List.of("dry-run"));
        if (parsed.positional().size() != 1) {
            throw new UsageException("request-composite needs a composite file (*.composite)");
        }
        String file = parsed.positional().get(0);
        String tree = treeName(parsed.option("name") != null ? parsed.option("name") : defaultName(file));
        CompositeService composite = load(file);
        if (parsed.flag("dry-run")) {
            return dryRun(composite, tree);
        }
        try {
            CompositeOrder order = composites.request(composite, tree);
            Table table = new Table("SERVICE", "INSTANCE", "RELEASE", "NODE", "PARTITION", "WAITS");
            for (InstanceRecord instance : order.instances().values()) {
                table.add(instance.title(), String.valueOf(instance.id()), instance.releaseId(), instance.nodeId(),
                        instance.partition(), instance.placed() ? null : instance.pendingReason());
            }
            table.print(out);
            out.println("requested '" + composite.getName() + "' as tree '" + tree + "' (tree " + order.treeId()
                    + "); linked services wait for their sources (./hyperedge status " + quoted(tree) + ")");
            return Main.OK;
        } catch (RequestRefused refused) {
            return refused(composite, refused);
        }
    }

    private int dryRun(CompositeService composite, String tree) {
        try {
            List<Placement> plan = tree == null ? composites.dryRun(composite) : composites.dryRun(composite, tree);
            Table table = new Table("SERVICE", "RELEASE", "NODE", "PARTITION", "PORTS", "WAITS");
            for (int i = 0; i < plan.size(); i++) {
                ServiceNode node = composite.getNodes().get(i);
                Placement placement = plan.get(i);
                table.add(node.getTitle(), node.getReleaseId(), placement.nodeId(), placement.partition(),
                        placement.placed() ? placement.firstPort() + "-" + placement.lastPort() : null,
                        placement.pendingReason());
            }
            table.print(out);
            out.println("Dry run of '" + composite.getName() + "': nothing was ordered.");
            return Main.OK;
        } catch (RequestRefused refused) {
            return refused(composite, refused);
        }
    }

    private int refused(CompositeService composite, RequestRefused refused) {
        err.println("hyperedge: composite '" + composite.getName() + "' refused, nothing was ordered:");
        refused.reasons().forEach(reason -> err.println("  " + reason));
        return Main.REFUSED;
    }

    /** A composite file: its size is bounded before it is read, its services after. */
    static CompositeService load(String file) {
        Path path = InputFiles.existing("composite file", file, Limits.COMPOSITE_FILE_BYTES);
        CompositeService composite = ModelResources.loadComposite(path);
        if (composite.getNodes().size() > Limits.COMPOSITE_SERVICES) {
            throw new InputRefused("composite file " + file + " has " + composite.getNodes().size() + " services, more than "
                    + Limits.COMPOSITE_SERVICES + " (the largest instance tree)");
        }
        return composite;
    }

    /** The name of an instance tree: a name without a path separator, as instance titles. */
    private static String treeName(String name) {
        return Text.plainName("tree name (--name)", name, Limits.NAME);
    }

    /** The file's name without its extension: {@code factory-in-a-box.composite} is tree {@code factory-in-a-box}. */
    private static String defaultName(String file) {
        String name = Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String quoted(String tree) {
        return tree.matches("[A-Za-z0-9_.-]+") ? tree : "'" + tree + "'";
    }
}
