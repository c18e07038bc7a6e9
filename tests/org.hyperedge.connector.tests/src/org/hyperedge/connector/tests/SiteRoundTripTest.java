package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hyperedge.agent.launch.AgentLauncher;
import org.hyperedge.agent.software.HostCommands;
import org.hyperedge.connector.SiteSetup;
import org.hyperedge.master.accounting.Resource;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.site.CompositeXmi;
import org.hyperedge.master.site.SiteExport;
import org.hyperedge.master.site.SiteSummary;
import org.hyperedge.master.site.Trust;
import org.hyperedge.model.CompositeService;
import org.hyperedge.model.ServiceNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The field engineer's day, with real agents on loopback: the office exports the factory-in-a-box site bundle,
 * an empty site master imports it, adopts the site's three machines and provisions the composite with the
 * artifacts of the bundle only; the site runs for a while, its return bundle is imported at the office twice,
 * and the office sees every instance, promise result and usage record exactly once.
 */
class SiteRoundTripTest {

    private static final Duration READY = Duration.ofSeconds(120);

    @TempDir
    Path dir;
    TestSite office;
    TestSite site;

    @AfterEach
    void close() throws Exception {
        if (site != null) {
            site.close();
        }
        if (office != null) {
            office.close();
        }
    }

    @Test
    void aSiteProvisionedFromTheBundleReturnsItsRecordsToTheOfficeExactlyOnce() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        office = new TestSite(dir.resolve("office"));
        office.master.prices().set(Resource.CPU, new BigDecimal("0.0000110000"), "EUR",
                Instant.parse("2026-11-01T00:00:00Z"));
        site = new TestSite(dir.resolve("site"), false);
        List<SiteExport.Pairing> pairings = new ArrayList<>();
        for (String machine : List.of("line-1", "line-2", "line-3")) {
            AgentLauncher.Launched agent = site.startAgent(machine);
            pairings.add(new SiteExport.Pairing(agent.address(), agent.pairingCode()));
        }
        CompositeService factory = runnableHere(CompositeXmi.builtIn("factory-in-a-box").orElseThrow());
        Path bundle = dir.resolve("factory.hesite");

        // at the office
        SiteSummary exported = office.master.siteExport(office.identity, office.artifacts).export("factory",
                List.of(factory), pairings, site.identity.certificate(), bundle, (s, d, t) -> {
                });
        // at the site, on an empty master
        SiteSummary imported = site.master.siteImport(site.artifacts).importBundle(bundle,
                Trust.of(office.identity.fingerprint()), (s, d, t) -> {
                });
        SiteSummary setUp = SiteSetup.adoptAndProvision(site.connector, site.master, (s, d, t) -> {
        });
        site.connector.start(Duration.ofMillis(200));

        assertEquals(1, exported.count("artifacts"), "the H2 jar travels in the bundle");
        assertEquals(1, imported.count("artifacts added to the cache"));
        assertEquals(3, setUp.count("machines adopted"), setUp.toString());
        long tree = site.master.composites().findTree("factory-in-a-box").orElseThrow();
        List<InstanceRecord> instances = site.requests.tree(tree);
        assertEquals(factory.getNodes().size(), instances.size());
        for (InstanceRecord instance : instances) {
            site.await(instance.id(), "started", true, READY);
        }
        // let it run: usage every 5 s from every partition, promise results
        String someNode = site.requests.tree(tree).get(0).nodeId();
        site.awaitIngested(someNode, 12, Duration.ofSeconds(40));
        Thread.sleep(6_000);

        Path returned = dir.resolve("factory.hereturn");
        SiteSummary returnExport = site.master.returnExport(site.identity).export(returned, (s, d, t) -> {
        });
        Trust siteMaster = Trust.of(site.identity.fingerprint());
        SiteSummary first = office.master.returnImport().importBundle(returned, siteMaster, (s, d, t) -> {
        });
        long[] afterFirst = officeCounts();
        SiteSummary second = office.master.returnImport().importBundle(returned, siteMaster, (s, d, t) -> {
        });

        assertTrue(returnExport.count("usage records") > 0, returnExport.toString());
        assertEquals(factory.getNodes().size(), first.count("instances created"), first.toString());
        assertEquals(returnExport.count("usage records"), first.count("usage records"));
        assertEquals(returnExport.count("promise results"), first.count("promise results"));
        assertEquals(0, second.count("instances created") + second.count("instances updated") + second.count("usage records")
                + second.count("promise results") + second.count("node events") + second.count("tickets created"),
                second.toString());
        assertEquals(List.of(), second.conflicts());
        long[] afterSecond = officeCounts();
        assertEquals(java.util.Arrays.toString(afterFirst), java.util.Arrays.toString(afterSecond));
        assertEquals(factory.getNodes().size(), afterSecond[0], "every site instance once at the office");
        assertEquals(returnExport.count("usage records"), afterSecond[1], "every usage record once");
        assertEquals(returnExport.count("usage records"), afterSecond[2], "booked into the ledger once");
        assertEquals(returnExport.count("promise results"), afterSecond[3], "every promise result once");
        for (InstanceRecord atOffice : office.requests.all()) {
            assertEquals("started", atOffice.reportedState(), atOffice.title());
            assertTrue(atOffice.nodeId().startsWith("factory/line-"), atOffice.nodeId());
        }
        assertEquals(0, office.requests.placePending(), "the office places nothing of the site on its own nodes");
    }

    /** The composite without services whose host programs are not installed here (mosquitto; nginx and curl for the edge). */
    static CompositeService runnableHere(CompositeService composite) {
        List<ServiceNode> missing = composite.getNodes().stream()
                .filter(n -> n.getReleaseId().equals("builtin:mosquitto") && !onPath("mosquitto")
                        || n.getReleaseId().equals("builtin:collector") && !(onPath("mosquitto") && onPath("psql"))
                        || n.getReleaseId().equals("builtin:cdn") && !(HostCommands.resolve("nginx").isPresent()
                                && HostCommands.resolve("curl").isPresent())).toList();
        composite.getLinks().removeIf(link -> missing.contains(link.getSource()) || missing.contains(link.getTarget()));
        composite.getNodes().removeAll(missing);
        return composite;
    }

    static boolean onPath(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }

    private long[] officeCounts() {
        return office.database.inTransaction(connection -> {
            long[] counts = new long[6];
            String[] queries = { "SELECT COUNT(*) FROM instance", "SELECT COUNT(*) FROM usage_record",
                    "SELECT COALESCE(SUM(records), 0) FROM usage_ledger", "SELECT COUNT(*) FROM promise_result",
                    "SELECT COUNT(*) FROM node_event", "SELECT COUNT(*) FROM ticket" };
            for (int i = 0; i < queries.length; i++) {
                try (PreparedStatement query = connection.prepareStatement(queries[i]); ResultSet row = query.executeQuery()) {
                    row.next();
                    counts[i] = row.getLong(1);
                }
            }
            return counts;
        });
    }
}
