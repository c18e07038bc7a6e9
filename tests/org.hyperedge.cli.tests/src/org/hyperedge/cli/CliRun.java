package org.hyperedge.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.hyperedge.connector.Connector;
import org.hyperedge.master.Master;
import org.hyperedge.model.CompositeService;
import org.hyperedge.protocol.report.ReportCodec;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The command line as a user runs it, on a real data directory: in this JVM through {@link Main#run}, or as a process
 * of its own ({@code java org.hyperedge.cli.Main}) on the very jars the tests run on, for what only separate
 * processes show (H2's lock between processes, what reaches stderr outside the command's own stream).
 */
record CliRun(int code, String out, String err) {

    /** {@code hyperedge --data DATA ARGS...} in this JVM. */
    static CliRun inProcess(Path data, String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        return inProcess(all);
    }

    /** {@code hyperedge ARGS...} in this JVM, global options included in {@code args}. */
    static CliRun inProcess(List<String> args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        return new CliRun(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    }

    /** Starts {@code hyperedge ARGS...} as a process with the JVM options; its stdout and stderr go to files in {@code logs}. */
    static Process start(Path logs, String name, List<String> jvmOptions, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath(), Main.class.getName()));
        command.addAll(args);
        Files.createDirectories(logs);
        return new ProcessBuilder(command).redirectOutput(logs.resolve(name + ".out").toFile())
                .redirectError(logs.resolve(name + ".err").toFile()).start();
    }

    /** Waits for a process {@link #start}ed and reads what it printed. */
    static CliRun finish(Process process, Path logs, String name) throws IOException, InterruptedException {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("hyperedge " + name + " did not end within 120 s");
        }
        return new CliRun(process.exitValue(), Files.readString(logs.resolve(name + ".out")),
                Files.readString(logs.resolve(name + ".err")));
    }

    /** {@code hyperedge ARGS...} as a process of its own, to its end. */
    static CliRun asProcess(Path logs, String name, String... args) throws IOException, InterruptedException {
        return finish(start(logs, name, List.of(), List.of(args)), logs, name);
    }

    /**
     * The jars (or class directories) the command line needs, found where this framework loaded them from; a
     * bundle's class directory comes with its project directory, which holds its resources (the migrations).
     */
    static String classPath() throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : anchors()) {
            Path location;
            try {
                location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException | NullPointerException e) {
                throw new IOException("cannot find where " + type.getName() + " was loaded from", e);
            }
            entries.add(location.toString());
            if (Files.isDirectory(location) && location.endsWith(Path.of("target", "classes"))) {
                Path project = location.getParent().getParent();
                entries.add(project.toString());
                // the jars of its Bundle-ClassPath (the connector's Jetty, which serves master --listen)
                Path lib = project.resolve("lib");
                if (Files.isDirectory(lib)) {
                    try (var jars = Files.list(lib)) {
                        jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().forEach(jar -> entries.add(jar.toString()));
                    }
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static List<Class<?>> anchors() throws IOException {
        try {
            ClassLoader master = Master.class.getClassLoader();
            ClassLoader connector = Connector.class.getClassLoader();
            ClassLoader model = CompositeService.class.getClassLoader();
            Class<?> hikari = master.loadClass("com.zaxxer.hikari.HikariDataSource");
            Class<?> slf4j = hikari.getClassLoader().loadClass("org.slf4j.LoggerFactory");
            Class<?> httpClient = connector.loadClass("org.apache.hc.client5.http.impl.classic.HttpClients");
            return List.of(Main.class, Master.class, Connector.class, CompositeService.class, ReportCodec.class,
                    ObjectMapper.class, ObjectMapper.class.getClassLoader().loadClass("com.fasterxml.jackson.core.JsonParser"),
                    ObjectMapper.class.getClassLoader().loadClass("com.fasterxml.jackson.annotation.JsonProperty"),
                    master.loadClass("org.h2.Driver"), master.loadClass("org.postgresql.ds.PGSimpleDataSource"), hikari,
                    master.loadClass("dev.harrel.jsonschema.Validator"), slf4j,
                    slf4j.getClassLoader().loadClass("org.slf4j.impl.StaticLoggerBinder"), httpClient,
                    connector.loadClass("org.apache.hc.core5.http.HttpHost"),
                    // Jetty, in the connector's Bundle-ClassPath: master --listen serves the dialling nodes with it
                    connector.loadClass("org.eclipse.jetty.server.Server"), connector.loadClass("org.eclipse.jetty.http.HttpField"),
                    connector.loadClass("org.eclipse.jetty.io.EndPoint"),
                    connector.loadClass("org.eclipse.jetty.util.thread.ThreadPool"),
                    httpClient.getClassLoader().loadClass("org.apache.hc.core5.http2.HttpVersionPolicy"),
                    model.loadClass("org.eclipse.emf.ecore.EObject"), model.loadClass("org.eclipse.emf.common.util.URI"),
                    model.loadClass("org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl"));
        } catch (ClassNotFoundException e) {
            throw new IOException("cannot find a library of the command line: " + e.getMessage(), e);
        }
    }
}
