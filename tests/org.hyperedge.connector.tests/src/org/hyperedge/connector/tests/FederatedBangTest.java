package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;

import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.protocol.report.ReportCodec;
import org.junit.jupiter.api.Test;

/**
 * A bang flows through federation (issue 20, item 2): asked on A for an instance it delegated, it reaches B's
 * agent, which processes the instance again from its files up, once, however many times A pushes after it.
 */
class FederatedBangTest extends TwoMasters {

    private static final Duration READY = Duration.ofSeconds(60);

    @Test
    void aBangAskedOnAReachesBsAgentOnceAndNotAgainOnTheNextPushes() throws Exception {
        // given: a web server A delegated to site B, started on B's agent
        b.agent("b-edge");
        aFederatesB();
        syncEvery(Duration.ofMillis(200));
        InstanceRecord web = a.requests.request(Request.root("web", "builtin:static-web", "default",
                ReportCodec.JSON.createObjectNode()).withSla(Map.of("site", "B")));
        a.await(web.id(), "started", true, READY);
        long onB = b.master.delegatedInstances().of("A").get(0).instanceId();

        // when: A's operator bangs it
        a.requests.bang(web.id());

        // then: B banged its own instance, and B's agent reported processing it again
        long deadline = System.nanoTime() + READY.toNanos();
        while (bangsReported(onB) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(1, bangsReported(onB), "B's agent processed the instance again");
        assertEquals(1, bangSerial(onB), "B banged its instance for A");

        // and: the pushes after it (ten at 200 ms) are no new bang
        Thread.sleep(2_000);
        assertEquals(1, bangSerial(onB));
        assertEquals(1, bangsReported(onB));
        a.await(web.id(), "started", true, READY);
    }

    private long bangSerial(long instanceId) {
        return single("SELECT bang_serial FROM instance WHERE id = ?", instanceId);
    }

    /** The agent's PROCESS reports of a bang of that instance, as B's master keeps them. */
    private long bangsReported(long instanceId) {
        return single("SELECT COUNT(*) FROM node_event WHERE kind = 'process' AND instance_id = ? "
                + "AND summary LIKE '%\"event\":\"bang\"%'", instanceId);
    }

    private long single(String sql, long instanceId) {
        return b.database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setLong(1, instanceId);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }
}
