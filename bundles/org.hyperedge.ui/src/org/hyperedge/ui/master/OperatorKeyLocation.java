package org.hyperedge.ui.master;

import java.nio.file.Path;

import org.hyperedge.master.seal.OperatorKeyFile;
import org.hyperedge.ui.ConsolePreferences;

/**
 * Where this console keeps its operator key: {@code -Dhyperedge.operatorKey=FILE} ({@code none}: a console
 * that holds no key, such as a shared screen, and shows every sealed value as sealed), else {@code operator.key}
 * beside the console's preferences (in the user's configuration directory, never in the data directory with
 * the master's database).
 */
public final class OperatorKeyLocation {

    public static final String PROPERTY = "hyperedge.operatorKey";

    private OperatorKeyLocation() {
    }

    /** The key file, or {@code null} for a console without an operator key. */
    public static Path file() {
        String chosen = System.getProperty(PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            return OperatorKeyFile.NONE.equals(chosen.strip()) ? null : Path.of(chosen.strip());
        }
        return ConsolePreferences.defaultFile().resolveSibling(OperatorKeyFile.FILE_NAME);
    }
}
