package org.hyperedge.agent.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.hyperedge.agent.AgentOptions;
import org.hyperedge.agent.launch.AgentLauncher;
import org.hyperedge.agent.runtime.UnixUsers;

/** The agent as its own operating-system process, to be killed with -9. */
public final class AgentProcess implements AutoCloseable {

    private final Process process;
    private final Path data;
    public final String address;
    public final String pairingCode;

    private AgentProcess(AgentLauncher.Launched launched, Path data) {
        this.process = launched.process();
        this.data = data;
        this.address = launched.address();
        this.pairingCode = launched.pairingCode();
    }

    public static AgentProcess start(Path data, int firstPort, Path output, String... extraOptions) throws Exception {
        return new AgentProcess(AgentLauncher.start(List.of(AgentHarness.options(data, firstPort, extraOptions)), output),
                data);
    }

    /** {@code kill -9}: no shutdown hook, no flush, nothing. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * Kills it, then removes its accounts: the spares it kept (a killed agent leaves them for its next start) and a
     * tenant's whose destroy it had not finished (it removes the partition's files before the user).
     */
    @Override
    public void close() throws InterruptedException, IOException {
        if (process.isAlive()) {
            kill9();
        }
        new UnixUsers(AgentOptions.runsAsRoot(), data).removeAll();
    }
}
