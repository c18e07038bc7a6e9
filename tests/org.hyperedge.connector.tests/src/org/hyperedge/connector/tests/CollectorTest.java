package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.hyperedge.agent.software.HostCommands;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.ParameterLink;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.sync.InstanceReports.Reported;
import org.hyperedge.model.RequestedState;
import org.hyperedge.protocol.report.ReportCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The seed's wind-turbine case: a collector takes a broker's messages into a PostgreSQL table; the database stopped
 * for two minutes under a steady flow of messages loses none of them, and stores none twice, once it is back.
 */
class CollectorTest extends SiteTest {

    private static final Duration READY = Duration.ofSeconds(120);
    private static final Duration OUTAGE = Duration.ofMinutes(2);
    private static final long EVERY_MS = 100;


    @BeforeEach
    void startSite() throws Exception {
        assumeTrue(HostCommands.resolve("mosquitto").isPresent() && HostCommands.resolve("initdb").isPresent()
                && HostCommands.resolve("psql").isPresent(), "needs Mosquitto and PostgreSQL on this machine: sudo apt-get "
                        + "install -y --no-install-recommends mosquitto postgresql");
        site = new TestSite(dir);
    }

    @Test
    void theDatabaseStoppedForTwoMinutesUnderASteadyFlowLosesNoMessageAndStoresNoneTwice() throws Exception {
        // given: a broker, a database and a collector linked to both, in one tree on one node
        String node = site.agent("node-a", java.util.List.of("--partitions", "3"));
        site.connector.start(Duration.ofMillis(200));
        Map<String, String> sla = Map.of("node", node);
        InstanceRecord broker = site.requests.request(Request.root("broker", "mosquitto", "default",
                EndToEndTest.parameters()).withSla(sla));
        InstanceRecord records = site.requests.request(new Request("records", "postgresql", "default",
                EndToEndTest.parameters(), sla, RequestedState.STARTED, false, broker.id()));
        InstanceRecord collector = site.requests.request(new Request("collector", "collector", "default",
                EndToEndTest.parameters("topic", "turbines/#"), sla, RequestedState.STARTED, false, broker.id())
                .withLinks(Map.of("broker-url", new ParameterLink("broker", "url"), "broker-user",
                        new ParameterLink("broker", "user"), "broker-password", new ParameterLink("broker", "password"),
                        "database-url", new ParameterLink("records", "url"))));
        JsonNode brokerConnection = ReportCodec.JSON.readTree(site.await(broker.id(), "started", true, READY).connectionJson());
        Reported database = site.await(records.id(), "started", true, READY);
        site.await(collector.id(), "started", true, READY);
        URI brokerUrl = URI.create(brokerConnection.path("url").asText());
        PGSimpleDataSource table = dataSource(site.open(ReportCodec.JSON.readTree(database.connectionJson()).path("url").asText()));

        // when: a turbine publishes ten readings a second, and the database stops for two minutes meanwhile
        Turbine turbine = new Turbine(brokerUrl, brokerConnection.path("user").asText(),
                site.open(brokerConnection.path("password").asText()));
        turbine.start();
        Thread.sleep(3_000);
        site.requests.changeState(records.id(), RequestedState.STOPPED);
        long stopped = System.nanoTime();
        PromiseResults.Result buffering = PromiseResults.await(site, collector.id(), "collecting",
                r -> Boolean.FALSE.equals(r.ok()) && r.message().contains("buffered on disk"), READY);
        Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - stopped) / 1_000_000));
        int publishedDuringOutage = turbine.published.get();
        site.requests.changeState(records.id(), RequestedState.STARTED);
        site.await(records.id(), "started", true, READY);
        Thread.sleep(3_000);
        int published = turbine.finish();

        // then: every reading is in the table, once, and the collector says it is storing again
        assertNull(turbine.failure.get(), () -> "the broker refused a reading: " + turbine.failure.get());
        assertTrue(buffering.message().contains("exited with 1: database not storing since "), buffering.message());
        assertTrue(publishedDuringOutage > OUTAGE.toMillis() / EVERY_MS / 2, "a steady flow during the outage: "
                + publishedDuringOutage);
        long deadline = System.nanoTime() + READY.toNanos();
        while (count(table, "COUNT(*)") < published && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(published, count(table, "COUNT(*)"), "every reading published is stored");
        assertEquals(published, count(table, "COUNT(DISTINCT payload)"), "no reading is stored twice");
        assertEquals(1, count(table, "COUNT(*) FILTER (WHERE convert_from(payload, 'UTF8') = 'reading-" + (published - 1)
                + "' AND topic = 'turbines/1/power')"), "the last reading, with its topic");
        PromiseResults.await(site, collector.id(), "collecting", r -> Boolean.TRUE.equals(r.ok()), READY);
    }

    private static PGSimpleDataSource dataSource(String postgresUrl) {
        URI url = URI.create(postgresUrl);
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL("jdbc:postgresql://" + url.getHost() + ":" + url.getPort() + url.getPath());
        source.setUser(url.getUserInfo().substring(0, url.getUserInfo().indexOf(':')));
        source.setPassword(url.getUserInfo().substring(url.getUserInfo().indexOf(':') + 1));
        return source;
    }

    private static long count(PGSimpleDataSource table, String what) throws SQLException {
        try (Connection connection = table.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT " + what + " FROM messages")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** A device publishing a numbered reading every {@value #EVERY_MS} ms, each counted once the broker has it. */
    private static final class Turbine extends Thread {

        final AtomicInteger published = new AtomicInteger();
        final AtomicReference<Exception> failure = new AtomicReference<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final URI broker;
        private final String user;
        private final String password;

        Turbine(URI broker, String user, String password) {
            super("turbine");
            this.broker = broker;
            this.user = user;
            this.password = password;
            setDaemon(true);
        }

        @Override
        public void run() {
            try (MqttPublisher publisher = new MqttPublisher(broker.getHost(), broker.getPort(), "turbine-1", user, password)) {
                while (running.get()) {
                    publisher.publish("turbines/1/power", "reading-" + published.get());
                    published.incrementAndGet();
                    Thread.sleep(EVERY_MS);
                }
            } catch (Exception e) {
                failure.set(e);
            }
        }

        int finish() throws InterruptedException {
            running.set(false);
            join(10_000);
            return published.get();
        }
    }
}
