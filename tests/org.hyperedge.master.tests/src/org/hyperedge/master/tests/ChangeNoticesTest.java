package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.hyperedge.master.Master;
import org.hyperedge.master.fleet.ModelFollower;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.store.ChangeNotices;
import org.hyperedge.model.Instance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A console's models on a shared PostgreSQL follow what other processes commit as they commit it (LISTEN/NOTIFY),
 * not by polling: here the follower's own period is ten minutes, so only a notice can bring a change in time.
 */
class ChangeNoticesTest {

    private static final Duration NEVER = Duration.ofMinutes(10);
    private static final Duration IN_TIME = Duration.ofSeconds(2);

    @TempDir
    Path data;
    private Master console;
    private Master other;
    private ModelFollower follower;
    private ChangeNotices notices;

    @BeforeEach
    void twoProcessesOnOneDatabase() throws Exception {
        assumeTrue(TestDatabases.onPostgres(), "change notices are PostgreSQL's: needs -D" + TestDatabases.PROPERTY
                + "=URL (./hyperedge test starts one)");
        console = Master.open(TestDatabases.freshUrl(data));
        console.catalog().importBuiltIn();
        other = Master.open(console.url());
        other.nodes().register(new NodeSpec("edge-1", "factory", "127.0.0.1", 4000, 8192, 10_000, Map.of(), 4, 20000, 10));
        follower = new ModelFollower(console.catalogModel(), console.fleet(), NEVER);
    }

    @AfterEach
    void close() {
        for (AutoCloseable open : new AutoCloseable[] { notices, follower, other, console }) {
            if (open != null) {
                try {
                    open.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    @Test
    void anotherProcessesRequestReachesTheFollowedModelWithinTwoSecondsOnlyThroughTheNotices() throws Exception {
        // given: the follower has read the fleet once, and hears no notices yet
        awaitInModel("edge-1 in the model", () -> console.fleet().read(fleet -> !fleet.getSites().isEmpty()));

        // when: the other process requests an instance
        request("orders-db");

        // then: polling every ten minutes, the follower does not see it in time
        Thread.sleep(IN_TIME.toMillis() + 500);
        assertFalse(hasInstance("orders-db"), "without notices the model is only as fresh as its period");

        // when: the console listens to the database's notices, and the other process requests a second instance
        Optional<ChangeNotices> listening = console.changeNotices(follower::changed);
        assertTrue(listening.isPresent(), "on PostgreSQL a master hears other processes' changes");
        notices = listening.get();
        Thread.sleep(200); // LISTEN runs on the notices' own thread: give it the moment it takes
        long asked = System.nanoTime();
        request("billing-db");

        // then: both are in the model within two seconds of the second commit
        awaitInModel("billing-db in the model", () -> hasInstance("billing-db") && hasInstance("orders-db"));
        long millis = (System.nanoTime() - asked) / 1_000_000;
        System.out.println("FIGURE master.change-notice-to-model " + millis + " ms lower-is-better");
        assertTrue(millis <= IN_TIME.toMillis(), "the change took " + millis + " ms to reach the model");
    }

    @Test
    void aRequestIsOneNoticeHoweverManyTablesItChanges() throws Exception {
        // given: a connection of the test's own listening on the masters' channel
        org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
        source.setURL(console.url());
        try (java.sql.Connection listening = source.getConnection()) {
            listening.setAutoCommit(true);
            try (java.sql.Statement statement = listening.createStatement()) {
                statement.execute("LISTEN hyperedge_change");
            }
            org.postgresql.PGConnection heard = listening.unwrap(org.postgresql.PGConnection.class);

            // when: one request, which writes a tree, an instance, a node's counters and a partition in one commit
            request("orders-db");

            // then: the listener hears that commit once
            int notices = 0;
            long quiet = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while (System.nanoTime() < quiet) {
                org.postgresql.PGNotification[] batch = heard.getNotifications(200);
                notices += batch == null ? 0 : batch.length;
            }
            assertEquals(1, notices, "notices heard for one request's commit");
        }
    }

    @Test
    void aChangeMadeWhileTheListeningConnectionWasCutReachesTheModelOnceItListensAgain() throws Exception {
        // given: the console follows the other process's changes through the notices
        awaitInModel("edge-1 in the model", () -> console.fleet().read(fleet -> !fleet.getSites().isEmpty()));
        notices = console.changeNotices(follower::changed).orElseThrow();
        Thread.sleep(200);

        // when: the database ends the listening session (as a restart or a cut link would), and the other process
        // requests an instance before the listener is back
        org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
        source.setURL(console.url());
        try (java.sql.Connection admin = source.getConnection(); java.sql.Statement statement = admin.createStatement()) {
            admin.setAutoCommit(true);
            try (java.sql.ResultSet ended = statement.executeQuery("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    + "WHERE query LIKE 'LISTEN hyperedge_change%' AND pid <> pg_backend_pid()")) {
                ended.next();
                assertEquals(1, ended.getInt(1), "the console's listening session ended");
            }
        }
        request("orders-db");

        // then: the notice of that commit went to no one, yet the listener, listening again, has the model read anew
        awaitInModel("orders-db in the model after the listener came back", () -> hasInstance("orders-db"));
    }

    @Test
    void onH2ThereIsNoOtherProcessToHear() throws Exception {
        try (Master embedded = Master.open(data.resolve("h2"))) {
            assertEquals(Optional.empty(), embedded.changeNotices(() -> { }));
        }
    }

    private boolean hasInstance(String title) {
        return console.fleet().read(fleet -> fleet.getTrees().stream().flatMap(t -> t.getInstances().stream())
                .map(Instance::getTitle).anyMatch(title::equals));
    }

    private void request(String title) throws Exception {
        other.requests().request(Request.root(title, "builtin:h2-database", "default", new ObjectMapper().createObjectNode())
                .withSla(Map.of("node", "edge-1")));
    }

    private static void awaitInModel(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what + " within 10 s");
            Thread.sleep(20);
        }
    }
}
