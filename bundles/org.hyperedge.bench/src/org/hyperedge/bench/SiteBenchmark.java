package org.hyperedge.bench;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyperedge.connector.Connector;
import org.hyperedge.connector.MasterSite;
import org.hyperedge.connector.SiteSetup;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.model.RequestedState;
import org.hyperedge.master.site.CompositeXmi;
import org.hyperedge.master.site.SiteExport;
import org.hyperedge.master.site.SiteProgress;
import org.hyperedge.master.site.SiteSummary;
import org.hyperedge.master.site.Trust;
import org.hyperedge.master.Master;
import org.hyperedge.model.CompositeService;
import org.hyperedge.model.ServiceNode;

/**
 * {@code ./hyperedge bench site}: the factory-in-a-box site bundle exported at an office master, then at an
 * empty site master the time from the start of the import (signature and digests checked, artifacts cached)
 * through adopting three local agents (the packaged agent, each its own process, HTTPS on loopback) and
 * requesting the plan, to every instance reported {@code started} in the site master; and the bundle's size.
 * Services whose host programs are missing here (mosquitto, say, or the CDN edge's nginx and curl) are left out of
 * the composite, and said so.
 * Usage: SiteBenchmark AGENT_JAR SCRATCH_DIR [AGENT JVM OPTION...]
 */
public final class SiteBenchmark {

    private static final Pattern LISTENING = Pattern.compile("listening on https://([^ ,]+)");
    private static final Pattern CODE = Pattern.compile("pairing code: (\\S+)");

    private SiteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path agentJar = Path.of(args[0]);
        Path scratch = Path.of(args[1]);
        Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<Process> agents = new ArrayList<>();
        List<SiteExport.Pairing> pairings = new ArrayList<>();
        try {
            for (int i = 1; i <= 3; i++) {
                agents.add(startAgent(agentJar, scratch, "line-" + i, 27000 + i * 100, pairings,
                        Arrays.asList(args).subList(2, args.length)));
            }
            CompositeService factory = CompositeXmi.builtIn("factory-in-a-box").orElseThrow();
            List<String> left = leaveOutMissingHostPrograms(factory);
            Path bundle = scratch.resolve("factory.hesite");
            Path siteData = scratch.resolve("site-data");
            // the site master's own key exists before the clock starts, as a console that was started once has it;
            // the office seals the machines' pairing codes to its certificate
            X509Certificate siteMaster = MasterSite.identity(siteData).certificate();
            String officeMaster;
            try (Master office = Master.open(scratch.resolve("office"))) {
                office.catalog().importBuiltIn();
                Path officeData = scratch.resolve("office-data");
                SiteSummary exported = office.siteExport(MasterSite.identity(officeData), MasterSite.artifacts(officeData))
                        .export("factory", List.of(factory), pairings, siteMaster, bundle, SiteProgress.NONE);
                officeMaster = exported.signer();
            }
            try (Master site = Master.open(siteData)) {
                long start = System.nanoTime();
                SiteSummary imported = site.siteImport(MasterSite.artifacts(siteData)).importBundle(bundle,
                        Trust.of(officeMaster), SiteProgress.NONE);
                long importedAt = System.nanoTime();
                try (Connector connector = MasterSite.connector(site, siteData, 4)) {
                    SiteSummary setUp = SiteSetup.adoptAndProvision(connector, site, SiteProgress.NONE);
                    long requestedAt = System.nanoTime();
                    connector.start(Duration.ofMillis(200));
                    RequestService requests = site.requests();
                    long tree = site.composites().findTree("factory-in-a-box").orElseThrow();
                    awaitStarted(requests, tree, Duration.ofSeconds(300));
                    long startedAt = System.nanoTime();
                    System.out.printf("factory in a box on 3 local agents (%d services%s): import to every instance started "
                            + "%.2f s (import %d ms: %s; adoption and request %d ms: %s; install and start %.2f s)%n",
                            factory.getNodes().size(), left.isEmpty() ? "" : "; left out, not installed here: " + left,
                            (startedAt - start) / 1e9, (importedAt - start) / 1_000_000, imported.counts(),
                            (requestedAt - importedAt) / 1_000_000, setUp.counts(), (startedAt - requestedAt) / 1e9);
                    System.out.printf("site bundle: %,d bytes (%s)%n", Files.size(bundle), bundle.getFileName());
                    BenchFigures.print("site.import-to-every-instance-started", (startedAt - start) / 1e9, "s", false);
                    BenchFigures.print("site.bundle-size", Files.size(bundle), "bytes", false);
                    requests.changeState(requests.tree(tree).get(0).id(), RequestedState.DESTROYED);
                    awaitDestroyed(requests, tree);
                }
            }
        } finally {
            for (Process agent : agents) {
                agent.destroy();
                agent.waitFor();
            }
        }
    }

    private static Process startAgent(Path agentJar, Path scratch, String name, int firstPort,
            List<SiteExport.Pairing> pairings, List<String> jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", agentJar.toString(), "--data", scratch.resolve(name).toString(), "--listen",
                "127.0.0.1:0", "--ip", "127.0.0.1", "--name", name, "--partitions", "2", "--ports",
                firstPort + "-" + (firstPort + 39)));
        Path log = scratch.resolve(name + ".log");
        Process agent = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        for (int i = 0; i < 600; i++) {
            String printed = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            Matcher address = LISTENING.matcher(printed);
            Matcher code = CODE.matcher(printed);
            if (address.find() && code.find()) {
                pairings.add(new SiteExport.Pairing(address.group(1), code.group(1)));
                return agent;
            }
            if (!agent.isAlive()) {
                throw new IllegalStateException("agent " + name + " exited: " + printed);
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("agent " + name + " did not start within 30 s");
    }

    static List<String> leaveOutMissingHostPrograms(CompositeService composite) {
        List<ServiceNode> missing = composite.getNodes().stream()
                .filter(n -> n.getReleaseId().equals("builtin:mosquitto") && !onPath("mosquitto")
                        || n.getReleaseId().equals("builtin:cdn") && !(onPath("nginx") && onPath("curl"))).toList();
        composite.getLinks().removeIf(link -> missing.contains(link.getSource()) || missing.contains(link.getTarget()));
        composite.getNodes().removeAll(missing);
        return missing.stream().map(ServiceNode::getTitle).toList();
    }

    private static boolean onPath(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }

    private static void awaitStarted(RequestService requests, long tree, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<InstanceRecord> instances = requests.tree(tree);
            if (instances.stream().allMatch(i -> "started".equals(i.reportedState()))) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("not every instance started within " + timeout + ": " + requests.tree(tree).stream()
                .map(i -> i.title() + "=" + i.reportedState() + (i.pendingReason() == null ? "" : " (" + i.pendingReason() + ")"))
                .toList());
    }

    private static void awaitDestroyed(RequestService requests, long tree) throws Exception {
        for (int i = 0; i < 1200; i++) {
            if (requests.tree(tree).stream().allMatch(r -> "destroyed".equals(r.reportedState()))) {
                return;
            }
            Thread.sleep(50);
        }
    }
}
