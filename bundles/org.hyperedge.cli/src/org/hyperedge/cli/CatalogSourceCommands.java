package org.hyperedge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.hyperedge.cli.input.InputFiles;
import org.hyperedge.cli.input.InputRefused;
import org.hyperedge.cli.input.Text;
import org.hyperedge.connector.MasterSite;
import org.hyperedge.master.Master;
import org.hyperedge.master.catalog.CatalogIndex;
import org.hyperedge.master.catalog.CatalogLocation;
import org.hyperedge.master.catalog.CatalogPublisher;
import org.hyperedge.master.catalog.CatalogSourceException;
import org.hyperedge.master.catalog.CatalogSources;
import org.hyperedge.master.catalog.CatalogUpdate;
import org.hyperedge.master.catalog.DirectoryCatalog;
import org.hyperedge.master.catalog.HttpsCatalog;
import org.hyperedge.master.catalog.SiteBundleCatalog;
import org.hyperedge.master.site.Trust;
import org.hyperedge.protocol.release.InvalidDescriptorException;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.protocol.tls.Fingerprints;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * The catalog to subscribe to: {@code catalog publish} signs a catalog index of a directory of releases;
 * {@code catalog add-source}, {@code catalog sources} and {@code catalog update} subscribe a master to such
 * indexes, trusting each by its publisher's fingerprint, and bring their new releases in.
 */
final class CatalogSourceCommands {

    static final List<String> SUBCOMMANDS = List.of("publish", "add-source", "sources", "update");
    private static final Pattern SOURCE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final String SOURCE_NAME_WORDS = "a source name (letters, digits, '.', '_', '-', at most 64)";

    private final Master master;
    private final Path data;
    private final PrintStream out;
    private final PrintStream err;

    CatalogSourceCommands(Master master, Path data, PrintStream out, PrintStream err) {
        this.master = master;
        this.data = data;
        this.out = out;
        this.err = err;
    }

    /** True when {@code args} start with one of these subcommands of {@code catalog}. */
    static boolean handles(List<String> args) {
        return !args.isEmpty() && SUBCOMMANDS.contains(args.get(0));
    }

    int run(List<String> args) throws IOException {
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "publish" -> publish(rest);
                case "add-source" -> addSource(rest);
                case "sources" -> sources(rest);
                default -> update(rest);
            };
        } catch (CatalogSourceException refused) {
            err.println("hyperedge: " + refused.getMessage() + "; nothing was changed");
            return Main.REFUSED;
        }
    }

    /** {@code catalog publish DIR --out INDEX-DIR [--key KEY-DIR] [--artifacts DIR]}. */
    private int publish(List<String> args) throws IOException {
        Arguments parsed = Arguments.parse(args, List.of("out", "key", "artifacts"), List.of());
        if (parsed.positional().size() != 1 || parsed.option("out") == null) {
            throw new UsageException("catalog publish needs DIR (the releases) and --out INDEX-DIR");
        }
        Path releases = InputFiles.path("catalog publish", parsed.positional().get(0));
        Path index = InputFiles.path("--out", parsed.option("out"));
        Path artifacts = parsed.option("artifacts") == null ? null : InputFiles.path("--artifacts", parsed.option("artifacts"));
        if (artifacts != null && !java.nio.file.Files.isDirectory(artifacts)) {
            throw new InputRefused("--artifacts " + Text.quote(parsed.option("artifacts")) + " is not a directory; give the "
                    + "directory holding the releases' artifact files");
        }
        TlsIdentity publisher = parsed.option("key") == null ? MasterSite.identity(data)
                : TlsIdentity.loadOrCreate(InputFiles.path("--key", parsed.option("key")), "hyperedge-catalog-publisher");
        try {
            CatalogIndex published = CatalogPublisher.publish(releases, artifacts, index, publisher);
            published.releases().forEach(entry -> out.println("published " + entry.id() + " " + entry.version()));
            published.artifacts().forEach(artifact -> out.println("published artifact " + artifact.file() + " ("
                    + artifact.size() + " bytes)"));
            out.println(published.releases().size() + " releases in " + index.resolve(CatalogIndex.FILE) + ", signed by "
                    + Fingerprints.shortForm(published.publisher()));
            out.println("publisher fingerprint: " + published.publisher());
            out.println("to subscribe: ./hyperedge catalog add-source " + index + " --trust " + published.publisher());
            return Main.OK;
        } catch (InvalidDescriptorException refused) {
            err.println("hyperedge: nothing is published; " + refused.source() + " has " + refused.problems().size()
                    + (refused.problems().size() == 1 ? " problem:" : " problems:"));
            refused.problems().forEach(problem -> err.println("  " + problem));
            return Main.REFUSED;
        }
    }

    /**
     * {@code catalog add-source DIR|https://URL|BUNDLE --trust FINGERPRINT [--name NAME]}: checked now, recorded only
     * when it verifies.
     */
    private int addSource(List<String> args) throws CatalogSourceException {
        Arguments parsed = Arguments.parse(args, List.of("trust", "name"), List.of());
        if (parsed.positional().size() != 1 || parsed.option("trust") == null) {
            throw new UsageException("catalog add-source needs DIR, https://URL or a site BUNDLE, and --trust FINGERPRINT (the "
                    + "publisher's, as 'catalog publish' printed it, or the bundle's signer's)");
        }
        String given = parsed.positional().get(0);
        if (given.toLowerCase(Locale.ROOT).startsWith("http://")) {
            throw new InputRefused("catalog add-source " + Text.quote(given) + ": plain http is refused; what is imported "
                    + "would be as safe (the publisher's signature decides), but anyone on the way would see which catalog "
                    + "this master reads; serve it over https:// (a self-signed server certificate is fine)");
        }
        CatalogLocation location;
        String defaultName;
        if (CatalogLocation.isHttps(given)) {
            location = HttpsCatalog.of(given);
            defaultName = lastSegment(given);
        } else {
            Path directory = InputFiles.path("catalog add-source", given).toAbsolutePath().normalize();
            boolean bundle = java.nio.file.Files.isRegularFile(directory);
            // a file is a site bundle ('site export'): the field engineer's catalog when there is no index to reach
            location = bundle ? new SiteBundleCatalog(directory) : new DirectoryCatalog(directory);
            defaultName = String.valueOf(directory.getFileName());
            if (bundle && defaultName.lastIndexOf('.') > 0) {
                defaultName = defaultName.substring(0, defaultName.lastIndexOf('.'));
            }
        }
        String name = Text.name("--name", parsed.option("name") != null ? parsed.option("name") : defaultName, 64,
                SOURCE_NAME, SOURCE_NAME_WORDS);
        Trust trust;
        try {
            trust = Trust.of(parsed.option("trust"));
        } catch (IllegalArgumentException e) {
            throw new InputRefused("--trust: " + e.getMessage());
        }
        String fingerprint = parsed.option("trust").replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT);
        CatalogSources.Source added = master.catalog().subscriptions().add(name, location, trust, fingerprint);
        out.println("added catalog source " + added.name() + ": " + added.location() + ", trusting publisher " + trust);
        out.println("bring its releases in: ./hyperedge catalog update " + added.name());
        return Main.OK;
    }

    /** A URL's last path segment (or its host), the source's name unless --name gives one. */
    private static String lastSegment(String url) {
        String path = java.net.URI.create(url).getPath();
        String[] segments = path == null ? new String[0] : path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isEmpty()) {
                return segments[i];
            }
        }
        return java.net.URI.create(url).getHost();
    }

    private int sources(List<String> args) {
        if (!args.isEmpty()) {
            throw new UsageException("catalog sources takes no arguments");
        }
        Table table = new Table("SOURCE", "LOCATION", "TRUSTED PUBLISHER", "UPDATED", "INDEX PUBLISHED");
        for (CatalogSources.Source source : master.catalog().sources().list()) {
            table.add(source.name(), source.location(), source.trustedFingerprint(),
                    source.updatedAt() == null ? "never" : source.updatedAt().toString(),
                    source.indexPublishedAt() == null ? "-" : source.indexPublishedAt().toString());
        }
        table.print(out);
        return Main.OK;
    }

    /** {@code catalog update [NAME]}: every source, or the one named. */
    private int update(List<String> args) throws CatalogSourceException, IOException {
        Arguments parsed = Arguments.parse(args, List.of(), List.of());
        if (parsed.positional().size() > 1) {
            throw new UsageException("catalog update takes at most one source NAME");
        }
        CatalogUpdate subscriptions = master.catalog().subscriptions(MasterSite.artifacts(data));
        List<CatalogUpdate.Result> results = parsed.positional().isEmpty() ? subscriptions.updateAll()
                : List.of(subscriptions.update(Text.name("NAME", parsed.positional().get(0), 64)));
        if (results.isEmpty()) {
            out.println("no catalog source to update (catalog add-source DIR|https://URL --trust FINGERPRINT)");
        }
        for (CatalogUpdate.Result result : results) {
            for (ReleaseDescriptor release : result.added()) {
                out.println("added " + release.id() + " (" + release.name() + " " + release.version() + ") from "
                        + result.source());
            }
            out.println(result.source() + ": " + result.added().size() + " added, " + result.unchanged().size()
                    + " already in the catalog (unchanged)" + (result.artifacts() == 0 ? ""
                            : "; " + result.artifacts() + " artifacts fetched into the software cache"));
        }
        return Main.OK;
    }
}
