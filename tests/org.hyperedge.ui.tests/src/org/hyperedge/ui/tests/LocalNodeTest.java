package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.widgets.Label;
import org.hyperedge.master.Master;
import org.hyperedge.master.sync.NodeLink;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.LocalNodeConsole;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.parts.StatusLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A console on a fresh data directory starts this machine's agent, adopts it, and shows it reporting. */
@ExtendWith(ScreenshotOnFailure.class)
class LocalNodeTest {

    @TempDir
    Path temp;

    @Test
    void aFreshConsoleAdoptsThisMachineAndShowsTheAgeOfItsLastReport() throws Exception {
        Path data = temp.resolve("data");
        ConsoleSession console = ConsoleSession.start(data, temp.resolve("config/console.properties"), true);
        try {
            UiDriver ui = console.driver();
            Label status = ui.byData(Label.class, StatusLine.MASTER_KEY);

            try {
                ui.waitUntil("this machine adopted and reporting", Duration.ofSeconds(30),
                        () -> status.getText().contains("1 node · last report")
                                && status.getText().contains("this machine, adopted as a node"));
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\nstatus line: " + ui.onUi(status::getText), e);
            }

            try (Master hyperedge = Master.open(data)) {
                List<NodeLink> nodes = hyperedge.nodeLinks().all();
                assertEquals(1, nodes.size());
                assertTrue(nodes.get(0).address().startsWith("127.0.0.1:"), nodes.get(0).address());
                assertTrue(nodes.get(0).lastReportAt() != null, "the agent's reports reached the master");
            }
            ui.screenshot("console-local-node");
        } finally {
            console.close();
            LocalNodeConsole.wipeLocalAgent(data);
        }
    }
}
