package org.hyperedge.connector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;

import org.hyperedge.master.catalog.CatalogSources;
import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.protocol.release.InvalidDescriptorException;
import org.hyperedge.protocol.release.ReleaseDescriptor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code builtin:hyperedge-master}: a headless master run as a service, from the very jars a master runs on. Its
 * software is built with the rest of HyperEdge, so its digests are not known when the model bundle is (and no jar
 * can carry its own digest): the model bundle ships the release's template ({@code catalog/hyperedge-master.json},
 * not in the catalog's index), and a master offers the release by filling in the jars it has, each a
 * content-addressed artifact added to its software cache and copied into the release's software directory, as
 * H2's jar is. The command line offers its own jars ({@link #runningJars()}); a test offers the jars of its class
 * path.
 */
public final class MasterRelease {

    public static final String ID = "builtin:hyperedge-master";
    private static final String TEMPLATE = "catalog/hyperedge-master.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private MasterRelease() {
    }

    /**
     * The release's descriptor with {@code jars} as its artifacts, each copied as it is into its software directory
     * under its file name (the service runs {@code java -cp SOFTWARE/*}); the names must differ.
     */
    public static String descriptor(List<Path> jars) throws IOException {
        Map<Path, String> digests = new LinkedHashMap<>();
        for (Path jar : jars) {
            digests.put(jar, org.hyperedge.master.site.ArtifactStore.sha256(jar));
        }
        return descriptor(digests);
    }

    /** The descriptor of these jars, each with the digest its content has (as the cache took it in). */
    private static String descriptor(Map<Path, String> digests) throws IOException {
        ObjectNode release = (ObjectNode) JSON.readTree(template());
        ArrayNode artifacts = release.putArray("artifacts");
        ArrayNode install = release.putArray("install");
        Map<String, Path> byName = new LinkedHashMap<>();
        for (Map.Entry<Path, String> jar : digests.entrySet()) {
            String name = jar.getKey().getFileName().toString();
            Path sameName = byName.put(name, jar.getKey());
            if (sameName != null) {
                throw new IOException("two jars of the master are named " + name + ": " + sameName + " and " + jar.getKey());
            }
            artifacts.addObject().put("name", name).put("sha256", jar.getValue()).put("size", Files.size(jar.getKey()));
            install.addObject().put("kind", "copy").put("artifact", name);
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(release);
    }

    /**
     * Offers the release on this master: its jars into the software cache, its descriptor into the catalog (as a
     * built-in release), replacing an older build's.
     */
    public static ReleaseDescriptor offer(CatalogStore catalog, ArtifactCache cache, List<Path> jars)
            throws IOException, InvalidDescriptorException {
        if (jars.isEmpty()) {
            throw new IOException("a master release needs the master's jars; none given");
        }
        Map<Path, String> digests = new LinkedHashMap<>();
        for (Path jar : jars) {
            digests.put(jar, cache.add(jar)); // the digest of the copy the cache holds: what a node is sent
        }
        return catalog.importRelease(TEMPLATE, descriptor(digests), CatalogSources.BUILTIN);
    }

    /**
     * The jars this process runs on when it is the command line's: {@code hyperedge-cli.jar} and the jars its
     * manifest's {@code Class-Path} names, or one directory of jars ({@code java -cp DIR/*}, as a master run as this
     * service runs, so a child master offers the release in turn). Empty when it runs from anything else (class
     * directories, jars from here and there as a test runtime's, an OSGi framework such as the console's), which is
     * no set of jars a node could be trusted to run.
     */
    public static Optional<List<Path>> runningJars() {
        return jarsOf(System.getProperty("java.class.path", ""));
    }

    /** As {@link #runningJars()}, for a class path as {@code java.class.path} gives it. */
    public static Optional<List<Path>> jarsOf(String classPath) {
        List<Path> entries = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry).toAbsolutePath().normalize();
            if (entry.isBlank() || !Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
                return Optional.empty();
            }
            entries.add(jar);
        }
        if (entries.stream().map(Path::getParent).distinct().count() != 1) {
            return Optional.empty();
        }
        try {
            List<Path> jars = new ArrayList<>(entries);
            if (entries.size() == 1) {
                jars.addAll(manifestClassPath(entries.get(0)));
            }
            for (Path jar : jars) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    if (file.getEntry("org/hyperedge/cli/Main.class") != null) {
                        return Optional.of(jars);
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The jars a launcher jar's manifest names ({@code Class-Path}), relative to it; each must be there. */
    private static List<Path> manifestClassPath(Path launcher) throws IOException {
        List<Path> libraries = new ArrayList<>();
        try (JarFile file = new JarFile(launcher.toFile())) {
            String listed = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue(java.util.jar.Attributes.Name.CLASS_PATH);
            for (String library : listed == null ? new String[0] : listed.trim().split("\\s+")) {
                Path resolved = launcher.resolveSibling(library).normalize();
                if (!Files.isRegularFile(resolved)) {
                    throw new IOException(launcher + " names " + library + ", which is not there");
                }
                libraries.add(resolved);
            }
        }
        return libraries;
    }

    private static String template() {
        return CatalogStore.builtInFile(TEMPLATE.substring("catalog/".length()));
    }
}
