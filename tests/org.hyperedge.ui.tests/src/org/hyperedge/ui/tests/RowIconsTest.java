package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.view.InstanceRow;
import org.hyperedge.master.view.NodeRow;
import org.hyperedge.ui.parts.ConsoleIcons;
import org.hyperedge.ui.parts.RowIcons;
import org.junit.jupiter.api.Test;

/** Which state icon a row shows, for the states a test console cannot easily reach on demand. */
class RowIconsTest {

    private static final Instant REPORTED = Instant.parse("2026-12-06T20:00:00Z");

    @Test
    void anInstanceWhosePromisesFailShowsFailingWhateverItsState() {
        assertEquals(ConsoleIcons.FAILING, RowIcons.instance(instance("node-1", "started", "started", false, REPORTED, null)));
        assertEquals(ConsoleIcons.FAILING, RowIcons.instance(instance("node-1", "started", "stopped", true, REPORTED,
                "the process exited with code 1")));
    }

    @Test
    void aStoppedInstanceKeepsNoPromisesAndIsNotFailing() {
        assertEquals(ConsoleIcons.STOPPED, RowIcons.instance(instance("node-1", "stopped", "stopped", false, REPORTED, null)));
    }

    @Test
    void anInstanceNotYetPlacedOrNotYetAsAskedIsWaiting() {
        assertEquals(ConsoleIcons.WAITING, RowIcons.instance(instance(null, "started", null, false, null, null)));
        assertEquals(ConsoleIcons.WAITING, RowIcons.instance(instance("node-1", "stopped", "started", true, REPORTED, null)));
    }

    @Test
    void anInstanceAsAskedShowsWhatTheNodeReported() {
        assertEquals(ConsoleIcons.STARTED, RowIcons.instance(instance("node-1", "started", "started", true, REPORTED, null)));
        assertEquals(ConsoleIcons.STOPPED, RowIcons.instance(instance("node-1", "stopped", "stopped", true, REPORTED, null)));
        assertEquals(ConsoleIcons.DESTROYED, RowIcons.instance(instance("node-1", "destroyed", "destroyed", true, REPORTED, null)));
    }

    @Test
    void onlyASealedValueShowsTheLock() {
        assertEquals(ConsoleIcons.SEALED_SECRET, RowIcons.value(org.hyperedge.protocol.seal.SealedValue.PREFIX + "abc"));
        assertNull(RowIcons.value("jdbc:h2:tcp://10.0.0.2:2000/db"));
        assertNull(RowIcons.value(null));
    }

    @Test
    void aNodeThatDialsInShowsSoElseWhetherItReports() {
        assertEquals(ConsoleIcons.DIAL_IN_NODE, RowIcons.node(node("10.1.2.3:4567", true), false));
        assertEquals(ConsoleIcons.NODE_ONLINE, RowIcons.node(node("10.1.2.3:8443"), false));
        assertEquals(ConsoleIcons.NODE_OFFLINE, RowIcons.node(node("10.1.2.3:8443"), true));
    }

    private static InstanceRow instance(String node, String requested, String reported, boolean healthy, Instant lastReport,
            String error) {
        return new InstanceRow(7, 3, null, "orders-db", "builtin:h2-database", "default", node, node == null ? null : "slot-1",
                requested, reported, healthy, lastReport, null, null, error);
    }

    private static NodeRow node(String address) {
        return node(address, false);
    }

    private static NodeRow node(String address, boolean dialling) {
        return new NodeRow("node-1", "lab", address, Map.of(), 2000, 2048, 10_000, 0, 0, 0, 4, 0, List.of(), REPORTED, null,
                true, null, dialling, null);
    }
}
