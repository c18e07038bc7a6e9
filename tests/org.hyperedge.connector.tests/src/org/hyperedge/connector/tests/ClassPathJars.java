package org.hyperedge.connector.tests;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The command line's class path in this test runtime ({@link HeadlessSite#classPathOf}) as plain jars a node can run
 * with {@code java -cp DIR/*}: what {@code builtin:hyperedge-master} carries in a test, where the product's
 * {@code hyperedge-cli.jar} is built only after the tests. A bundle that is a directory of classes is jarred, and the
 * jars a bundle nests ({@code Bundle-ClassPath}, the connector's Jetty) are taken out beside it, since a plain class
 * path does not look inside a jar.
 */
final class ClassPathJars {

    private ClassPathJars() {
    }

    static List<Path> of(Path scratch) throws IOException {
        Files.createDirectories(scratch);
        List<Path> jars = new ArrayList<>();
        for (String entry : HeadlessSite.classPathOf(org.hyperedge.cli.Main.class).split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                jars.add(jarred(path, scratch));
                continue;
            }
            jars.add(path);
            try (JarFile jar = new JarFile(path.toFile())) {
                String nested = jar.getManifest() == null ? null : jar.getManifest().getMainAttributes().getValue("Bundle-ClassPath");
                for (String name : nested == null ? new String[0] : nested.split(",")) {
                    String inner = name.strip();
                    JarEntry found = inner.endsWith(".jar") ? jar.getJarEntry(inner) : null;
                    if (found != null) {
                        Path out = scratch.resolve(path.getFileName().toString().replace(".jar", "") + "-"
                                + inner.substring(inner.lastIndexOf('/') + 1));
                        try (InputStream in = jar.getInputStream(found)) {
                            Files.copy(in, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        }
                        jars.add(out);
                    }
                }
            }
        }
        return jars;
    }

    private static Path jarred(Path classes, Path scratch) throws IOException {
        Path jar = scratch.resolve(classes.toAbsolutePath().normalize().getParent().getFileName() + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> files = Files.walk(classes)) {
            for (Path each : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(each).toString().replace(File.separatorChar, '/')));
                Files.copy(each, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
