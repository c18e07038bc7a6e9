package org.hyperedge.agent.software;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The commands services may run: the system's directories plus the agent's own JDK, the same search path
 * for the {@code requires} check at install time and for the processes, so a release that installs here
 * also starts here. The agent user's own PATH (a pyenv shim under /root, say) is deliberately not used:
 * a partition user could not run it.
 */
public final class HostCommands {

    public static final String SERVICE_PATH = Path.of(System.getProperty("java.home"), "bin")
            + ":/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" + postgresqlBin();

    private HostCommands() {
    }

    /** Debian keeps PostgreSQL's server programs (initdb, postgres) off the PATH, per major version. */
    private static String postgresqlBin() {
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(Files::isDirectory)
                    .max(java.util.Comparator.comparing(v -> Integer.parseInt(v.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))))
                    .map(bin -> ":" + bin).orElse("");
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    public static Optional<Path> resolve(String command) {
        if (command.contains("/")) {
            Path path = Path.of(command);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        for (String directory : SERVICE_PATH.split(":")) {
            Path candidate = Path.of(directory, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The required commands this host lacks. */
    public static List<String> missing(List<String> required) {
        List<String> missing = new ArrayList<>();
        for (String command : required) {
            if (resolve(command).isEmpty()) {
                missing.add(command);
            }
        }
        return missing;
    }
}
