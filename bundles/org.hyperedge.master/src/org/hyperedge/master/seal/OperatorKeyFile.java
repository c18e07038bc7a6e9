package org.hyperedge.master.seal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.hyperedge.protocol.seal.SealingKeyPair;

/**
 * Where an operator keeps their sealing key: {@code $HYPEREDGE_OPERATOR_KEY}, else {@code operator.key} in the
 * user's configuration directory ({@code $XDG_CONFIG_HOME/hyperedge/}, by default {@code ~/.config/hyperedge/}),
 * mode 0600: apart from any master's data directory, so neither the master's database nor its backups hold it.
 */
public final class OperatorKeyFile {

    public static final String FILE_NAME = "operator.key";
    /** Given as the key file: this user holds no key here (every sealed value shows as sealed). */
    public static final String NONE = "none";

    private OperatorKeyFile() {
    }

    public static Path defaultPath() {
        String override = System.getenv("HYPEREDGE_OPERATOR_KEY");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".config") : Path.of(xdg);
        return config.resolve("hyperedge").resolve(FILE_NAME);
    }

    /** The key kept in {@code file}, if there is one; a damaged file is an error naming it. */
    public static Optional<SealingKeyPair> find(Path file) {
        if (file == null || NONE.equals(file.toString()) || !Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(SealingKeyPair.read(file));
    }

    /** The name an operator's key is added under by default: the user and the machine. */
    public static String defaultName() {
        String host;
        try {
            // not InetAddress.getLocalHost(): that may wait on a name server
            host = Files.readString(Path.of("/etc/hostname")).strip();
        } catch (java.io.IOException e) {
            host = "";
        }
        if (host.isEmpty()) {
            host = "localhost";
        }
        return System.getProperty("user.name", "operator") + "@" + host;
    }
}
