package org.hyperedge.connector.tests;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hyperedge.agent.launch.AgentLauncher;
import org.hyperedge.agent.launch.LeftServices;
import org.hyperedge.master.store.Database;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * A site run as in production: the command line's headless master ({@code hyperedge master}) as a process of its
 * own on the bundles' jars, command-line processes beside it, and real agents as processes, on one master data
 * directory. With H2's mixed mode the first process to open the database file serves it to the others, so the
 * test opens the database itself only while no master process runs: killing the master must kill the store.
 */
final class HeadlessSite implements AutoCloseable {

    private static final List<String> JVM = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:-UsePerfData");

    /** The master's data directory: its H2 file, identity and software cache, as {@code --data} names it. */
    final Path master;
    private final Path root;
    private String classPath;
    private final Map<String, int[]> ports = new HashMap<>();
    private final Map<String, Process> agents = new HashMap<>();
    private Process masterProcess;
    private Path masterLog;
    private int runs;

    /** What a command-line process did. */
    record Run(int exitCode, String output) {
    }

    HeadlessSite(Path root) throws IOException {
        Files.createDirectories(root);
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        this.root = root;
        this.master = root.resolve("master");
        Files.createDirectories(master);
        this.classPath = classPathOf(org.hyperedge.cli.Main.class);
    }

    /**
     * Runs the processes on plain jars, the connector's nested Jetty jars taken out beside it ({@link ClassPathJars}):
     * what a master needs to serve its endpoint ({@code master --listen}).
     */
    void withEndpointJars() throws IOException {
        classPath = String.join(File.pathSeparator, ClassPathJars.of(root.resolve("jars")).stream().map(Path::toString)
                .toList());
    }

    Path agentData(String name) {
        return root.resolve("agents").resolve(name);
    }

    /** Starts (or starts again, on the same data and ports) the agent named {@code name}: two partitions. */
    AgentLauncher.Launched startAgent(String name) throws Exception {
        return startAgent(name, 2);
    }

    /** As {@link #startAgent(String)}, with this many partitions. */
    AgentLauncher.Launched startAgent(String name, int partitions) throws Exception {
        Files.createDirectories(agentData(name).getParent());
        Files.setPosixFilePermissions(agentData(name).getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        int[] port = ports.computeIfAbsent(name, n -> new int[] { freePort(),
                ServicePorts.nextBlock(20) });
        AgentLauncher.Launched launched = AgentLauncher.start(List.of("--data", agentData(name).toString(), "--listen",
                "127.0.0.1:" + port[0], "--ip", "127.0.0.1", "--name", name, "--partitions", Integer.toString(partitions), "--ports",
                port[1] + "-" + (port[1] + 19), "--grace", "3", "--usage-period", "5", "--promise-heartbeat", "0"),
                root.resolve(name + "-" + (runs++) + ".log"));
        agents.put(name, launched.process());
        return launched;
    }

    /** {@code kill -9} of the agent. */
    void killAgent(String name) throws InterruptedException {
        Process agent = agents.remove(name);
        agent.destroyForcibly();
        agent.waitFor();
    }

    /** The last sequence number the agent's journal says the master acknowledged (0: none yet). */
    long acknowledged(String name) throws IOException {
        Path acked = agentData(name).resolve("journal").resolve("acked");
        return Files.exists(acked) ? Long.parseLong(Files.readString(acked).strip()) : 0;
    }

    /** The master's database, for the test itself: only while no master process runs. */
    Database openDatabase() {
        if (masterProcess != null && masterProcess.isAlive()) {
            throw new IllegalStateException("the master process serves the database now");
        }
        return Database.open(Database.h2Url(master));
    }

    /** Starts {@code hyperedge master --period S} with more options ({@code --listen HOST:PORT}); does not wait for it. */
    void startMaster(String periodSeconds, String... moreOptions) throws IOException {
        masterLog = root.resolve("master-" + (runs++) + ".log");
        List<String> arguments = new ArrayList<>(List.of("--data", master.toString(), "master", "--period", periodSeconds));
        arguments.addAll(List.of(moreOptions));
        masterProcess = java(masterLog, arguments.toArray(String[]::new));
    }

    /**
     * Starts {@code hyperedge --data DATA --db JDBC-URL master --period S}, one of several masters on one PostgreSQL
     * (issue 19), and returns its process: the caller ends it. Does not wait for it.
     */
    Process startMaster(Path data, String jdbcUrl, String periodSeconds) throws IOException {
        return java(root.resolve("master-" + data.getFileName() + "-" + (runs++) + ".log"), "--data", data.toString(),
                "--db", jdbcUrl, "master", "--period", periodSeconds);
    }

    /** Waits until the master process says it syncs its nodes. */
    void awaitMasterSyncing(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(masterLog).contains("hyperedge master: syncing")) {
                return;
            }
            if (!masterProcess.isAlive()) {
                throw new AssertionError("the master exited with " + masterProcess.exitValue() + ": " + Files.readString(masterLog)
                        + "\nclass path: " + classPath);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the master did not start within " + timeout + ": " + Files.readString(masterLog));
    }

    /** {@code kill -9} of the master process. */
    void killMaster() throws InterruptedException {
        masterProcess.destroyForcibly();
        masterProcess.waitFor();
    }

    /** Stops the master as an operator does (TERM): it closes its database. */
    void stopMaster() throws InterruptedException {
        masterProcess.destroy();
        masterProcess.waitFor();
    }

    /** A command of the command line as its own process, on the master's data directory. */
    Run cli(String... arguments) throws Exception {
        Path log = root.resolve("cli-" + (runs++) + ".log");
        List<String> command = new ArrayList<>(List.of("--data", master.toString()));
        command.addAll(List.of(arguments));
        Process cli = java(log, command.toArray(String[]::new));
        if (!cli.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
            cli.destroyForcibly();
            throw new AssertionError("hyperedge " + String.join(" ", arguments) + " did not end: " + Files.readString(log));
        }
        return new Run(cli.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private Process java(Path log, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(JVM);
        command.addAll(List.of("-cp", classPath, org.hyperedge.cli.Main.class.getName()));
        command.addAll(List.of(arguments));
        Files.writeString(log.resolveSibling(log.getFileName() + ".command"), String.join(" ", command));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The jars of the bundle that holds {@code type} and of every bundle it is wired to, as a class path. */
    static String classPathOf(Class<?> type) {
        Set<Bundle> bundles = new LinkedHashSet<>();
        Bundle start = FrameworkUtil.getBundle(type);
        collect(start, bundles);
        String area = System.getProperty("osgi.install.area");
        Path installArea = area == null ? Path.of("").toAbsolutePath() : Path.of(URI.create(area));
        List<String> entries = new ArrayList<>();
        for (Bundle bundle : bundles) {
            // Equinox names bundles installed at launch "initial@reference:file:PATH", PATH relative to its install area
            String location = bundle.getLocation();
            int file = location.indexOf("reference:file:");
            if (bundle.getBundleId() != 0 && file >= 0) {
                entries.add(installArea.resolve(location.substring(file + "reference:file:".length())).normalize().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void collect(Bundle bundle, Set<Bundle> bundles) {
        if (bundle == null || !bundles.add(bundle)) {
            return;
        }
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring != null) {
            for (BundleWire wire : wiring.getRequiredWires(null)) {
                collect(wire.getProviderWiring().getBundle(), bundles);
            }
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        if (masterProcess != null) {
            killMaster();
        }
        for (String name : List.copyOf(agents.keySet())) {
            killAgent(name);
        }
        for (String name : ports.keySet()) {
            LeftServices.end(agentData(name));
        }
    }
}
