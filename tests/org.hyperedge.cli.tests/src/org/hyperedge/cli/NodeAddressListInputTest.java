package org.hyperedge.cli;

import static org.hyperedge.cli.BadInputTest.assertRefused;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nodes adopt HOST:PORT,HOST:PORT CODE} (issue 18, item 3): a list with a malformed or repeated entry is refused
 * before any agent is contacted, naming the entry and its place in the list.
 */
class NodeAddressListInputTest {

    @TempDir
    Path data;

    @Test
    void anAddressListWithAMalformedEntryIsRefusedNamingIt() {
        assertRefused(CliRun.inProcess(data, "nodes", "adopt", "10.0.0.5:7443,10.0.1.5:x", "0123456789abcdef-abcdefgh"),
                "address 2 of 2 '10.0.1.5:x' has no usable port 'x'; give HOST:PORT, such as 10.0.0.5:7443, with a port "
                        + "from 1 to 65535");
        assertRefused(CliRun.inProcess(data, "nodes", "adopt", "10.0.0.5:7443,,10.0.2.5:7443", "0123456789abcdef-abcdefgh"),
                "address 2 of 3 '' is not HOST:PORT; give HOST:PORT, such as 10.0.0.5:7443, with a port from 1 to 65535");
        assertRefused(CliRun.inProcess(data, "nodes", "adopt", "10.0.0.5:7443,bad host:7443", "0123456789abcdef-abcdefgh"),
                "address 2 of 2 'bad host:7443' has no usable host name 'bad host'; give HOST:PORT, such as 10.0.0.5:7443, "
                        + "with a port from 1 to 65535");
    }

    @Test
    void anAddressGivenTwiceIsRefused() {
        assertRefused(CliRun.inProcess(data, "nodes", "adopt", "10.0.0.5:7443,10.0.0.5:7443", "0123456789abcdef-abcdefgh"),
                "address 2 of 2 '10.0.0.5:7443' is given twice; give each HOST:PORT once");
    }
}
