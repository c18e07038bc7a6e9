package org.hyperedge.ui.preferences;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.hyperedge.master.seal.OperatorKeyFile;
import org.hyperedge.master.seal.OperatorKeys.OperatorKey;
import org.hyperedge.protocol.seal.SealingKeyPair;

/**
 * What the Operator key page says, read once off the UI thread: this console's key file, the key in it (if any), the
 * keys the master seals to, and which of those is this console's.
 *
 * @param file the key file, {@code null} for a console told to hold none ({@code -Dhyperedge.operatorKey=none})
 * @param keyId the id of the key in the file, {@code null} when there is no file yet
 * @param problem why the file cannot be read, {@code null} when it can (or is absent)
 * @param known the master's operator keys, oldest first
 */
public record OperatorKeyStatus(Path file, String keyId, String problem, List<OperatorKey> known) {

    /** Reads the file (never writes it) and takes the master's list as given. */
    public static OperatorKeyStatus read(Path file, List<OperatorKey> known) {
        try {
            Optional<SealingKeyPair> pair = OperatorKeyFile.find(file);
            return new OperatorKeyStatus(file, pair.map(p -> p.publicKey().id()).orElse(null), null, known);
        } catch (RuntimeException e) {
            return new OperatorKeyStatus(file, null, e.getMessage(), known);
        }
    }

    /** The name the master knows this console's key by, or empty when it does not know it. */
    public Optional<String> enrolledAs() {
        return keyId == null ? Optional.empty()
                : known.stream().filter(key -> key.key().id().equals(keyId)).map(OperatorKey::name).findFirst();
    }

    /** Whether "Make and Enrol" changes something: a key to make, or one the master does not seal to yet. */
    public boolean canEnrol() {
        return file != null && problem == null && enrolledAs().isEmpty();
    }

    /** The page's one-line account of the key, as an operator checks it against {@code operators}. */
    public String summary() {
        if (file == null) {
            return "This console holds no operator key (started with -Dhyperedge.operatorKey=none): "
                    + "every sealed value shows as sealed.";
        }
        if (problem != null) {
            return "The key file cannot be read: " + problem;
        }
        if (keyId == null) {
            return "No operator key yet: \"Make and Enrol\" makes one in this file and adds it to the master.";
        }
        return enrolledAs().map(name -> "Key " + keyId + ", which the master seals to as '" + name + "'.")
                .orElse("Key " + keyId + ", which this master does not seal to: \"Make and Enrol\" adds it.");
    }

    /** The label of the enrol button: what it will do. */
    public String buttonLabel() {
        return keyId == null ? "&Make and Enrol Key" : "&Enrol Key on This Master";
    }
}
