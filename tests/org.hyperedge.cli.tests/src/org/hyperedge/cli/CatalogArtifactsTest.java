package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.hyperedge.agent.launch.AgentLauncher;
import org.hyperedge.agent.launch.LeftServices;
import org.hyperedge.connector.Connector;
import org.hyperedge.connector.MasterSite;
import org.hyperedge.master.Master;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.sync.InstanceReports.Reported;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Issue 22, item 4, artifacts: {@code catalog publish} carries the artifact files its releases name, by sha256, listed
 * in the signed index; {@code catalog update} fetches each one the master lacks, checks it, and keeps it in the
 * software cache its agents are given artifacts from, so a subscribed release runs on a real agent. A tampered or
 * truncated artifact, in a directory or over HTTPS, refuses the whole update: no release, no artifact kept.
 */
class CatalogArtifactsTest {

    private static final Duration READY = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    private ArtifactCatalog acme;
    private CatalogHttpsServer server;
    private Process agent;

    @BeforeEach
    void publisher() throws IOException {
        // the agent's partition users enter its data directory through this one
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        acme = new ArtifactCatalog(temp);
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (agent != null) {
            agent.destroy();
            agent.waitFor();
            LeftServices.end(temp.resolve("edge"));
        }
    }

    @Test
    void aSubscribedReleaseComesWithItsArtifactAndRunsOnARealAgent() throws Exception {
        // given a published release whose install copies its artifact, and a master subscribed to it
        String publisher = acme.publish("acme-key");
        subscribe(acme.index().toString(), publisher);

        // when the master updates, then a real agent is given the release
        CliRun update = CliRun.inProcess(data(), "catalog", "update", "acme");
        Reported running;
        try (Master master = Master.open(data()); Connector connector = MasterSite.connector(master, data(), 1)) {
            String node = adoptAgent(connector);
            connector.start(Duration.ofMillis(100));
            InstanceRecord greeter = master.requests().request(Request.root("greeter", ArtifactCatalog.ID, "default",
                    JsonNodeFactory.instance.objectNode()).withSla(Map.of("node", node)));
            running = await(master, greeter.id());
        }

        // then the artifact came with the release, into the cache, and the process read it on the node
        assertEquals(Main.OK, update.code(), update.err());
        assertTrue(update.out().contains("added acme:greeter (Greeter 1.0) from acme"), update.out());
        assertTrue(update.out().contains("acme: 1 added, 0 already in the catalog (unchanged); 1 artifacts fetched into "
                + "the software cache"), update.out());
        assertEquals(ArtifactCatalog.GREETING, Files.readString(cached()));
        assertTrue(running.healthy(), running.toString());
        assertEquals(ArtifactCatalog.GREETING, Files.readString(partitionFile("greeting.txt")));
    }

    @Test
    void publishRefusesAReleaseWhoseArtifactIsMissingOrWrongNamingItAndPublishesNothing() throws IOException {
        // given a release directory whose artifact is gone, then one whose artifact differs from its descriptor
        Path releases = acme.releases();
        Files.delete(releases.resolve("greeter/greeting.txt"));
        CliRun missing = publish(releases);
        Files.writeString(releases.resolve("greeter/greeting.txt"), "HELLO FROM ACME'S ARTIFACT\n");
        CliRun altered = publish(releases);
        Files.writeString(releases.resolve("greeter/greeting.txt"), "hello");
        CliRun shorter = publish(releases);

        // then each is refused, naming the artifact and what is wrong, and no index is written
        assertEquals(Main.REFUSED, missing.code());
        assertTrue(missing.err().contains("$.artifacts[0]: artifact 'greeting.txt' (sha256 "
                + ArtifactCatalog.sha256(ArtifactCatalog.GREETING) + ") is not in "), missing.err());
        assertEquals(Main.REFUSED, altered.code());
        assertTrue(altered.err().contains("artifact 'greeting.txt': ") && altered.err().contains(" has sha256 ")
                && altered.err().contains("not the " + ArtifactCatalog.sha256(ArtifactCatalog.GREETING)), altered.err());
        assertEquals(Main.REFUSED, shorter.code());
        assertTrue(shorter.err().contains("has 5 bytes, not the 27 the descriptor gives"), shorter.err());
        assertFalse(Files.exists(acme.index()), "nothing is published");
    }

    @Test
    void publishTakesTheArtifactsOfADescriptorFileFromTheArtifactsDirectory() throws IOException {
        // given a descriptor file (no release directory of its own) and its artifact in a directory of files
        Path releases = Files.createDirectories(temp.resolve("flat"));
        Files.writeString(releases.resolve("greeter.json"), ArtifactCatalog.descriptor(ArtifactCatalog.GREETING));
        Path files = Files.createDirectories(temp.resolve("files"));
        Files.writeString(files.resolve("greeting.txt"), ArtifactCatalog.GREETING);

        // when it is published with and without --artifacts
        CliRun without = publish(releases);
        CliRun with = publish(releases, "--artifacts", files.toString());

        // then only the one given the file publishes, the artifact beside the index, listed in it by sha256 and size
        assertEquals(Main.REFUSED, without.code());
        assertTrue(without.err().contains("is not in any --artifacts DIR"), without.err());
        assertEquals(Main.OK, with.code(), with.err());
        assertEquals(ArtifactCatalog.GREETING, Files.readString(acme.publishedArtifact()));
        String index = Files.readString(acme.index().resolve("catalog-index.json"));
        assertTrue(index.contains("\"sha256\" : \"" + ArtifactCatalog.sha256(ArtifactCatalog.GREETING) + "\",\n"
                + "    \"size\" : 27"), index);
    }

    @Test
    void aTamperedArtifactInADirectoryRefusesTheWholeUpdateAndNothingChanges() throws IOException {
        // given a subscribed source whose artifact is replaced after signing by other bytes of the same length
        subscribe(acme.index().toString(), acme.publish("acme-key"));
        Files.writeString(acme.publishedArtifact(), ArtifactCatalog.GREETING.toUpperCase());

        CliRun update = CliRun.inProcess(data(), "catalog", "update", "acme");

        assertRefusedAndNothingChanged(update, "the artifact was altered after publishing");
    }

    @Test
    void aTruncatedArtifactInADirectoryRefusesTheWholeUpdateAndNothingChanges() throws IOException {
        subscribe(acme.index().toString(), acme.publish("acme-key"));
        Files.writeString(acme.publishedArtifact(), ArtifactCatalog.GREETING.substring(0, 10));

        CliRun update = CliRun.inProcess(data(), "catalog", "update", "acme");

        assertRefusedAndNothingChanged(update, "has 10 bytes, not the 27 the signed index lists: the artifact is truncated");
    }

    @Test
    void anArtifactServedOverHttpsIsFetchedAndKept() throws IOException {
        String publisher = acme.publish("acme-key");
        server = new CatalogHttpsServer(acme.index(), temp.resolve("server-key"));
        subscribe(server.url(), publisher);

        CliRun update = CliRun.inProcess(data(), "catalog", "update", "acme");

        assertEquals(Main.OK, update.code(), update.err());
        assertTrue(update.out().contains("1 artifacts fetched into the software cache"), update.out());
        assertEquals(ArtifactCatalog.GREETING, Files.readString(cached()));
    }

    @Test
    void aTamperedArtifactServedOverHttpsRefusesTheWholeUpdate() throws IOException {
        String publisher = acme.publish("acme-key");
        server = new CatalogHttpsServer(acme.index(), temp.resolve("server-key"));
        subscribe(server.url(), publisher);
        Files.writeString(acme.publishedArtifact(), ArtifactCatalog.GREETING.toUpperCase());

        CliRun update = CliRun.inProcess(data(), "catalog", "update", "acme");

        assertRefusedAndNothingChanged(update, "the artifact was altered after publishing");
    }

    @Test
    void anArtifactCutShortOverHttpsRefusesTheWholeUpdate() throws IOException {
        String publisher = acme.publish("acme-key");
        server = new CatalogHttpsServer(acme.index(), temp.resolve("server-key"));
        subscribe(server.url(), publisher);
        server.fault("artifacts/" + ArtifactCatalog.sha256(ArtifactCatalog.GREETING), CatalogHttpsServer.Fault.TRUNCATED);

        CliRun update = CliRun.inProcess(data(), "catalog", "update", "acme");

        assertRefusedAndNothingChanged(update, "(truncated)");
    }

    @Test
    void anArtifactLargerThanListedOverHttpsIsCutOffUnread() throws IOException {
        String publisher = acme.publish("acme-key");
        server = new CatalogHttpsServer(acme.index(), temp.resolve("server-key"));
        subscribe(server.url(), publisher);
        server.fault("artifacts/" + ArtifactCatalog.sha256(ArtifactCatalog.GREETING), CatalogHttpsServer.Fault.OVERSIZED);

        CliRun update = CliRun.inProcess(data(), "catalog", "update", "acme");

        assertRefusedAndNothingChanged(update, "answered more than 27 bytes");
    }

    private void assertRefusedAndNothingChanged(CliRun update, String why) throws IOException {
        CliRun catalog = CliRun.inProcess(data(), "catalog");
        assertEquals(Main.REFUSED, update.code(), update.out());
        assertTrue(update.err().contains("catalog source acme is refused: "), update.err());
        assertTrue(update.err().contains(why), update.err());
        assertTrue(update.err().contains("nothing was changed"), update.err());
        assertFalse(catalog.out().contains(ArtifactCatalog.ID), catalog.out());
        assertFalse(Files.exists(cached()), "no artifact is kept");
    }

    private CliRun publish(Path releases, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("catalog", "publish", releases.toString(), "--out",
                acme.index().toString(), "--key", temp.resolve("acme-key").toString()));
        args.addAll(List.of(more));
        return CliRun.inProcess(temp.resolve("publisher"), args.toArray(String[]::new));
    }

    private void subscribe(String location, String publisher) {
        CliRun added = CliRun.inProcess(data(), "catalog", "add-source", location, "--trust", publisher, "--name", "acme");
        assertEquals(Main.OK, added.code(), added.err());
    }

    private String adoptAgent(Connector connector) throws Exception {
        int ports = freePort();
        AgentLauncher.Launched launched = AgentLauncher.start(List.of("--data", temp.resolve("edge").toString(), "--listen",
                "127.0.0.1:" + freePort(), "--ip", "127.0.0.1", "--name", "edge", "--partitions", "1", "--ports",
                ports + "-" + (ports + 9)), temp.resolve("edge.log"));
        agent = launched.process();
        return connector.adopt(launched.address(), launched.pairingCode(), "factory", Map.of());
    }

    private static Reported await(Master master, long instanceId) throws InterruptedException {
        long deadline = System.nanoTime() + READY.toNanos();
        Optional<Reported> last = Optional.empty();
        while (System.nanoTime() < deadline) {
            last = master.instanceReports().find(instanceId);
            if (last.isPresent() && "started".equals(last.get().state()) && last.get().healthy()) {
                return last.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the subscribed release did not run healthy within " + READY + "; last: " + last);
    }

    private Path partitionFile(String name) throws IOException {
        try (Stream<Path> files = Files.walk(temp.resolve("edge"))) {
            return files.filter(file -> file.getFileName().toString().equals(name) && file.toString().contains("partition"))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in a partition of the agent"));
        }
    }

    private Path cached() {
        return data().resolve("cache").resolve(ArtifactCatalog.sha256(ArtifactCatalog.GREETING));
    }

    private Path data() {
        return temp.resolve("data");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
