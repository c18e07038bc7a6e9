package org.hyperedge.agent.pairing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.net.InetAddress;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;

import org.hyperedge.protocol.tls.Fingerprints;
import org.hyperedge.protocol.tls.PairingCode;

/**
 * Which master this agent obeys. Unpaired, it holds a one-time pairing code; the first client that
 * presents the code's secret over TLS is pinned by its certificate's fingerprint, and the code is gone.
 * From then on only that certificate is served; another master needs a new pairing made on the node
 * ({@code --new-pairing}). A client that gives wrong codes is made to wait longer and longer between its
 * attempts ({@link WrongCodeThrottle}), so the code cannot be guessed, while anyone else may still pair.
 */
public final class Pairing {

    private static final String PIN = "master.pin";
    private static final String CODE = "pairing.code";

    private final Path directory;
    private final String agentFingerprint;
    private String pinned;
    private PairingCode code;
    private final WrongCodeThrottle throttle = new WrongCodeThrottle(java.time.Clock.systemUTC());

    public Pairing(Path directory, String agentFingerprint) {
        this.directory = directory;
        this.agentFingerprint = agentFingerprint;
        try {
            Path pin = directory.resolve(PIN);
            Path codeFile = directory.resolve(CODE);
            if (Files.exists(pin)) {
                pinned = Files.readString(pin, StandardCharsets.US_ASCII).strip();
            } else if (Files.exists(codeFile)) {
                code = PairingCode.parse(Files.readString(codeFile, StandardCharsets.US_ASCII));
            } else {
                code = PairingCode.fresh(agentFingerprint);
                write(CODE, code.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pairing state in " + directory, e);
        }
    }

    /** Forgets the paired master and makes a new code; the old master is refused from now on. */
    public synchronized PairingCode newPairing() {
        try {
            Files.deleteIfExists(directory.resolve(PIN));
            pinned = null;
            code = PairingCode.fresh(agentFingerprint);
            throttle.forgetAll();
            write(CODE, code.toString());
            return code;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reset the pairing in " + directory, e);
        }
    }

    public synchronized Optional<PairingCode> code() {
        return Optional.ofNullable(code);
    }

    public synchronized Optional<String> pinnedMaster() {
        return Optional.ofNullable(pinned);
    }

    public synchronized boolean isPinned(String fingerprint) {
        return pinned != null && pinned.equalsIgnoreCase(fingerprint);
    }

    /** Pins the client if it knows the secret; otherwise says why not. */
    public synchronized void pair(String secret, String clientFingerprint, InetAddress client) throws PairingRefusedException {
        if (pinned != null) {
            throw new PairingRefusedException(409, "this node is already paired with master " + Fingerprints.shortForm(pinned)
                    + "; to pair it with another, run the agent with --new-pairing on the node");
        }
        if (code == null) {
            throw new PairingRefusedException(403, "this node has no pairing code; run the agent with --new-pairing on "
                    + "the node for one");
        }
        Duration wait = throttle.wait(client);
        if (!wait.isZero()) {
            throw new PairingRefusedException(429, "too many wrong pairing codes from " + client.getHostAddress()
                    + "; try again in " + Math.max(1, (wait.toMillis() + 999) / 1000) + " s");
        }
        boolean right = MessageDigest.isEqual(code.secret().getBytes(StandardCharsets.US_ASCII),
                (secret == null ? "" : secret).getBytes(StandardCharsets.US_ASCII));
        if (!right) {
            int wrong = throttle.wrong(client);
            throw new PairingRefusedException(403, "wrong pairing code (" + wrong + " from " + client.getHostAddress()
                    + (wrong >= WrongCodeThrottle.FREE ? "; the next attempt from there waits" : "") + ")");
        }
        try {
            write(PIN, clientFingerprint);
            Files.deleteIfExists(directory.resolve(CODE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the paired master in " + directory, e);
        }
        pinned = clientFingerprint;
        code = null;
        throttle.forgetAll();
    }

    private void write(String name, String content) throws IOException {
        Files.createDirectories(directory);
        Path tmp = directory.resolve(name + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, content + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
