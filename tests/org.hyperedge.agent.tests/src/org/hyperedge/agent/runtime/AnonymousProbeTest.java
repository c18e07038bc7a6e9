package org.hyperedge.agent.runtime;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.junit.jupiter.api.Test;

/** The H2 probe of an auth promise: a server that cuts a login short refused it; a server that is not there did not. */
class AnonymousProbeTest {

    @Test
    void anH2ServerThatResetsTheLoginHalfWayRefusedIt() throws Exception {
        // given: a server that reads the start of the login, then resets the connection
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread cutter = new Thread(() -> {
                try (Socket client = server.accept()) {
                    client.getInputStream().readNBytes(8);
                    client.setSoLinger(true, 0); // a reset, not an orderly close
                } catch (IOException e) {
                    // the probe's side is what is tested
                }
            });
            cutter.start();

            // when
            AnonymousProbe.Outcome outcome = AnonymousProbe.probe("h2://127.0.0.1:" + server.getLocalPort(), 3_000);

            // then
            cutter.join();
            assertTrue(outcome.refused(), outcome.message());
            assertTrue(outcome.message().contains("closed the connection"), outcome.message());
        }
    }

    @Test
    void anH2ServerThatIsNotThereRefusedNothing() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }

        assertThrows(IOException.class, () -> AnonymousProbe.probe("h2://127.0.0.1:" + port, 3_000));
    }
}
