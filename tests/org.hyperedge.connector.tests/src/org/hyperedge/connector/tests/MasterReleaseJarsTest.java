package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.hyperedge.connector.MasterRelease;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which jars the command line offers as {@code builtin:hyperedge-master}: the product's launcher with the libraries
 * its manifest names, or one directory of jars (a child master's software), and nothing else.
 */
class MasterReleaseJarsTest {

    @TempDir
    Path dir;

    @Test
    void theLauncherJarIsOfferedWithEveryLibraryItsManifestNames() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Path cli = jar(lib.resolve("org.hyperedge.cli.jar"), null, "org/hyperedge/cli/Main.class");
        Path h2 = jar(lib.resolve("h2.jar"), null, "org/h2/Driver.class");
        Path launcher = jar(dir.resolve("hyperedge-cli.jar"), "lib/org.hyperedge.cli.jar lib/h2.jar");

        assertEquals(Optional.of(List.of(launcher, cli, h2)), MasterRelease.jarsOf(launcher.toString()));
    }

    @Test
    void oneDirectoryOfJarsIsOfferedAsItIs() throws Exception {
        Path software = Files.createDirectories(dir.resolve("software"));
        Path cli = jar(software.resolve("cli.jar"), null, "org/hyperedge/cli/Main.class");
        Path other = jar(software.resolve("other.jar"), null, "x/Y.class");

        assertEquals(Optional.of(List.of(cli, other)), MasterRelease.jarsOf(cli + File.pathSeparator + other));
    }

    @Test
    void aClassPathFromHereAndThereOrWithoutTheCommandLineOrWithAMissingLibraryIsNotOffered() throws Exception {
        Path cli = jar(Files.createDirectories(dir.resolve("a")).resolve("cli.jar"), null, "org/hyperedge/cli/Main.class");
        Path other = jar(Files.createDirectories(dir.resolve("b")).resolve("other.jar"), null, "x/Y.class");
        Path launcher = jar(dir.resolve("launcher.jar"), "lib/gone.jar");

        assertTrue(MasterRelease.jarsOf(cli + File.pathSeparator + other).isEmpty(), "jars from two directories");
        assertTrue(MasterRelease.jarsOf(other.toString()).isEmpty(), "no command line in it");
        assertTrue(MasterRelease.jarsOf(launcher.toString()).isEmpty(), "a library the launcher names is missing");
        assertTrue(MasterRelease.jarsOf(dir.resolve("a").toString()).isEmpty(), "a directory of classes");
    }

    private static Path jar(Path file, String classPath, String... entries) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (String entry : entries) {
                jar.putNextEntry(new JarEntry(entry));
                jar.closeEntry();
            }
        }
        return file;
    }
}
