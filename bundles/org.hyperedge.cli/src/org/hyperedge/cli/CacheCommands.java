package org.hyperedge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hyperedge.cli.input.InputFiles;
import org.hyperedge.cli.input.InputRefused;
import org.hyperedge.connector.ArtifactCache;
import org.hyperedge.connector.MasterSite;

/**
 * {@code cache export DIR} and {@code cache import DIR}: the master's software cache as a directory of artifacts
 * named by their sha256, to keep beside a backup and rebuild a master and its nodes with no network.
 */
final class CacheCommands {

    private final Path data;
    private final PrintStream out;
    private final PrintStream err;

    CacheCommands(Path data, PrintStream out, PrintStream err) {
        this.data = data;
        this.out = out;
        this.err = err;
    }

    int cache(List<String> args) throws IOException {
        if (args.size() != 2 || !List.of("export", "import").contains(args.get(0))) {
            throw new UsageException("cache needs export DIR or import DIR");
        }
        Path directory = InputFiles.path("cache " + args.get(0), args.get(1));
        ArtifactCache cache = MasterSite.artifacts(data);
        if (args.get(0).equals("export")) {
            out.println("exported " + cache.exportTo(directory) + " artifacts to " + directory
                    + " (those already there were kept)");
            return Main.OK;
        }
        if (!Files.isDirectory(directory)) {
            throw new InputRefused("cache import " + directory + " is not a directory; give the directory 'cache export' wrote");
        }
        ArtifactCache.Imported imported = cache.importFrom(directory);
        out.println("imported " + imported.added() + " artifacts from " + directory + "; " + imported.held()
                + " were in the cache already");
        if (imported.refused().isEmpty()) {
            return Main.OK;
        }
        err.println("hyperedge: " + imported.refused().size() + " files refused, not in the cache:");
        imported.refused().forEach(reason -> err.println("  " + reason));
        return Main.REFUSED;
    }
}
