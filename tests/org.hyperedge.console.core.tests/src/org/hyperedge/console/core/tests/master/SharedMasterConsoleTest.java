package org.hyperedge.console.core.tests.master;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.Master;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.Request;
import org.hyperedge.model.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A console opened on a shared PostgreSQL master follows what another process (a command line, a headless master)
 * commits there within 2 s, told by the database rather than by reading it every half second.
 */
class SharedMasterConsoleTest {

    private static final String POSTGRES = System.getProperty("hyperedge.test.postgres", "");

    @TempDir
    Path data;

    @Test
    void aConsoleOnASharedPostgresSeesAnotherProcessesRequestWithinTwoSeconds() throws Exception {
        assumeTrue(!POSTGRES.isBlank(), "needs -Dhyperedge.test.postgres=URL (./hyperedge test starts one)");
        String url = freshDatabase();
        try (EmbeddedMaster console = EmbeddedMaster.open(data, url); Master commandLine = Master.open(url)) {
            // given: a console following its models, on the same database as another process
            console.followModels();
            commandLine.nodes().register(new NodeSpec("edge-1", "factory", "127.0.0.1", 4000, 8192, 10_000, Map.of(), 2,
                    20000, 10));

            // when: the other process requests an instance
            long asked = System.nanoTime();
            commandLine.requests().request(Request.root("orders-db", "builtin:h2-database", "default",
                    new ObjectMapper().createObjectNode()).withSla(Map.of("node", "edge-1")));

            // then: the console's fleet model holds it within 2 s
            long deadline = asked + Duration.ofSeconds(2).toNanos();
            while (!console.fleet().read(fleet -> fleet.getTrees().stream().flatMap(t -> t.getInstances().stream())
                    .map(Instance::getTitle).anyMatch("orders-db"::equals))) {
                assertTrue(System.nanoTime() < deadline, "the console's model did not follow within 2 s");
                Thread.sleep(20);
            }
        }
    }

    private static String freshDatabase() throws Exception {
        String name = "hyperedge_console_" + UUID.randomUUID().toString().replace("-", "");
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(POSTGRES);
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return POSTGRES.replaceFirst("/[A-Za-z0-9_]+(\\?|$)", "/" + name + "$1");
    }
}
