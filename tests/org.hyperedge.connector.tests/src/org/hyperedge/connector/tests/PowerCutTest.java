package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hyperedge.agent.launch.AgentLauncher;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * Issue 23, a node's power cut: every process of the node (its own network namespace) killed at once, the agent and
 * every service it started. Started again on its data, as a boot starts it, the agent brings each instance back to
 * its requested state with its data, and the master's history shows the outage.
 */
class PowerCutTest {

    private static final Duration READY = Duration.ofSeconds(90);
    private static final String NODE = "node-a";

    @TempDir
    Path dir;
    private TestSite site;
    private IsolatedHost host;
    private int boots;

    @BeforeEach
    void isolatedHost() throws Exception {
        assumeTrue(IsolatedHost.possible(), "needs root and iproute2 to make a network namespace");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        site = new TestSite(dir.resolve("office"));
        host = IsolatedHost.create();
    }

    @AfterEach
    void stopAll() throws Exception {
        if (site != null) {
            site.close();
        }
        if (host != null) {
            host.close();
        }
    }

    @Test
    void afterAPowerCutTheBootedAgentBringsEveryInstanceBackWithItsData() throws Exception {
        AgentLauncher.Launched booted = boot();
        site.connector.adopt(booted.address(), booted.pairingCode(), "factory", Map.of());
        site.connector.start(Duration.ofMillis(100));
        InstanceRecord orders = site.requests.request(Request.root("orders-db", "builtin:h2-database", "default",
                EndToEndTest.parameters("database", "orders")).withSla(Map.of("node", NODE)));
        InstanceRecord web = site.requests.request(Request.root("shop", "builtin:static-web", "default",
                EndToEndTest.parameters("title", "shop")).withSla(Map.of("node", NODE)));
        H2Client database = H2Client.of(site, site.await(orders.id(), "started", true, READY));
        site.await(web.id(), "started", true, READY);
        database.execute("CREATE TABLE kept (note VARCHAR(20))", "INSERT INTO kept VALUES ('kept')");

        host.powerOff();
        Instant cut = Instant.now();
        awaitDown(database);
        Thread.sleep(3_000);
        Instant back = Instant.now();
        boot();

        awaitRestarted(cut, List.of("h2", "http"));
        site.await(orders.id(), "started", true, READY);
        site.await(web.id(), "started", true, READY);
        assertEquals("kept", database.row(), "the database's rows survived the power cut");
        assertTrue(firstEventAfter(cut).isAfter(back), "the history shows nothing from the node while it was off");
    }

    private AgentLauncher.Launched boot() throws Exception {
        return host.startAgent(dir.resolve("node"), NODE, dir.resolve("node-" + boots++ + ".log"));
    }

    /** Waits until the database refuses connections: SIGKILL is delivered at once, a process ends a moment later. */
    private static void awaitDown(H2Client database) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                database.row();
                Thread.sleep(100);
            } catch (SQLException down) {
                return;
            }
        }
        assertThrows(SQLException.class, database::row, "the database is down with its node");
    }

    /** Waits until the master holds, from after the cut, a "started" process event of each named process. */
    private List<String> awaitRestarted(Instant cut, List<String> processes) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        List<String> events = eventsAfter(cut);
        while (!processes.stream().allMatch(name -> events.stream().anyMatch(e -> e.contains("\"name\":\"" + name + "\"")
                && e.contains("\"event\":\"started\""))) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            events.clear();
            events.addAll(eventsAfter(cut));
        }
        for (String name : processes) {
            assertTrue(events.stream().anyMatch(e -> e.contains("\"name\":\"" + name + "\"") && e.contains("started")),
                    "the node reported " + name + " started again after the cut: " + events);
        }
        return events;
    }

    private Instant firstEventAfter(Instant cut) {
        return site.database.inTransaction(connection -> {
            try (var query = connection.prepareStatement("SELECT MIN(at) FROM node_event WHERE node_id = ? AND at > ?")) {
                query.setString(1, NODE);
                query.setObject(2, cut.atOffset(java.time.ZoneOffset.UTC));
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getObject(1, java.time.OffsetDateTime.class).toInstant();
                }
            }
        });
    }

    /** The node's events the master ingested that happened after {@code cut}, as {@code kind: summary}. */
    private List<String> eventsAfter(Instant cut) {
        return site.database.inTransaction(connection -> {
            List<String> events = new ArrayList<>();
            try (var query = connection.prepareStatement(
                    "SELECT kind || ': ' || summary FROM node_event WHERE node_id = ? AND at > ? ORDER BY seq")) {
                query.setString(1, NODE);
                query.setObject(2, cut.atOffset(java.time.ZoneOffset.UTC));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        events.add(rows.getString(1));
                    }
                }
            }
            return events;
        });
    }
}
