package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.hyperedge.agent.launch.AgentLauncher;
import org.hyperedge.cli.Main;
import org.hyperedge.connector.SiteSetup;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.site.SiteExport;
import org.hyperedge.master.site.Trust;
import org.hyperedge.model.CompositeService;
import org.hyperedge.model.Entry;
import org.hyperedge.model.HyperEdgeFactory;
import org.hyperedge.model.Link;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.seal.SealedValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zero knowledge, end to end with real agents on loopback: a Redis cache creates its password on its node and a
 * client on another node, linked to the cache's URL, connects with it; meanwhile the site master's files (its H2
 * database and everything beside it), its log output, {@code status}, its return bundle and the office that
 * imports that bundle hold the password nowhere in clear. The operator's key opens it in {@code status}.
 */
class ZeroKnowledgeTest {

    private static final Duration READY = Duration.ofSeconds(120);
    private static final HyperEdgeFactory MODEL = HyperEdgeFactory.eINSTANCE;

    /**
     * Pings Redis at the URL it is given, with the password the URL carries (from the environment, as
     * {@code REDISCLI_AUTH}: redis-cli 7.0 sends an empty user name for {@code redis://:PASSWORD@}), every 200 ms;
     * a file says it was answered.
     */
    static final String REDIS_CLIENT = """
            {
              "id": "test:redis-client",
              "name": "Redis client",
              "version": "1",
              "description": "Pings a Redis server with the URL it is given, password included; a file says it answered.",
              "requires": ["redis-cli"],
              "types": { "default": {
                "parameters": { "type": "object", "properties": { "cache-url": { "type": "string", "format": "uri" } },
                                "required": ["cache-url"] },
                "files": [ { "path": "bin/ping", "mode": "0700", "template":
                  "#!/bin/sh\\n# CACHE_URL is redis://:PASSWORD@HOST:PORT/DB\\nrest=\\"${CACHE_URL#redis://:}\\"\\nexport REDISCLI_AUTH=\\"${rest%%@*}\\"\\naddress=\\"${rest#*@}\\"\\naddress=\\"${address%%/*}\\"\\nwhile :; do\\n  answer=\\"$(redis-cli -h \\"${address%:*}\\" -p \\"${address##*:}\\" ping 2>&1)\\"\\n  if [ \\"$answer\\" = PONG ]; then touch ${partition}/connected; else echo \\"$answer\\"; rm -f ${partition}/connected; fi\\n  sleep 0.2\\ndone\\n" } ],
                "processes": [ { "name": "ping", "command": ["${partition}/bin/ping"],
                                 "environment": { "CACHE_URL": "${param.cache-url}" } } ],
                "promises": [ { "name": "connected", "kind": "file", "target": "connected", "period": 1 } ]
              } }
            }
            """;

    @TempDir
    Path dir;
    TestSite office;
    TestSite site;
    private final ByteArrayOutputStream masterLog = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @AfterEach
    void close() throws Exception {
        restoreOutput();
        if (site != null) {
            site.close();
        }
        if (office != null) {
            office.close();
        }
    }

    @Test
    void aLiveDatabasePasswordIsNowhereInClearOnTheMasterWhileItsLinkedClientConnectsWithIt() throws Exception {
        assumeTrue(SiteRoundTripTest.onPath("redis-server") && SiteRoundTripTest.onPath("redis-cli"),
                "Redis (redis-server, redis-cli) is not installed on this machine");
        captureOutput();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        office = new TestSite(dir.resolve("office"));
        office.catalog.importRelease("test", REDIS_CLIENT);
        site = new TestSite(dir.resolve("site"), false);
        Path siteData = dir.resolve("site");
        Path siteMaster = siteData.resolve("master"); // the directory TestSite keeps the site master's database in
        Path operatorKey = dir.resolve("field-engineer/.config/hyperedge/operator.key");
        List<SiteExport.Pairing> pairings = new ArrayList<>();
        for (String machine : List.of("line-1", "line-2")) {
            AgentLauncher.Launched agent = site.startAgent(machine);
            pairings.add(new SiteExport.Pairing(agent.address(), agent.pairingCode()));
        }
        Path bundle = dir.resolve("factory.hesite");
        office.master.siteExport(office.identity, office.artifacts).export("factory", List.of(cacheAndClient()),
                pairings, site.identity.certificate(), bundle, (s, d, t) -> {
                });
        site.master.siteImport(site.artifacts).importBundle(bundle, Trust.of(office.identity.fingerprint()),
                (s, d, t) -> {
                });
        assertEquals(Main.OK, cli(siteMaster, "--operator-key", operatorKey.toString(), "operators", "enroll", "--name",
                "field-engineer"));
        StringBuilder printed = new StringBuilder(lastOut);

        SiteSetup.adoptAndProvision(site.connector, site.master, (s, d, t) -> {
        });
        site.connector.start(Duration.ofMillis(200));
        long tree = site.master.composites().findTree("cache-and-client").orElseThrow();
        InstanceRecord cache = site.requests.find(tree, "cache").orElseThrow();
        InstanceRecord client = site.requests.find(tree, "client").orElseThrow();
        site.await(cache.id(), "started", true, READY);

        try {
            site.await(client.id(), "started", true, READY);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nclient's output:\n" + clientOutput(siteData.resolve("line-2")), e);
        }

        String password = NodeSecrets.of(siteData.resolve("line-1"), "password");
        String storedUrl = ReportCodec.JSON.readTree(site.reports.find(cache.id()).orElseThrow().connectionJson())
                .path("url").asText();
        assertTrue(SealedValue.isSealed(storedUrl), "the master holds the cache's URL sealed: " + storedUrl);
        String withoutKey = cli(siteMaster, "--operator-key", "none", "status") == Main.OK ? lastOut : "status failed";
        printed.append(withoutKey);
        String withKey = cli(siteMaster, "--operator-key", operatorKey.toString(), "status") == Main.OK ? lastOut : "status failed";
        assertTrue(withoutKey.lines().anyMatch(l -> l.startsWith("cache") && l.endsWith(SealedValue.SHOWN)), withoutKey);
        assertTrue(withKey.contains("redis://:" + password + "@127.0.0.1:"), "the operator's key opens it: " + withKey);
        Path returned = dir.resolve("factory.hereturn");
        assertEquals(Main.OK, cli(siteMaster, "site", "return", "--out", returned.toString()));
        printed.append(lastOut);
        java.util.regex.Matcher signer = java.util.regex.Pattern.compile("\\(([0-9a-f]{64})\\)").matcher(lastOut);
        assertTrue(signer.find(), lastOut);
        office.master.returnImport().importBundle(returned, Trust.of(signer.group(1)), (s, d, t) -> {
        });
        restoreOutput();
        site.close();
        office.close();
        site = null;
        office = null;

        List<String> found = new ArrayList<>();
        for (Path file : masterFiles(siteData)) {
            if (contains(Files.readAllBytes(file), password)) {
                found.add("site master file " + siteData.relativize(file));
            }
        }
        if (contains(masterLog.toByteArray(), password)) {
            found.add("the master's log output");
        }
        if (printed.toString().contains(password)) {
            found.add("the command line's output (operators enroll, status without the key, site return)");
        }
        found.addAll(inReturnBundle(returned, password));
        for (Path file : masterFiles(dir.resolve("office"))) {
            if (contains(Files.readAllBytes(file), password)) {
                found.add("office master file " + dir.resolve("office").relativize(file));
            }
        }
        assertEquals(List.of(), found, "the cache's password " + password + " was found in clear");
    }

    private String lastOut = "";

    /** Runs the command line on the data directory, as {@code ./hyperedge --data DIR ARGS}; its output in {@link #lastOut}. */
    private int cli(Path data, String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8));
        lastOut = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        return code;
    }

    /** A Redis cache on line-1 and, on line-2, a client that takes the cache's URL (and password) by a link. */
    private static CompositeService cacheAndClient() {
        CompositeService composite = MODEL.createCompositeService();
        composite.setName("cache-and-client");
        composite.getNodes().add(node("cache", "builtin:redis", "line-1"));
        composite.getNodes().add(node("client", "test:redis-client", "line-2"));
        Link link = MODEL.createLink();
        link.setSource(composite.getNodes().get(0));
        link.setConnectionParameter("url");
        link.setTarget(composite.getNodes().get(1));
        link.setParameter("cache-url");
        composite.getLinks().add(link);
        return composite;
    }

    private static ServiceNode node(String title, String release, String onNode) {
        ServiceNode node = MODEL.createServiceNode();
        node.setTitle(title);
        node.setReleaseId(release);
        node.setSoftwareType("default");
        Entry sla = MODEL.createEntry();
        sla.setKey("node");
        sla.setValue(onNode);
        node.getSla().add(sla);
        return node;
    }

    /** What the client's process printed, and the promise results its agent kept: why it did not connect. */
    private static String clientOutput(Path agentData) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.find(agentData.resolve("private"), 3, (p, a) -> p.toString().endsWith(".log"))) {
            for (Path file : files.toList()) {
                String log = Files.readString(file);
                text.append(file.getFileName()).append(": ").append(log.length() > 2000 ? log.substring(log.length() - 2000) : log);
            }
        }
        return text.toString();
    }

    /** Every file of a master's data directory: its database, trace, identity, caches; not its agents' directories. */
    private static List<Path> masterFiles(Path data) throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !data.relativize(f).toString().startsWith("line-")).toList();
        }
    }

    private static List<String> inReturnBundle(Path bundle, String secret) throws IOException {
        List<String> found = new ArrayList<>();
        if (contains(Files.readAllBytes(bundle), secret)) {
            found.add("the return bundle's bytes");
        }
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(bundle))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (contains(zip.readAllBytes(), secret)) {
                    found.add("return bundle entry " + entry.getName());
                }
            }
        }
        return found;
    }

    private static boolean contains(byte[] haystack, String secret) {
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The master runs in this JVM: what it prints goes to the test's log and to {@link #masterLog}. */
    private void captureOutput() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(new Tee(savedOut, masterLog), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(savedErr, masterLog), true, StandardCharsets.UTF_8));
    }

    private void restoreOutput() {
        if (savedOut != null) {
            System.setOut(savedOut);
            System.setErr(savedErr);
            savedOut = null;
        }
    }
}
