package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hyperedge.agent.software.HostCommands;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.sync.InstanceReports.Reported;
import org.hyperedge.master.ticket.Ticket;
import org.hyperedge.protocol.report.ReportCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two versions of one release on one real agent: side by side, and an instance upgraded in place. */
class ReleaseVersionsTest extends SiteTest {

    private static final Duration READY = Duration.ofSeconds(90);


    @BeforeEach
    void startSite() throws Exception {
        assumeTrue(HostCommands.resolve("python3").isPresent(), "python3 is not installed on this machine");
        site = new TestSite(dir);
    }

    @Test
    void twoVersionsOfOneReleaseAreInstalledSideBySideAndEachServesItsInstance() throws Exception {
        // given static-web 1.0 and 1.1 in the catalog and one node
        String old = StaticWebVersions.importVersion(site.catalog, "1.0");
        String current = StaticWebVersions.importVersion(site.catalog, "1.1");
        String node = site.agent("edge");
        site.connector.start(Duration.ofMillis(200));

        // when an instance of each is requested on that node
        InstanceRecord first = site.requests.request(Request.root("old-site", old, "default", EndToEndTest.parameters())
                .withSla(Map.of("node", node)));
        InstanceRecord second = site.requests.request(Request.root("new-site", current, "default",
                EndToEndTest.parameters()).withSla(Map.of("node", node)));

        // then both run at once, each from its own software directory, each serving its own version's page
        assertTrue(HttpAnswer.get(url(site.await(first.id(), "started", true, READY))).body().contains("version 1.0"));
        assertTrue(HttpAnswer.get(url(site.await(second.id(), "started", true, READY))).body().contains("version 1.1"));
        assertEquals(2, installedSoftware().size(), "one software directory per version: " + installedSoftware());
    }

    @Test
    void requestingATitleWithANewerVersionUpgradesItInItsPartitionKeepingItsFiles() throws Exception {
        // given a site on static-web 1.0 with a file of its own in its partition
        String old = StaticWebVersions.importVersion(site.catalog, "1.0");
        String current = StaticWebVersions.importVersion(site.catalog, "1.1");
        String node = site.agent("edge");
        site.connector.start(Duration.ofMillis(200));
        InstanceRecord before = site.requests.request(Request.root("site", old, "default", EndToEndTest.parameters())
                .withSla(Map.of("node", node)));
        String url = url(site.await(before.id(), "started", true, READY));
        Path data = dir.resolve("edge").resolve("partitions").resolve(before.partition()).resolve("www").resolve("data.txt");
        Files.writeString(data, "orders since 2019");
        assertTrue(HttpAnswer.get(url).body().contains("version 1.0"));

        // when the same title is requested with 1.1
        InstanceRecord after = site.requests.request(Request.root("site", current, "default", EndToEndTest.parameters())
                .withSla(Map.of("node", node)));

        // then it is the same instance in the same partition, now on 1.1, serving its kept file
        assertEquals(before.id(), after.id());
        assertEquals(current, after.releaseId());
        assertEquals(before.partition(), after.partition());
        String page = awaitPage(url, "version 1.1");
        assertTrue(page.contains("version 1.1"), page);
        assertEquals("orders since 2019", HttpAnswer.get(url + "data.txt").body());
        assertEquals(2, installedSoftware().size(), "the new version installed beside the old: " + installedSoftware());
    }

    @Test
    void aDowngradeIsRefusedNamingBothVersionsAndTheInstanceKeepsRunningItsVersion() throws Exception {
        // given a site on static-web 1.1
        String old = StaticWebVersions.importVersion(site.catalog, "1.0");
        String current = StaticWebVersions.importVersion(site.catalog, "1.1");
        String node = site.agent("edge");
        site.connector.start(Duration.ofMillis(200));
        InstanceRecord running = site.requests.request(Request.root("site", current, "default", EndToEndTest.parameters())
                .withSla(Map.of("node", node)));
        String url = url(site.await(running.id(), "started", true, READY));
        long generation = site.master.nodes().generation(node);

        // when it is requested with 1.0
        RequestRefused refused = assertThrows(RequestRefused.class, () -> site.requests.request(Request.root("site", old,
                "default", EndToEndTest.parameters()).withSla(Map.of("node", node))));

        // then the refusal names both versions, and nothing changed
        assertEquals(List.of("instance 'site' runs acme:static-web@1.1 version 1.1; acme:static-web@1.0 version 1.0 is "
                + "older: a downgrade is refused (request version 1.1 or newer, or a new title)"), refused.reasons());
        assertEquals(current, site.requests.find(running.treeId(), "site").orElseThrow().releaseId());
        assertEquals(generation, site.master.nodes().generation(node), "nothing new was sent to the node");
        assertTrue(HttpAnswer.get(url).body().contains("version 1.1"));
    }

    @Test
    void anUpgradeRunsTheNewVersionsStepInThePartitionWithBothVersionsInItsEnvironment() throws Exception {
        // given a site on 1.0, and a 1.1 whose upgrade step records what it was told
        String old = StaticWebVersions.importVersion(site.catalog, "1.0");
        String current = StaticWebVersions.importVersion(site.catalog, "1.1",
                "[\"sh\", \"-c\", \"echo \\\"$HYPEREDGE_FROM_VERSION to $HYPEREDGE_TO_VERSION\\\" > www/migrated.txt\"]", false);
        String node = site.agent("edge");
        site.connector.start(Duration.ofMillis(200));
        InstanceRecord before = site.requests.request(Request.root("site", old, "default", EndToEndTest.parameters())
                .withSla(Map.of("node", node)));
        String url = url(site.await(before.id(), "started", true, READY));

        // when it is upgraded
        site.requests.request(Request.root("site", current, "default", EndToEndTest.parameters()).withSla(Map.of("node", node)));

        // then the step ran in the partition before 1.1 started, and the upgrade left no ticket
        assertTrue(awaitPage(url, "version 1.1").contains("version 1.1"));
        assertEquals("1.0 to 1.1\n", HttpAnswer.get(url + "migrated.txt").body());
        assertEquals(List.of(), site.master.tickets().list("open", "upgrade"));
    }

    @Test
    void aFailingUpgradeStepRollsBackToTheOldVersionKeepingTheFilesAndOpensATicket() throws Exception {
        // given a site on 1.0 with a file of its own, and a 1.1 whose upgrade step fails
        String old = StaticWebVersions.importVersion(site.catalog, "1.0");
        String current = StaticWebVersions.importVersion(site.catalog, "1.1",
                "[\"sh\", \"-c\", \"echo cannot convert the data >&2; exit 3\"]", false);
        String node = site.agent("edge");
        site.connector.start(Duration.ofMillis(200));
        InstanceRecord before = site.requests.request(Request.root("site", old, "default", EndToEndTest.parameters())
                .withSla(Map.of("node", node)));
        String url = url(site.await(before.id(), "started", true, READY));
        Files.writeString(dir.resolve("edge").resolve("partitions").resolve(before.partition()).resolve("www")
                .resolve("data.txt"), "orders since 2019");

        // when it is asked to upgrade
        site.requests.request(Request.root("site", current, "default", EndToEndTest.parameters()).withSla(Map.of("node", node)));

        // then a ticket says why, the instance is recorded back on 1.0, and 1.0 serves its files again
        Ticket ticket = awaitTicket("upgrade:" + before.id());
        assertEquals("upgrade from acme:static-web@1.0 version 1.0 to acme:static-web@1.1 version 1.1 failed on " + node
                + " and was rolled back: the upgrade step exited with 3: cannot convert the data", ticket.reason());
        assertEquals(old, awaitRelease(before, old));
        assertTrue(awaitPage(url, "version 1.0").contains("version 1.0"));
        assertEquals("orders since 2019", HttpAnswer.get(url + "data.txt").body());
        assertEquals(before.partition(), site.requests.find(before.treeId(), "site").orElseThrow().partition());
    }

    @Test
    void aNewVersionWhoseProcessDoesNotStayUpIsRolledBackAndTicketed() throws Exception {
        // given a site on 1.0, and a 1.2 whose web server exits at once
        String old = StaticWebVersions.importVersion(site.catalog, "1.0");
        String broken = StaticWebVersions.importVersion(site.catalog, "1.2", null, true);
        String node = site.agent("edge");
        site.connector.start(Duration.ofMillis(200));
        InstanceRecord before = site.requests.request(Request.root("site", old, "default", EndToEndTest.parameters())
                .withSla(Map.of("node", node)));
        String url = url(site.await(before.id(), "started", true, READY));

        // when it is asked to upgrade
        site.requests.request(Request.root("site", broken, "default", EndToEndTest.parameters()).withSla(Map.of("node", node)));

        // then
        Ticket ticket = awaitTicket("upgrade:" + before.id());
        assertTrue(ticket.reason().endsWith("process http of the new version exited at once"), ticket.reason());
        assertEquals(old, awaitRelease(before, old));
        assertTrue(awaitPage(url, "version 1.0").contains("version 1.0"));
        site.await(before.id(), "started", true, READY);
    }

    private Ticket awaitTicket(String cause) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline) {
            for (Ticket ticket : site.master.tickets().list("open", "upgrade")) {
                if (ticket.cause().equals(cause)) {
                    return ticket;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no open ticket " + cause + ": " + site.master.tickets().list("all", null));
    }

    private String awaitRelease(InstanceRecord instance, String releaseId) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        String now = null;
        while (System.nanoTime() < deadline) {
            now = site.requests.find(instance.treeId(), instance.title()).orElseThrow().releaseId();
            if (now.equals(releaseId)) {
                break;
            }
            Thread.sleep(200);
        }
        return now;
    }

    private static String url(Reported reported) throws Exception {
        return ReportCodec.JSON.readTree(reported.connectionJson()).path("url").asText();
    }

    /** The page at {@code url} once it shows {@code text} (or as it is after a minute and a half). */
    private static String awaitPage(String url, String text) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        String page = "";
        while (System.nanoTime() < deadline) {
            try {
                page = HttpAnswer.get(url).body();
                if (page.contains(text)) {
                    return page;
                }
            } catch (java.io.IOException restarting) {
                page = restarting.toString();
            }
            Thread.sleep(200);
        }
        return page;
    }

    /** The node's installed software directories (each with its marker). */
    private List<String> installedSoftware() throws Exception {
        try (Stream<Path> entries = Files.list(dir.resolve("edge").resolve("software"))) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".installed")).sorted().toList();
        }
    }
}
