package org.hyperedge.agent.testing;

import java.nio.file.Path;

import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test of one real agent on a data directory of its own, started before each test and stopped after it, paired
 * with a master identity made once for the class: what most agent tests need before their first line.
 */
public abstract class AgentHarnessTest {

    @TempDir
    protected static Path identities;
    protected static TlsIdentity master;

    @TempDir
    protected Path dir;
    protected AgentHarness harness;

    @BeforeAll
    static void masterIdentity() {
        master = AgentHarness.masterIdentity(identities.resolve("master"));
    }

    @BeforeEach
    void startAgent() throws Exception {
        harness = AgentHarness.start(dir, master);
    }

    @AfterEach
    void stopAgent() throws Exception {
        harness.close();
    }
}
