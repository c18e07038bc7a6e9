package org.hyperedge.agent.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.hyperedge.agent.testing.AgentHarness;
import org.hyperedge.agent.testing.RawHttps;
import org.hyperedge.protocol.tls.PairingCode;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that are not the paired master, as anyone on the network can be: connections that stall in the
 * TLS handshake or in a pairing request cannot hold up the master's syncs, and a client guessing pairing
 * codes is slowed down on its own while the operator pairs from elsewhere.
 */
class UnauthenticatedClientsTest {

    @TempDir
    static Path identities;
    static TlsIdentity master;
    static TlsIdentity stranger;

    @TempDir
    Path dir;
    final List<Socket> stalled = new ArrayList<>();

    @BeforeAll
    static void identities() {
        master = AgentHarness.masterIdentity(identities.resolve("master"));
        stranger = TlsIdentity.loadOrCreate(identities.resolve("stranger"), "stranger");
    }

    @AfterEach
    void closeStalled() throws IOException {
        for (Socket socket : stalled) {
            socket.close();
        }
    }

    @Test
    void connectionsStalledBeforeAuthenticationDoNotHoldUpThePairedMastersSyncs() throws Exception {
        try (AgentHarness harness = AgentHarness.start(dir, master)) {
            InetSocketAddress agent = new InetSocketAddress("127.0.0.1", harness.agent.port());
            InetAddress attacker = InetAddress.getByName("127.0.0.1");
            for (int i = 0; i < 4; i++) {
                // a pairing request whose body never comes
                Socket socket = RawHttps.tls(attacker, agent, stranger, harness.agent.fingerprint());
                OutputStream out = socket.getOutputStream();
                out.write("POST /v1/pair HTTP/1.1\r\nHost: agent\r\nContent-Length: 4096\r\n\r\n{\"secret\":"
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                stalled.add(socket);
            }
            for (int i = 0; i < 8; i++) {
                // the start of a TLS ClientHello, announcing 512 bytes that never come
                Socket socket = RawHttps.connect(attacker, agent);
                socket.getOutputStream().write(new byte[] { 0x16, 0x03, 0x01, 0x02, 0x00 });
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            Thread.sleep(200);

            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                for (int sync = 0; sync < 10; sync++) {
                    long start = System.nanoTime();
                    assertEquals(200, harness.client.get("/v1/node").status());
                    assertEquals(200, harness.client.get("/v1/reports?after=0").status());
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    assertTrue(ms < 2_000, "sync " + sync + " took " + ms + " ms with 12 connections stalled");
                }
            }, "the paired master's syncs with 12 unauthenticated connections stalled");

            for (Socket socket : stalled) {
                socket.setSoTimeout(15_000);
                assertEquals(-1, readOrEnd(socket), "the agent ends a stalled connection on its own");
            }
        }
    }

    @Test
    void clientsFromManyAddressesFillingEveryPlaceCannotKeepThePairedMasterOut() throws Exception {
        try (AgentHarness harness = AgentHarness.start(dir, master)) {
            InetSocketAddress agent = new InetSocketAddress("127.0.0.1", harness.agent.port());
            assertEquals(200, harness.client.get("/v1/node").status(), "the master synced once, from 127.0.0.1");
            // 20 addresses of 16 stalled TLS handshakes each: more than the 256 places there are in all
            for (int host = 2; host < 22; host++) {
                InetAddress attacker = InetAddress.getByName("127.0.0." + host);
                for (int i = 0; i < 16; i++) {
                    Socket socket = RawHttps.connect(attacker, agent);
                    stalled.add(socket);
                    try {
                        socket.getOutputStream().write(new byte[] { 0x16, 0x03, 0x01, 0x02, 0x00 });
                        socket.getOutputStream().flush();
                    } catch (IOException closedByTheAgent) {
                        // past the 256 places the agent closes the connection at once: what the attack runs into
                    }
                }
            }
            Thread.sleep(300);
            Socket latecomer = RawHttps.connect(InetAddress.getByName("127.0.0.30"), agent);
            stalled.add(latecomer);
            latecomer.setSoTimeout(5_000);

            assertEquals(-1, readOrEnd(latecomer), "a client from a new address finds no place left");
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                for (int sync = 0; sync < 5; sync++) {
                    assertEquals(200, harness.client.get("/v1/node").status());
                    assertEquals(200, harness.client.get("/v1/reports?after=0").status());
                }
            }, "the paired master's syncs with every other place taken");
        }
    }

    @Test
    void aClientGuessingPairingCodesIsMadeToWaitWhileAnotherPairsWithTheRightCode() throws Exception {
        try (AgentHarness unpaired = AgentHarness.startWithoutPairing(dir)) {
            InetSocketAddress agent = new InetSocketAddress("127.0.0.1", unpaired.agent.port());
            String fingerprint = unpaired.agent.fingerprint();
            PairingCode code = unpaired.agent.pairing().code().orElseThrow();
            InetAddress guesser = InetAddress.getByName("127.0.0.1");
            InetAddress operator = InetAddress.getByName("127.0.0.2");

            List<Integer> statuses = new ArrayList<>();
            for (int guess = 0; guess < 4; guess++) {
                statuses.add(RawHttps.pair(guesser, agent, stranger, fingerprint, "wrongcod").status());
            }
            RawHttps.Answer rightButWaiting = RawHttps.pair(guesser, agent, stranger, fingerprint, code.secret());
            RawHttps.Answer operatorPairs = RawHttps.pair(operator, agent, master, fingerprint, code.secret());

            assertEquals(List.of(403, 403, 403, 429), statuses, "three wrong codes, then the guesser waits");
            assertEquals(429, rightButWaiting.status(), "even with the right code: " + rightButWaiting.body());
            assertTrue(rightButWaiting.body().contains("try again in"), rightButWaiting.body());
            assertEquals(200, operatorPairs.status(), operatorPairs.body());
            assertTrue(unpaired.agent.pairing().isPinned(master.fingerprint()));
            assertFalse(unpaired.agent.pairing().isPinned(stranger.fingerprint()));
        }
    }

    /** The next byte of the socket, or -1 once the other side closed it (a reset counts as closed). */
    private static int readOrEnd(Socket socket) throws IOException {
        try {
            byte[] buffer = new byte[4096];
            int read;
            while ((read = socket.getInputStream().read(buffer)) > 0) {
                // an answer (408, a refusal) before the close is fine
            }
            return read;
        } catch (java.net.SocketTimeoutException stillOpen) {
            throw stillOpen;
        } catch (IOException closedOrReset) {
            return -1;
        }
    }
}
