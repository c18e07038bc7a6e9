package org.hyperedge.agent.pairing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
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
 * The code is printed when it is made and never written down: the node keeps a salted hash of its secret
 * ({@link PairingVerifier}), enough to check a master's answer, useless to pair with.
 */
public final class Pairing {

    private static final String PIN = "master.pin";
    private static final String VERIFIER = "pairing.verifier";
    /** Where an older agent kept its code in clear; read once, then replaced by a verifier. */
    private static final String CLEAR_CODE = "pairing.code";

    private final Path directory;
    private final String agentFingerprint;
    private final WrongCodeThrottle throttle = new WrongCodeThrottle(java.time.Clock.systemUTC());
    private String pinned;
    /** The code, in memory only, when this process made it (to be printed); null otherwise. */
    private PairingCode code;
    private PairingVerifier verifier;

    public Pairing(Path directory, String agentFingerprint) {
        this.directory = directory;
        this.agentFingerprint = agentFingerprint;
        try {
            Path pin = directory.resolve(PIN);
            Path clearCode = directory.resolve(CLEAR_CODE);
            Path verifierFile = directory.resolve(VERIFIER);
            if (Files.exists(pin)) {
                pinned = Files.readString(pin, StandardCharsets.US_ASCII).strip();
                Files.deleteIfExists(clearCode);
            } else if (Files.exists(clearCode)) {
                // an older agent's code: its secret still holds, now named by 128 bits of the fingerprint; shown once more
                String old = Files.readString(clearCode, StandardCharsets.US_ASCII).strip();
                code = new PairingCode(agentFingerprint.substring(0, PairingCode.PREFIX_DIGITS),
                        old.substring(old.indexOf('-') + 1));
                keep(PairingVerifier.of(code.secret()));
                Files.delete(clearCode);
            } else if (Files.exists(verifierFile)) {
                verifier = PairingVerifier.parse(Files.readString(verifierFile, StandardCharsets.US_ASCII).strip());
            } else {
                code = PairingCode.fresh(agentFingerprint);
                keep(PairingVerifier.of(code.secret()));
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
            keep(PairingVerifier.of(code.secret()));
            return code;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reset the pairing in " + directory, e);
        }
    }

    /** The code, when this process made it: it is printed then, and known nowhere after. */
    public synchronized Optional<PairingCode> code() {
        return Optional.ofNullable(code);
    }

    /** Unpaired, with a code that still holds (printed when it was made). */
    public synchronized boolean isOpen() {
        return pinned == null && verifier != null;
    }

    public synchronized Optional<String> pinnedMaster() {
        return Optional.ofNullable(pinned);
    }

    public synchronized boolean isPinned(String fingerprint) {
        return pinned != null && pinned.equalsIgnoreCase(fingerprint);
    }

    /**
     * Pins the master this agent enrolled with (issue 18): the operator gave its fingerprint with the enrolment token,
     * and the master accepted the token over a connection that presented exactly that certificate. A node paired with
     * another master is refused: it must be given a new pairing first.
     */
    public synchronized void enrolled(String masterFingerprint) throws PairingRefusedException {
        if (pinned != null && !pinned.equalsIgnoreCase(masterFingerprint)) {
            throw new PairingRefusedException(409, "this node is already paired with master " + Fingerprints.shortForm(pinned)
                    + "; to enrol it with another, run the agent with --new-pairing on the node first");
        }
        try {
            write(PIN, masterFingerprint.toLowerCase(java.util.Locale.ROOT));
            Files.deleteIfExists(directory.resolve(VERIFIER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the enrolled master in " + directory, e);
        }
        pinned = masterFingerprint.toLowerCase(java.util.Locale.ROOT);
        code = null;
        verifier = null;
    }

    /** Pins the client if it knows the secret; otherwise says why not. */
    public synchronized void pair(String secret, String clientFingerprint, InetAddress client) throws PairingRefusedException {
        if (pinned != null) {
            throw new PairingRefusedException(409, "this node is already paired with master " + Fingerprints.shortForm(pinned)
                    + "; to pair it with another, run the agent with --new-pairing on the node");
        }
        if (verifier == null) {
            throw new PairingRefusedException(403, "this node has no pairing code; run the agent with --new-pairing on "
                    + "the node for one");
        }
        Duration wait = throttle.wait(client);
        if (!wait.isZero()) {
            throw new PairingRefusedException(429, "too many wrong pairing codes from " + client.getHostAddress()
                    + "; try again in " + Math.max(1, (wait.toMillis() + 999) / 1000) + " s");
        }
        if (!verifier.accepts(secret == null ? "" : secret)) {
            int wrong = throttle.wrong(client);
            throw new PairingRefusedException(403, "wrong pairing code (" + wrong + " from " + client.getHostAddress()
                    + (wrong >= WrongCodeThrottle.FREE ? "; the next attempt from there waits" : "") + ")");
        }
        try {
            write(PIN, clientFingerprint);
            Files.deleteIfExists(directory.resolve(VERIFIER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the paired master in " + directory, e);
        }
        pinned = clientFingerprint;
        code = null;
        verifier = null;
        throttle.forgetAll();
    }

    private void keep(PairingVerifier made) throws IOException {
        write(VERIFIER, made.toString());
        verifier = made;
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
