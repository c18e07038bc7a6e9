package org.hyperedge.agent.testing;

import java.nio.file.Path;
import java.util.List;

import org.hyperedge.agent.launch.AgentLauncher;

/** The agent as its own operating-system process, to be killed with -9. */
public final class AgentProcess implements AutoCloseable {

    private final Process process;
    public final String address;
    public final String pairingCode;

    private AgentProcess(AgentLauncher.Launched launched) {
        this.process = launched.process();
        this.address = launched.address();
        this.pairingCode = launched.pairingCode();
    }

    public static AgentProcess start(Path data, int firstPort, Path output, String... extraOptions) throws Exception {
        return new AgentProcess(AgentLauncher.start(List.of(AgentHarness.options(data, firstPort, extraOptions)), output));
    }

    /** {@code kill -9}: no shutdown hook, no flush, nothing. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill9();
        }
    }
}
