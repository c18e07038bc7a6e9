package org.hyperedge.protocol.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API hygiene of the shipping bundles, read from every {@code bundles/*}{@code /META-INF/MANIFEST.MF} of the
 * source tree: what a bundle exports is versioned, what it needs of ours is pinned to a minor version, and only the
 * master, which owns the database, depends on a database driver or pool.
 */
class BundleManifestsTest {

    private static final String OURS = "org.hyperedge.";

    /** Packages and bundles of JDBC drivers and connection pools: the master's business only. */
    private static final List<String> DATABASE = List.of("org.h2", "com.h2database", "org.postgresql", "com.zaxxer");

    private static final String MASTER = "org.hyperedge.master";

    /** The benchmarks' bundle: never shipped, so the one bundle that may hold a {@code bench} package. */
    private static final String BENCH = "org.hyperedge.bench";

    /** The bundles that ship: the console's feature, the agent's and the command line's jars. */
    private static final List<String> SHIPPING = List.of("org.hyperedge.cli", "org.hyperedge.agent", MASTER,
            "org.hyperedge.connector", "org.hyperedge.console.core", "org.hyperedge.ui", "org.hyperedge.ui.topology",
            "org.hyperedge.model", "org.hyperedge.protocol");

    /** A pinned range: both bounds given, e.g. {@code [0.1.0,0.2.0)}. */
    private static final Pattern PINNED = Pattern.compile("[\\[(]\\s*[0-9][0-9.]*\\s*,\\s*[0-9][0-9.]*\\s*[\\])]");

    private static final Map<String, Attributes> BUNDLES = new TreeMap<>();

    private static final Map<String, Path> DIRECTORIES = new TreeMap<>();

    @BeforeAll
    static void readManifests() throws IOException {
        Path bundles = sourceTree().resolve("bundles");
        try (Stream<Path> children = Files.list(bundles)) {
            for (Path bundle : children.filter(b -> Files.isRegularFile(b.resolve("META-INF/MANIFEST.MF"))).toList()) {
                try (InputStream in = Files.newInputStream(bundle.resolve("META-INF/MANIFEST.MF"))) {
                    Attributes main = new Manifest(in).getMainAttributes();
                    String name = clauses(main.getValue("Bundle-SymbolicName")).get(0).name();
                    BUNDLES.put(name, main);
                    DIRECTORIES.put(name, bundle);
                }
            }
        }
        assertTrue(BUNDLES.keySet().containsAll(List.of(MASTER, "org.hyperedge.agent", "org.hyperedge.connector",
                "org.hyperedge.protocol", "org.hyperedge.ui")), "the shipping bundles under " + bundles + ": "
                        + BUNDLES.keySet());
    }

    @Test
    void everyExportedPackageCarriesItsBundlesVersion() {
        List<String> wrong = new ArrayList<>();
        BUNDLES.forEach((bundle, manifest) -> {
            String version = release(manifest.getValue("Bundle-Version"));
            for (Clause export : clauses(manifest.getValue("Export-Package"))) {
                if (!version.equals(export.parameters().get("version"))) {
                    wrong.add(bundle + " exports " + export.name() + " with version "
                            + export.parameters().get("version") + ", not " + version);
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyExportedPackageExistsInItsBundle() {
        List<String> missing = new ArrayList<>();
        BUNDLES.forEach((bundle, manifest) -> {
            for (Clause export : clauses(manifest.getValue("Export-Package"))) {
                String directory = export.name().replace('.', '/');
                try (Stream<Path> roots = Files.list(DIRECTORIES.get(bundle))) {
                    if (roots.noneMatch(root -> Files.isDirectory(root.resolve(directory)))) {
                        missing.add(bundle + " exports " + export.name() + ", which has no source");
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void ourPackagesAndBundlesAreRequiredWithinAPinnedRangeNeverOpenEnded() {
        List<String> open = new ArrayList<>();
        BUNDLES.forEach((bundle, manifest) -> {
            for (Clause imported : clauses(manifest.getValue("Import-Package"))) {
                if (imported.name().startsWith(OURS) && !pinned(imported.parameters().get("version"))) {
                    open.add(bundle + " imports " + imported.name() + " with version "
                            + imported.parameters().get("version"));
                }
            }
            for (Clause required : clauses(manifest.getValue("Require-Bundle"))) {
                if (required.name().startsWith(OURS) && !pinned(required.parameters().get("bundle-version"))) {
                    open.add(bundle + " requires " + required.name() + " with bundle-version "
                            + required.parameters().get("bundle-version"));
                }
            }
        });
        assertEquals(List.of(), open);
    }

    @Test
    void onlyTheMasterAndTheBenchmarksDependOnADatabaseDriverOrPool() {
        Set<String> dependents = new TreeSet<>();
        BUNDLES.forEach((bundle, manifest) -> {
            for (String header : List.of("Import-Package", "Require-Bundle", "DynamicImport-Package")) {
                for (Clause clause : clauses(manifest.getValue(header))) {
                    if (DATABASE.stream().anyMatch(d -> clause.name().equals(d) || clause.name().startsWith(d + "."))) {
                        dependents.add(bundle + " (" + header + ": " + clause.name() + ")");
                    }
                }
            }
        });
        dependents.removeIf(d -> d.startsWith(MASTER + " "));
        // bench fleet makes its scratch database and reads PostgreSQL's commit counters itself; it ships in no product
        dependents.remove("org.hyperedge.bench (Require-Bundle: org.postgresql.jdbc)");
        assertEquals(Set.of(), dependents);
    }

    /** The agent's other exports are for its tests and the benchmarks ({@code x-friends}), never plain API. */
    @Test
    void theAgentOffersTheConsoleOnlyWhatStartsALocalAgentAndItsTestsTheRestAsFriends() {
        Set<String> api = new TreeSet<>();
        List<String> notForTests = new ArrayList<>();
        for (Clause export : clauses(BUNDLES.get("org.hyperedge.agent").getValue("Export-Package"))) {
            String friends = export.parameters().get("x-friends");
            if (friends == null && !"true".equals(export.parameters().get("x-internal"))) {
                api.add(export.name());
            } else if (friends != null) {
                for (String friend : friends.split(",")) {
                    if (!friend.trim().endsWith(".tests") && !friend.trim().equals("org.hyperedge.testsupport")
                            && !friend.trim().equals(BENCH)) {
                        notForTests.add(export.name() + " is a friend of " + friend.trim());
                    }
                }
            }
        }
        assertEquals(Set.of("org.hyperedge.agent", "org.hyperedge.agent.launch"), api);
        assertEquals(List.of(), notForTests);
    }

    /**
     * Benchmark code has a bundle of its own ({@code org.hyperedge.bench}, run by {@code ./hyperedge bench} from its
     * own jar): no other bundle has a {@code bench} package or exports one, none requires the benchmarks' bundle,
     * and neither a feature nor the agent's or command line's jar takes it in.
     */
    @Test
    void benchmarksLiveInTheirOwnBundleNeverInAShippingOne() throws IOException {
        assertTrue(BUNDLES.containsKey(BENCH), "the benchmarks' bundle " + BENCH + " under bundles/");
        assertTrue(BUNDLES.keySet().containsAll(SHIPPING), "the shipping bundles " + SHIPPING + " under bundles/");
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, Path> bundle : DIRECTORIES.entrySet()) {
            if (bundle.getKey().equals(BENCH)) {
                continue;
            }
            Path root = bundle.getValue();
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isDirectory).filter(d -> d.getFileName().toString().equals("bench"))
                        .filter(d -> !root.relativize(d).startsWith("target") && !root.relativize(d).startsWith("bin"))
                        .forEach(d -> found.add(bundle.getKey() + " has a bench package: " + sourceTree().relativize(d)));
            }
            for (Clause export : clauses(BUNDLES.get(bundle.getKey()).getValue("Export-Package"))) {
                if (export.name().endsWith(".bench") || export.name().contains(".bench.")) {
                    found.add(bundle.getKey() + " exports " + export.name());
                }
            }
            for (Clause required : clauses(BUNDLES.get(bundle.getKey()).getValue("Require-Bundle"))) {
                if (required.name().equals(BENCH)) {
                    found.add(bundle.getKey() + " requires " + BENCH);
                }
            }
        }
        List<Path> assemblies = new ArrayList<>(List.of(sourceTree().resolve("product/org.hyperedge.cli.jar/pom.xml"),
                sourceTree().resolve("product/org.hyperedge.agent.jar/pom.xml")));
        try (Stream<Path> features = Files.list(sourceTree().resolve("features"))) {
            features.map(f -> f.resolve("feature.xml")).filter(Files::isRegularFile).forEach(assemblies::add);
        }
        for (Path assembly : assemblies) {
            if (Files.readString(assembly).contains(BENCH)) {
                found.add(sourceTree().relativize(assembly) + " takes in " + BENCH);
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void aPackageMarkedInternalOrForFriendsIsStillVersioned() {
        // x-internal and x-friends only discourage use at compile time: the export still needs its version
        List<String> wrong = new ArrayList<>();
        BUNDLES.forEach((bundle, manifest) -> {
            for (Clause export : clauses(manifest.getValue("Export-Package"))) {
                Map<String, String> p = export.parameters();
                if ((p.containsKey("x-internal") || p.containsKey("x-friends")) && !p.containsKey("version")) {
                    wrong.add(bundle + ": " + export.name());
                }
                if (p.containsKey("x-internal") && p.containsKey("x-friends")) {
                    wrong.add(bundle + ": " + export.name() + " is both internal and for friends");
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    private static boolean pinned(String range) {
        return range != null && PINNED.matcher(range.trim()).matches();
    }

    /** {@code 0.1.0.qualifier} → {@code 0.1.0}. */
    private static String release(String bundleVersion) {
        Matcher m = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?.*").matcher(bundleVersion.trim());
        assertTrue(m.matches(), bundleVersion);
        return m.group(1) + "." + (m.group(2) == null ? "0" : m.group(2)) + "." + (m.group(3) == null ? "0" : m.group(3));
    }

    record Clause(String name, Map<String, String> parameters) {
    }

    /** An OSGi header's clauses: {@code name;attr=value;directive:=value, ...}, quotes protecting , and ;. */
    static List<Clause> clauses(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> parts = split(clause, ';');
            Map<String, String> parameters = new LinkedHashMap<>();
            for (String parameter : parts.subList(1, parts.size())) {
                int eq = parameter.indexOf('=');
                String key = parameter.substring(0, eq).replace(":", "").trim();
                String value = parameter.substring(eq + 1).trim();
                if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
                    value = value.substring(1, value.length() - 1);
                }
                parameters.put(key, value);
            }
            clauses.add(new Clause(parts.get(0).trim(), parameters));
        }
        return clauses;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        parts.removeIf(p -> p.isBlank());
        return parts;
    }

    /**
     * The source tree: the {@code hyperedge.source} system property the build passes, else the first directory
     * from the working directory up that holds {@code bundles/} and the {@code hyperedge} script.
     */
    /**
     * Declarative Services descriptors are generated from {@code @Component} at build time (tycho-ds-plugin) into
     * the built jar: no bundle keeps an {@code OSGI-INF/*.xml} or a hand-written {@code Service-Component} header in
     * the source tree (so none is in git), and the console core and the connector, whose master and connector are
     * components, have DS generation on.
     */
    @Test
    void declarativeServicesDescriptorsAreGeneratedNeverKeptInTheSourceTree() throws IOException {
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, Path> bundle : DIRECTORIES.entrySet()) {
            Path osgiInf = bundle.getValue().resolve("OSGI-INF");
            if (Files.isDirectory(osgiInf)) {
                try (Stream<Path> files = Files.walk(osgiInf)) {
                    files.filter(f -> f.toString().endsWith(".xml")).forEach(f -> kept.add(sourceTree().relativize(f).toString()));
                }
            }
            if (BUNDLES.get(bundle.getKey()).getValue("Service-Component") != null) {
                kept.add(bundle.getKey() + ": Service-Component in META-INF/MANIFEST.MF");
            }
        }
        assertEquals(List.of(), kept, "DS descriptors kept in the source tree instead of generated at build time");
        for (String component : List.of("org.hyperedge.console.core", "org.hyperedge.connector")) {
            String pom = Files.readString(DIRECTORIES.get(component).resolve("pom.xml"));
            assertTrue(pom.contains("<artifactId>tycho-ds-plugin</artifactId>") && pom.contains("<enabled>true</enabled>"),
                    component + " generates its DS descriptors at build time");
        }
    }

    static Path sourceTree() {
        String property = System.getProperty("hyperedge.source");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("bundles")) && Files.isRegularFile(dir.resolve("hyperedge"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no HyperEdge source tree above " + Path.of("").toAbsolutePath()
                + " (set -Dhyperedge.source)");
    }
}
