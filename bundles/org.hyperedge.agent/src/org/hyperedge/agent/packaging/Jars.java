package org.hyperedge.agent.packaging;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** The jars a package holds: a class folder made a jar (a build or test's class path), and the launcher jar. */
final class Jars {

    private Jars() {
    }

    /** Copies {@code location} to {@code target}: as it is when it is a jar, packed into one when it is a folder. */
    static void copyAsJar(Path location, Path target) throws IOException {
        if (Files.isRegularFile(location)) {
            Files.copy(location, target);
            return;
        }
        if (!Files.isDirectory(location)) {
            throw new IOException("no jar or class folder at " + location);
        }
        Path manifestFile = location.resolve("META-INF/MANIFEST.MF");
        Manifest manifest = new Manifest();
        if (Files.isRegularFile(manifestFile)) {
            try (var in = Files.newInputStream(manifestFile)) {
                manifest.read(in);
            }
        }
        manifest.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream file = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(file, manifest);
                Stream<Path> files = Files.walk(location)) {
            for (Path path : files.sorted().toList()) {
                String name = location.relativize(path).toString().replace('\\', '/');
                if (name.isEmpty() || name.equals("META-INF/MANIFEST.MF") || name.equals("META-INF")) {
                    continue;
                }
                if (Files.isDirectory(path)) {
                    jar.putNextEntry(new JarEntry(name + "/"));
                } else {
                    jar.putNextEntry(new JarEntry(name));
                    Files.copy(path, jar);
                }
                jar.closeEntry();
            }
        }
    }

    /** A jar of nothing but a manifest: {@code java -jar} on it runs {@code mainClass} on the libraries named. */
    static void launcher(Path target, String mainClass, List<String> classPath, String version) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, mainClass);
        main.put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        main.put(Attributes.Name.IMPLEMENTATION_TITLE, "HyperEdge Node Agent");
        main.put(Attributes.Name.IMPLEMENTATION_VERSION, version);
        try (OutputStream file = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(file, manifest)) {
            // the manifest is the whole jar
        }
    }
}
