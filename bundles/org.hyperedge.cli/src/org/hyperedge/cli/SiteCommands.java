package org.hyperedge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hyperedge.cli.input.Addresses;
import org.hyperedge.cli.input.InputFiles;
import org.hyperedge.cli.input.InputRefused;
import org.hyperedge.cli.input.Text;
import org.hyperedge.connector.Connector;
import org.hyperedge.connector.MasterSite;
import org.hyperedge.connector.SiteSetup;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.site.BundleManifest;
import org.hyperedge.master.site.CertificateFiles;
import org.hyperedge.master.site.CompositeXmi;
import org.hyperedge.master.site.SiteBundleException;
import org.hyperedge.master.site.SiteExport;
import org.hyperedge.master.site.SiteProgress;
import org.hyperedge.master.site.SiteSummary;
import org.hyperedge.master.site.Trust;
import org.hyperedge.master.site.VerifiedBundle;
import org.hyperedge.master.Master;
import org.hyperedge.model.CompositeService;
import org.hyperedge.protocol.tls.Fingerprints;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * {@code site export | import | return | import-return | info}: offline sites. The office exports a signed
 * site bundle; the site's empty master imports it (trusting the office master by fingerprint), adopts the
 * site's machines and provisions the plan; later the site returns its records in a bundle it signs, and the
 * office imports them (trusting the site master by fingerprint).
 */
final class SiteCommands {

    private final Master master;
    private final Path data;
    private final PrintStream out;
    private final PrintStream err;

    SiteCommands(Master master, Path data, PrintStream out, PrintStream err) {
        this.master = master;
        this.data = data;
        this.out = out;
        this.err = err;
    }

    int site(List<String> args) throws IOException {
        if (args.isEmpty()) {
            throw new UsageException("site needs a subcommand: export, import, return, import-return, info, identity");
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "export" -> export(rest);
                case "import" -> importSite(rest);
                case "return" -> exportReturn(rest);
                case "import-return" -> importReturn(rest);
                case "info" -> info(rest);
                case "identity" -> identity(rest);
                default -> throw new UsageException("unknown site subcommand " + Text.quote(args.get(0)));
            };
        } catch (SiteBundleException e) {
            err.println("hyperedge: refused, nothing imported: " + e.getMessage());
            return Main.REFUSED;
        } catch (RequestRefused e) {
            err.println("hyperedge: " + e.getMessage());
            return Main.REFUSED;
        }
    }

    private int export(List<String> args) throws IOException, SiteBundleException {
        Arguments parsed = Arguments.parse(args, List.of("composite", "out", "pair", "site", "site-master", "agent-package"),
                List.of());
        if (parsed.all("composite").isEmpty() || parsed.option("out") == null || !parsed.positional().isEmpty()) {
            throw new UsageException("site export needs --composite NAME|FILE and --out FILE");
        }
        List<CompositeService> composites = new ArrayList<>();
        for (String name : parsed.all("composite")) {
            composites.add(composite(name));
        }
        List<SiteExport.Pairing> pairings = new ArrayList<>();
        for (String pair : parsed.all("pair")) {
            int equals = pair.indexOf('=');
            Addresses.hostPort("--pair address", equals < 0 ? pair : pair.substring(0, equals));
            Text.name("--pair code", equals < 0 ? "" : pair.substring(equals + 1), 100);
            pairings.add(SiteExport.Pairing.parse(pair));
        }
        String siteName = parsed.option("site") != null ? Text.name("--site", parsed.option("site"), Limits.NAME)
                : CompositeXmi.treeName(composites.get(0));
        X509Certificate siteMaster = null;
        if (parsed.option("site-master") != null) {
            Path certificate = InputFiles.existing("--site-master", parsed.option("site-master"), 1 << 20);
            try {
                siteMaster = CertificateFiles.read(certificate);
            } catch (IOException e) {
                throw new InputRefused("--site-master " + certificate + " is not a site master's certificate ("
                        + e.getMessage() + "); give the file './hyperedge --data SITE-DIR site identity --out FILE' wrote");
            }
        } else if (!pairings.isEmpty()) {
            throw new UsageException("--pair needs --site-master FILE: pairing codes travel sealed to the site master's "
                    + "certificate, written by './hyperedge --data SITE-DIR site identity --out FILE'");
        }
        Path bundle = InputFiles.output("--out", parsed.option("out"));
        SiteExport export = master.siteExport(MasterSite.identity(data), MasterSite.artifacts(data));
        if (parsed.option("agent-package") != null) {
            try {
                export.withAgentPackage(InputFiles.path("--agent-package", parsed.option("agent-package")));
            } catch (IllegalArgumentException e) {
                throw new InputRefused("--agent-package: " + e.getMessage());
            }
        }
        SiteSummary summary = export.export(siteName, composites, pairings, siteMaster, bundle, progress());
        out.println(summary);
        out.println("signed by this master: " + Fingerprints.shortForm(summary.signer()) + " (" + summary.signer() + ")");
        out.println("at the site: ./hyperedge --data DIR site import " + parsed.option("out") + " --trust " + summary.signer());
        if (siteMaster != null) {
            out.println("pairing codes sealed to site master " + Fingerprints.shortForm(Fingerprints.sha256(siteMaster))
                    + ": only it can read them");
        }
        return Main.OK;
    }

    /** This master's fingerprint, and its certificate for the office to seal a site's pairing codes to. */
    private int identity(List<String> args) throws IOException {
        Arguments parsed = Arguments.parse(args, List.of("out"), List.of());
        if (!parsed.positional().isEmpty()) {
            throw new UsageException("site identity takes only --out FILE");
        }
        TlsIdentity identity = MasterSite.identity(data);
        out.println("this master: " + Fingerprints.shortForm(identity.fingerprint()) + " (" + identity.fingerprint() + ")");
        if (parsed.option("out") != null) {
            CertificateFiles.write(Path.of(parsed.option("out")), identity.certificate());
            out.println("certificate written to " + parsed.option("out") + ": at the office, site export --site-master "
                    + parsed.option("out") + " seals the site machines' pairing codes to this master");
        }
        return Main.OK;
    }

    /** A composite file, or a built-in example by name ({@code factory-in-a-box}). */
    private static CompositeService composite(String name) {
        Path file = InputFiles.path("--composite", name);
        if (Files.isRegularFile(file)) {
            return CompositeCommands.load(name);
        }
        return CompositeXmi.builtIn(name).orElseThrow(() -> new IllegalArgumentException("no composite '" + name
                + "': neither a .composite file nor a built-in example (factory-in-a-box, web-and-database)"));
    }

    private int importSite(List<String> args) throws IOException, SiteBundleException, RequestRefused {
        Arguments parsed = Arguments.parse(args, List.of("trust"), List.of("no-setup"));
        if (parsed.positional().size() != 1 || parsed.option("trust") == null) {
            throw new UsageException("site import needs FILE --trust FINGERPRINT (no trusted fingerprint given)");
        }
        Trust trust = Trust.of(parsed.option("trust"));
        SiteSummary imported = master.siteImport(MasterSite.artifacts(data)).keepAgentPackagesIn(data.resolve("packages")).importBundle(
                bundle(parsed.positional().get(0)), trust, progress());
        out.println(imported);
        out.println("signed by the trusted master " + Fingerprints.shortForm(imported.signer()) + " (" + imported.signer() + ")");
        if (parsed.flag("no-setup")) {
            return Main.OK;
        }
        try (Connector connector = MasterSite.connector(master, data, 4)) {
            SiteSummary setUp = SiteSetup.adoptAndProvision(connector, master, progress());
            out.println(setUp);
            out.println("the site master's fingerprint, for the office's import-return: " + connector.fingerprint());
            out.println("now keep ./hyperedge master (or the console) running: it installs from this master's cache");
            return setUp.conflicts().isEmpty() ? Main.OK : Main.REFUSED;
        }
    }

    private int exportReturn(List<String> args) throws IOException, SiteBundleException {
        Arguments parsed = Arguments.parse(args, List.of("out"), List.of());
        if (parsed.option("out") == null || !parsed.positional().isEmpty()) {
            throw new UsageException("site return needs --out FILE");
        }
        SiteSummary summary = master.returnExport(MasterSite.identity(data)).export(
                InputFiles.output("--out", parsed.option("out")), progress());
        out.println(summary);
        out.println("signed by this site master: " + Fingerprints.shortForm(summary.signer()) + " (" + summary.signer() + ")");
        return Main.OK;
    }

    private int importReturn(List<String> args) throws SiteBundleException {
        Arguments parsed = Arguments.parse(args, List.of("trust"), List.of());
        if (parsed.positional().size() != 1 || parsed.option("trust") == null) {
            throw new UsageException("site import-return needs FILE --trust FINGERPRINT (no trusted fingerprint given)");
        }
        SiteSummary summary = master.returnImport().importBundle(bundle(parsed.positional().get(0)),
                Trust.of(parsed.option("trust")), progress());
        out.println(summary);
        return summary.conflicts().isEmpty() ? Main.OK : Main.REFUSED;
    }

    private int info(List<String> args) throws SiteBundleException {
        Arguments parsed = Arguments.parse(args, List.of("trust"), List.of());
        if (parsed.positional().size() != 1) {
            throw new UsageException("site info needs FILE [--trust FINGERPRINT]");
        }
        Trust named = parsed.option("trust") == null ? null : Trust.of(parsed.option("trust"));
        try (VerifiedBundle bundle = VerifiedBundle.open(bundle(parsed.positional().get(0)), named, null, SiteProgress.NONE)) {
            BundleManifest manifest = bundle.manifest();
            out.println(manifest.kind() + " bundle " + manifest.bundleId() + " of site " + manifest.siteName() + " ("
                    + manifest.siteId() + "), made " + manifest.createdAt());
            out.println("signer: " + Fingerprints.shortForm(manifest.signer()) + " (" + manifest.signer() + ")");
            out.println("signed by master " + Fingerprints.shortForm(manifest.signer()) + ": the signature matches the "
                    + "manifest and every entry matches its sha256 and size");
            String trusted = named != null ? "named by --trust"
                    : master.siteRecords().trustReason(ownFingerprint(), manifest.signer()).orElse(null);
            out.println(trusted != null ? "trusted: " + trusted
                    : "NOT trusted by this master: anyone can sign a bundle with a key of their own; import it only with "
                            + "--trust and the fingerprint of the master you expect, compared with what that master shows");
            Map<String, long[]> parts = new TreeMap<>();
            for (BundleManifest.ListedFile entry : manifest.entries()) {
                int slash = entry.path().indexOf('/');
                long[] part = parts.computeIfAbsent(slash < 0 ? entry.path() : entry.path().substring(0, slash + 1),
                        k -> new long[2]);
                part[0]++;
                part[1] += entry.size();
            }
            Table table = new Table("CONTENT", "ENTRIES", "BYTES");
            parts.forEach((name, part) -> table.add(name, part[0], part[1]));
            table.print(out);
            if (manifest.kind().equals(BundleManifest.SITE)) {
                out.println("plan: " + new String(bundle.read("plan.json"), java.nio.charset.StandardCharsets.UTF_8)
                        .replaceAll("\\s+", " "));
            }
        }
        return Main.OK;
    }

    /** A bundle file to read: there, a file, and within the bound. */
    private static Path bundle(String file) {
        return InputFiles.existing("bundle", file, Limits.BUNDLE_FILE_BYTES);
    }

    /** This master's fingerprint, if it has a key yet (one that signed nothing is not made for the asking). */
    private String ownFingerprint() {
        return Files.isDirectory(data.resolve("master-identity")) ? MasterSite.identity(data).fingerprint() : null;
    }

    /** Progress on stderr: a line per new step, not per entry checked. */
    private SiteProgress progress() {
        String[] last = { "" };
        return (step, done, total) -> {
            String kind = step.split(" ")[0];
            if (!kind.equals(last[0])) {
                last[0] = kind;
                err.println("hyperedge: " + step + (total > 0 ? " (" + done + "/" + total + ")" : ""));
            }
        };
    }
}
