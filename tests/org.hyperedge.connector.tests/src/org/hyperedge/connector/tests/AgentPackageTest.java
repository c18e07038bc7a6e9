package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyperedge.agent.packaging.DebianPackage;
import org.hyperedge.agent.runtime.UnixUsers;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * Issue 23, the node as a package that survives power cuts: {@code hyperedge-agent_VERSION_all.deb}, built from the
 * agent's jars as the build makes it, installed on this machine with {@code dpkg -i} (and purged after, whatever
 * happens). The installed agent runs under the package's own supervisor for hosts whose init is not systemd (this
 * one's PID 1 is not), started by its init script in a network namespace of the test's: {@code kill -9} of every
 * process of that host but the supervisor, then of the supervisor too and a boot, and every instance is back with
 * its data. Needs root, iproute2 and dpkg; skipped without them, and when the package is installed already (a
 * real node's would be purged).
 */
class AgentPackageTest {

    private static final Duration READY = Duration.ofSeconds(120);
    private static final String NODE = "node-deb";
    private static final Path DATA = Path.of("/var/lib/hyperedge-agent");
    private static final Path CONFIG = Path.of("/etc/hyperedge/agent.conf");
    private static final Path LOG = Path.of("/var/log/hyperedge-agent/agent.log");
    private static final Path PID_FILE = Path.of("/run/hyperedge-agent.pid");
    private static final Path INIT_SCRIPT = Path.of("/etc/init.d/hyperedge-agent");
    private static final List<String> PARTITIONS = List.of("p000", "p001", "p002");

    @TempDir
    Path dir;
    private TestSite site;
    private IsolatedHost host;
    private boolean installed;

    @BeforeEach
    void rootWithDpkg() throws Exception {
        assumeTrue(IsolatedHost.possible(), "needs root and iproute2 to make a network namespace");
        assumeTrue(succeeds("dpkg-deb", "--version") && succeeds("dpkg", "--version"), "needs dpkg and dpkg-deb");
        assumeFalse(succeeds("dpkg-query", "-W", "-f=${Status}", DebianPackage.NAME)
                && run("dpkg-query", "-W", "-f=${Status}", DebianPackage.NAME).contains("installed"),
                "hyperedge-agent is installed on this machine: this test installs and purges its own");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void purge() throws Exception {
        try {
            if (site != null) {
                site.close();
            }
            if (host != null) {
                host.close(); // the supervisor, the agent and every service, then the namespace
            }
        } finally {
            if (installed) {
                new UnixUsers(true, DATA).removeAll(); // the tenants', the spares and the build user
                run("dpkg", "--purge", DebianPackage.NAME);
                Files.deleteIfExists(PID_FILE);
            }
        }
    }

    @Test
    void installsTheAgentItsUserBootServiceAndConffileAndPurgeRemovesThemAll() throws Exception {
        Path deb = install();

        assertTrue(deb.getFileName().toString().matches("hyperedge-agent_[0-9][A-Za-z0-9.+~]*_all\\.deb"), deb.toString());
        assertTrue(run("/usr/bin/hyperedge-agent", "--help").contains("Usage: hyperedge agent"),
                "the installed launcher runs the installed agent");
        assertTrue(run("dpkg", "--verify", DebianPackage.NAME).isBlank(), "every installed file is as packed");
        String user = run("getent", "passwd", "hyperedge-agent");
        assertTrue(Integer.parseInt(user.split(":")[2]) < 1000, "a system user: " + user);
        assertTrue(user.strip().endsWith("/usr/sbin/nologin"), "that cannot log in: " + user);
        String unit = Files.readString(Path.of("/", DebianPackage.UNIT));
        for (String line : List.of("ExecStart=/usr/bin/hyperedge-agent --config /etc/hyperedge/agent.conf",
                "Restart=always", "RestartSec=1", "After=network-online.target", "KillMode=process",
                "StateDirectory=hyperedge-agent", "WantedBy=multi-user.target")) {
            assertTrue(unit.lines().anyMatch(line::equals), "the unit has " + line);
        }
        if (succeeds("systemd-analyze", "--version")) {
            assertEquals("", run("systemd-analyze", "verify", "/" + DebianPackage.UNIT).strip(), "systemd finds nothing wrong");
        }
        assertTrue(Files.isSymbolicLink(Path.of("/etc/systemd/system/multi-user.target.wants/hyperedge-agent.service")),
                "enabled for systemd's boot");
        assertTrue(bootLinks().stream().anyMatch(link -> link.startsWith("/etc/rc2.d/S")), "and sysvinit's: " + bootLinks());
        assertTrue(run("dpkg-query", "-W", "-f=${Conffiles}", DebianPackage.NAME).contains(CONFIG.toString()),
                "the settings are a conffile");

        Files.writeString(CONFIG, Files.readString(CONFIG) + "partitions=3\n");
        run("dpkg", "-i", deb.toString());
        assertTrue(Files.readString(CONFIG).endsWith("partitions=3\n"), "an operator's settings survive a reinstall");

        run("dpkg", "--purge", DebianPackage.NAME);
        installed = false;
        for (Path gone : List.of(Path.of("/usr/bin/hyperedge-agent"), Path.of("/usr/share/hyperedge-agent"), CONFIG,
                Path.of("/etc/hyperedge"), Path.of("/", DebianPackage.UNIT), INIT_SCRIPT, DATA, LOG.getParent())) {
            assertFalse(Files.exists(gone), gone + " is gone with the purge");
        }
        assertFalse(succeeds("getent", "passwd", "hyperedge-agent"), "the system user is gone");
        assertEquals(List.of(), bootLinks(), "no boot link is left");
    }

    @Test
    void theSupervisedAgentBringsEveryInstanceBackWithItsDataAfterEveryProcessOfItsHostIsKilled() throws Exception {
        site = new TestSite(dir.resolve("office"));
        host = IsolatedHost.create();
        install();
        Files.writeString(CONFIG, String.join("\n", "data=" + DATA, "listen=" + host.address() + ":7443",
                "ip=" + host.address(), "name=" + NODE, "partitions=" + PARTITIONS.size(), "ports=21000-21029", "grace=3", ""));
        long supervisor = boot(-1); // no supervisor before the first boot
        String code = awaitLogged(Pattern.compile("pairing code: (\\S+)"));
        site.connector.adopt(host.address() + ":7443", code, "factory", Map.of());
        site.connector.start(Duration.ofMillis(100));
        InstanceRecord orders = site.requests.request(Request.root("orders-db", "builtin:h2-database", "default",
                EndToEndTest.parameters("database", "orders")).withSla(Map.of("node", NODE)));
        InstanceRecord stock = site.requests.request(Request.root("stock-db", "builtin:h2-database", "default",
                EndToEndTest.parameters("database", "stock")).withSla(Map.of("node", NODE)));
        InstanceRecord web = site.requests.request(Request.root("shop", "builtin:static-web", "default",
                EndToEndTest.parameters("title", "shop")).withSla(Map.of("node", NODE)));
        H2Client ordersDb = H2Client.of(site, site.await(orders.id(), "started", true, READY));
        H2Client stockDb = H2Client.of(site, site.await(stock.id(), "started", true, READY));
        site.await(web.id(), "started", true, READY);
        ordersDb.execute("CREATE TABLE kept (note VARCHAR(20))", "INSERT INTO kept VALUES ('orders')");
        stockDb.execute("CREATE TABLE kept (note VARCHAR(20))", "INSERT INTO kept VALUES ('stock')");
        List<Long> services = servicePids();
        assertEquals(3, services.size(), "one service each: " + services);

        int starts = agentStarts();
        host.killAllBut(supervisor);
        awaitGone(services);
        awaitLogged(Pattern.compile("the agent exited with status 137: starting it again"));
        awaitServicesAgain(services);
        assertEveryInstanceBack(List.of(orders, stock, web), ordersDb, stockDb);
        assertEquals(starts + 1, agentStarts(), "the supervisor started the agent again, once");
        assertTrue(ProcessHandle.of(supervisor).isPresent(), "the same supervisor runs on");

        List<Long> before = servicePids();
        host.powerOff(); // the supervisor too, as when the power goes
        awaitGone(before);
        long booted = boot(supervisor);
        assertNotEquals(supervisor, booted, "the boot started a new supervisor");
        awaitServicesAgain(before);
        assertEveryInstanceBack(List.of(orders, stock, web), ordersDb, stockDb);

        List<Long> running = servicePids();
        List<String> stop = new ArrayList<>(host.prefix());
        stop.addAll(List.of(INIT_SCRIPT.toString(), "stop"));
        run(stop.toArray(String[]::new));
        assertFalse(ProcessHandle.of(booted).isPresent(), "stopped, the supervisor is gone");
        awaitLogged(Pattern.compile("stopped \\(the agent exited with status \\d+\\)"));
        assertTrue(running.stream().allMatch(pid -> ProcessHandle.of(pid).isPresent()),
                "the services outlive the stopped agent, as the unit's KillMode=process has it");
    }

    /** Builds the package from the agent's jars as this code runs them, and installs it with {@code dpkg -i}. */
    private Path install() throws Exception {
        Path deb = DebianPackage.build("0.1.0-SNAPSHOT", DebianPackage.ownLibraries(), dir.resolve("deb"));
        installed = true; // from here on a purge is due, whatever dpkg did
        run("dpkg", "-i", deb.toString());
        return deb;
    }

    /** As the boot runs it: the init script in the host, which leaves the supervisor running in the background. */
    /**
     * Starts the package's init script as a boot does; the pid its supervisor writes. The file may still hold the
     * killed supervisor's pid ({@code before}) for a moment: the new one is waited for, not the file alone.
     */
    private long boot(long before) throws Exception {
        List<String> command = new ArrayList<>(host.prefix());
        command.addAll(List.of(INIT_SCRIPT.toString(), "start"));
        run(command.toArray(String[]::new));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long written = before;
        while (System.nanoTime() < deadline) {
            if (Files.exists(PID_FILE)) {
                String text = Files.readString(PID_FILE).strip();
                written = text.isEmpty() ? before : Long.parseLong(text);
                if (written != before && ProcessHandle.of(written).isPresent()) {
                    break;
                }
            }
            Thread.sleep(50);
        }
        return written;
    }

    /** How often the supervisor started the agent, as its log says. */
    private static int agentStarts() throws IOException {
        return (int) Files.readString(LOG).lines().filter(line -> line.contains("started the agent (pid")).count();
    }

    /** Waits for the agent's log to match {@code pattern}; returns its first group (or the whole match). */
    private static String awaitLogged(Pattern pattern) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String log = "";
        while (System.nanoTime() < deadline) {
            log = Files.exists(LOG) ? Files.readString(LOG) : "";
            Matcher found = pattern.matcher(log);
            if (found.find()) {
                return found.group(found.groupCount() > 0 ? 1 : 0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the agent's log never said " + pattern + ": " + log);
    }

    /** The services' processes the agent recorded (its private directory's pid files). */
    private static List<Long> servicePids() throws IOException {
        List<Long> pids = new ArrayList<>();
        try (var files = Files.find(DATA.resolve("private"), 3, (path, attributes) -> path.toString().endsWith(".pid"))) {
            for (Path file : files.toList()) {
                pids.add(Long.parseLong(Files.readString(file).strip().split(" ")[0]));
            }
        }
        return pids;
    }

    private static void awaitGone(List<Long> pids) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (pids.stream().anyMatch(pid -> ProcessHandle.of(pid).isPresent()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(pids.stream().noneMatch(pid -> ProcessHandle.of(pid).isPresent()), "every service was killed");
    }

    /** Waits until each service runs again as a new process, so the master's reports that follow are of after the cut. */
    private static void awaitServicesAgain(List<Long> old) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        List<Long> now = List.of();
        while (System.nanoTime() < deadline) {
            now = servicePids().stream().filter(pid -> !old.contains(pid) && ProcessHandle.of(pid).isPresent()).toList();
            if (now.size() == old.size()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the services did not all run again: " + now + " after " + old);
    }

    private void assertEveryInstanceBack(List<InstanceRecord> instances, H2Client ordersDb, H2Client stockDb) throws Exception {
        for (InstanceRecord instance : instances) {
            site.await(instance.id(), "started", true, READY);
        }
        assertEquals("orders", ordersDb.awaitRow(), "the orders database kept its rows");
        assertEquals("stock", stockDb.awaitRow(), "the stock database kept its rows");
    }

    private List<String> bootLinks() throws IOException {
        List<String> links = new ArrayList<>();
        for (String level : List.of("0", "1", "2", "3", "4", "5", "6", "S")) {
            Path rc = Path.of("/etc/rc" + level + ".d");
            if (Files.isDirectory(rc)) {
                try (var entries = Files.list(rc)) {
                    entries.filter(link -> link.getFileName().toString().endsWith("hyperedge-agent"))
                            .forEach(link -> links.add(link.toString()));
                }
            }
        }
        return links;
    }

    private static boolean succeeds(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output.strip());
        }
        return output;
    }
}
