package org.hyperedge.console.core.master;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the console keeps its embedded master: the directory given on the command line
 * ({@code --data}, passed on as the {@value #SYSTEM_PROPERTY} system property), else the one chosen
 * in the preferences, else {@code ~/.hyperedge}.
 */
public final class DataDirectory {

    public static final String SYSTEM_PROPERTY = "hyperedge.data";

    private DataDirectory() {
    }

    public static Path resolve(Optional<String> commandLine, Optional<String> preference, Path userHome) {
        return commandLine.filter(s -> !s.isBlank())
                .or(() -> preference.filter(s -> !s.isBlank()))
                .map(Path::of)
                .orElse(userHome.resolve(".hyperedge"))
                .toAbsolutePath()
                .normalize();
    }

    /** The data directory of this running console, given the one its preferences name (if any). */
    public static Path current(Optional<String> preference) {
        return resolve(Optional.ofNullable(System.getProperty(SYSTEM_PROPERTY)), preference,
                Path.of(System.getProperty("user.home")));
    }
}
