package org.hyperedge.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.hyperedge.cli.input.InputFiles;
import org.hyperedge.master.Master;
import org.hyperedge.master.fleet.ModelSnapshot;

/** {@code export-model FILE}: the catalog and the fleet as the master's EMF models see them, in one XMI file. */
final class ModelCommands {

    private final Master master;
    private final PrintStream out;

    ModelCommands(Master master, PrintStream out) {
        this.master = master;
        this.out = out;
    }

    int export(List<String> args) {
        if (args.size() != 1 || args.get(0).startsWith("--")) {
            throw new UsageException("export-model takes one FILE to write the catalog and the fleet to");
        }
        Path file = InputFiles.output("export-model FILE", args.get(0));
        ModelSnapshot.save(master.catalogModel(), master.fleet(), file);
        int[] counts = master.fleet().read(fleet -> new int[] { fleet.getSites().size(),
                fleet.getSites().stream().mapToInt(site -> site.getNodes().size()).sum(), fleet.getTrees().size(),
                fleet.getTrees().stream().mapToInt(tree -> tree.getInstances().size()).sum() });
        int releases = master.catalogModel().read(catalog -> catalog.getReleases().size());
        out.printf("wrote %s: %d releases; %d sites, %d nodes, %d instance trees, %d instances%n", file, releases,
                counts[0], counts[1], counts[2], counts[3]);
        return Main.OK;
    }
}
