package org.hyperedge.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.hyperedge.agent.partition.Wipe;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.model.RequestedState;
import org.hyperedge.master.view.InstanceQuery;
import org.hyperedge.master.view.InstanceRow;

/**
 * The real console on a fresh data directory with this machine's agent adopted and reporting, as a new
 * user gets it. Closing destroys every instance the test made (and waits for the node to confirm), closes
 * the console and removes the agent's files, which live beside the data directory when run as root.
 */
public final class LocalNodeConsole implements AutoCloseable {

    private final Path data;
    private final ConsoleSession console;
    private final UiDriver ui;
    private final Duration provisioning;
    private EmbeddedMaster master;

    private LocalNodeConsole(Path temp, Duration provisioning) {
        this.data = temp.resolve("data");
        this.provisioning = provisioning;
        this.console = ConsoleSession.start(data, temp.resolve("config/console.properties"), true);
        this.ui = console.driver();
    }

    /** Starts the console in {@code temp} and waits for its master and for this machine's first report. */
    public static LocalNodeConsole start(Path temp, Duration provisioning) {
        LocalNodeConsole started = new LocalNodeConsole(temp, provisioning);
        try {
            started.ui.waitUntil("the embedded master open", () -> (started.master = started.ui.onUi(
                    () -> started.console.windowModel().getContext().get(EmbeddedMaster.class))) != null);
            started.ui.waitUntil("this machine adopted", Duration.ofSeconds(30), () -> started.master.nodes().nodes().stream()
                    .anyMatch(node -> node.lastReportAt() != null));
            return started;
        } catch (RuntimeException | AssertionError e) {
            started.close();
            throw e;
        }
    }

    public ConsoleSession console() {
        return console;
    }

    public UiDriver ui() {
        return ui;
    }

    public EmbeddedMaster master() {
        return master;
    }

    public Path data() {
        return data;
    }

    @Override
    public void close() {
        try {
            if (master != null) {
                List<InstanceRow> all = master.instances().page(InstanceQuery.all(), 0, 100);
                master.changeState(all.stream().filter(row -> row.parentId() == null).toList(), RequestedState.DESTROYED);
                ui.waitUntil("every instance destroyed on the node", provisioning, () -> master.instances()
                        .page(InstanceQuery.all(), 0, 100).stream().allMatch(row -> "destroyed".equals(row.reportedState())));
            }
        } finally {
            console.close();
            wipeLocalAgent(data);
        }
    }

    /** Removes the files of the console's local agent (its directory, log and settings). */
    public static void wipeLocalAgent(Path data) {
        try {
            Path agent = EmbeddedMaster.localAgentDirectory(data);
            for (Path kept : List.of(agent, agent.resolveSibling(agent.getFileName() + ".log"),
                    agent.resolveSibling(agent.getFileName() + ".properties"))) {
                Wipe.tree(kept);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot remove the local agent's files of " + data, e);
        }
    }
}
