package org.hyperedge.agent.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** The jars a package holds: each library as it is, or packed from a class folder (a build or a test's class path). */
final class Jars {

    private Jars() {
    }

    /** Copies {@code location} to {@code target}: as it is when it is a jar, packed into one when it is a folder. */
    static void copyAsJar(Path location, Path target) throws IOException {
        if (Files.isRegularFile(location)) {
            Files.copy(location, target);
        } else {
            copyAsJar(location, target, Map.of());
        }
    }

    /**
     * Copies the jar or class folder {@code location} to the jar {@code target}, with {@code attributes} set in its
     * manifest (the main jar's {@code Main-Class} and {@code Class-Path}, so {@code java -jar} runs it).
     */
    static void copyAsJar(Path location, Path target, Map<Attributes.Name, String> attributes) throws IOException {
        Manifest manifest = manifestOf(location);
        manifest.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.forEach(manifest.getMainAttributes()::put);
        try (OutputStream file = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(file, manifest)) {
            if (Files.isRegularFile(location)) {
                copyEntries(location, jar);
            } else if (Files.isDirectory(location)) {
                copyFiles(location, jar);
            } else {
                throw new IOException("no jar or class folder at " + location);
            }
        }
    }

    private static Manifest manifestOf(Path location) throws IOException {
        if (Files.isRegularFile(location)) {
            try (JarFile jar = new JarFile(location.toFile())) {
                return jar.getManifest() == null ? new Manifest() : new Manifest(jar.getManifest());
            }
        }
        Manifest manifest = new Manifest();
        Path file = location.resolve(JarFile.MANIFEST_NAME);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                manifest.read(in);
            }
        }
        return manifest;
    }

    private static void copyEntries(Path source, JarOutputStream jar) throws IOException {
        try (JarFile in = new JarFile(source.toFile())) {
            for (JarEntry entry : in.stream().toList()) {
                if (isManifest(entry.getName())) {
                    continue;
                }
                jar.putNextEntry(new JarEntry(entry.getName()));
                try (InputStream content = in.getInputStream(entry)) {
                    content.transferTo(jar);
                }
                jar.closeEntry();
            }
        }
    }

    private static void copyFiles(Path folder, JarOutputStream jar) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted().toList()) {
                String name = folder.relativize(path).toString().replace('\\', '/');
                if (name.isEmpty() || isManifest(name)) {
                    continue;
                }
                jar.putNextEntry(new JarEntry(Files.isDirectory(path) ? name + "/" : name));
                if (!Files.isDirectory(path)) {
                    Files.copy(path, jar);
                }
                jar.closeEntry();
            }
        }
    }

    /** The manifest is written first, from the attributes given; the folder that holds it is written with it. */
    private static boolean isManifest(String name) {
        return name.equals(JarFile.MANIFEST_NAME) || name.equals("META-INF/") || name.equals("META-INF");
    }
}
