package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hyperedge masters} where there is only one master: the embedded (H2) store says so rather than list nothing;
 * an argument is refused. The listing on PostgreSQL is checked with live masters in the connector tests
 * ({@code SeveralMastersTest}).
 */
class MastersCommandTest {

    @TempDir
    Path data;

    @Test
    void onTheEmbeddedMasterItSaysOneProcessSyncsEveryNode() {
        // when
        CliRun run = CliRun.inProcess(data, "masters");

        // then
        assertEquals(Main.OK, run.code(), run.err());
        assertTrue(run.out().contains("an embedded (H2) master: one process syncs every node"), run.out());
    }

    @Test
    void anArgumentIsRefusedNamingIt() {
        // when
        CliRun run = CliRun.inProcess(data, "masters", "--all");

        // then
        assertEquals(Main.USAGE, run.code());
        assertTrue(run.err().contains("masters takes no argument, not '--all'"), run.err());
    }
}
