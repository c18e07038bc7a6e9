package org.hyperedge.master.backup;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.hyperedge.master.store.JdbcUrls;

/**
 * PostgreSQL's own {@code pg_dump} and {@code pg_restore}, run on the database of a master's JDBC URL. The password,
 * when the URL carries one, goes through the environment ({@code PGPASSWORD}), never the command line that every
 * user of the machine can read. The newest installed server's tools are preferred: {@code pg_dump} must be at least
 * as new as the server it dumps.
 */
final class PostgresTools {

    private static final Path INSTALLED = Path.of("/usr/lib/postgresql");
    private static final long TIMEOUT_HOURS = 12;

    /** Where and as whom to connect, from a {@code jdbc:postgresql://HOST[:PORT]/DATABASE?user=U&password=P} URL. */
    record Target(String host, int port, String database, String user, String password) {

        static Target of(String jdbcUrl) throws IOException {
            String prefix = "jdbc:postgresql://";
            if (!jdbcUrl.startsWith(prefix)) {
                throw new IOException("'" + JdbcUrls.withoutSecrets(jdbcUrl) + "' is no PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DATABASE?user=U)");
            }
            String rest = jdbcUrl.substring(prefix.length());
            int query = rest.indexOf('?');
            Map<String, String> parameters = parameters(query < 0 ? "" : rest.substring(query + 1));
            String address = query < 0 ? rest : rest.substring(0, query);
            int slash = address.indexOf('/');
            if (slash <= 0 || slash == address.length() - 1) {
                throw new IOException("the JDBC URL '" + JdbcUrls.withoutSecrets(jdbcUrl) + "' names no database after HOST:PORT/");
            }
            String hostPort = address.substring(0, slash);
            if (hostPort.contains(",")) {
                throw new IOException("backup and restore take one PostgreSQL server, not the list in '" + hostPort + "'");
            }
            int colon = hostPort.lastIndexOf(':');
            String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            int port;
            try {
                port = colon < 0 ? 5432 : Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IOException("the JDBC URL '" + JdbcUrls.withoutSecrets(jdbcUrl) + "' has no port number after '" + host + ":'");
            }
            String user = parameters.getOrDefault("user", System.getProperty("user.name"));
            return new Target(host, port, URLDecoder.decode(address.substring(slash + 1), StandardCharsets.UTF_8), user,
                    parameters.get("password"));
        }

        private static Map<String, String> parameters(String query) {
            Map<String, String> parameters = new TreeMap<>();
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
            return parameters;
        }

        List<String> connectionArguments() {
            return List.of("--host", host, "--port", Integer.toString(port), "--username", user, "--dbname", database);
        }
    }

    private PostgresTools() {
    }

    /** {@code pg_dump} of the whole database in its custom format (compressed, restorable table by table). */
    static void dump(Target target, Path file) throws IOException {
        List<String> command = new ArrayList<>(List.of(tool("pg_dump").toString(), "--format=custom", "--no-owner",
                "--no-privileges", "--file", file.toString()));
        command.addAll(target.connectionArguments());
        run(command, target, "pg_dump");
    }

    /** {@code pg_restore} of a custom-format dump into the (empty) database, stopping at the first error. */
    static void restore(Target target, Path file) throws IOException {
        List<String> command = new ArrayList<>(List.of(tool("pg_restore").toString(), "--no-owner", "--no-privileges",
                "--exit-on-error", "--single-transaction"));
        command.addAll(target.connectionArguments());
        command.add(file.toString());
        run(command, target, "pg_restore");
    }

    private static void run(List<String> command, Target target, String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(key -> key.startsWith("PG"));
        if (target.password() != null) {
            builder.environment().put("PGPASSWORD", target.password());
        }
        Path errors = Files.createTempFile("hyperedge-" + name, ".log");
        builder.redirectError(errors.toFile());
        try {
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_HOURS, TimeUnit.HOURS)) {
                process.destroyForcibly();
                throw new IOException(name + " did not finish within " + TIMEOUT_HOURS + " hours");
            }
            if (process.exitValue() != 0) {
                throw new IOException(name + " failed (exit " + process.exitValue() + "): "
                        + Files.readString(errors, StandardCharsets.UTF_8).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(name + " was interrupted", e);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /** The newest installed server's tool, else the one on the PATH. */
    static Path tool(String name) throws IOException {
        Optional<Path> installed = Optional.empty();
        if (Files.isDirectory(INSTALLED)) {
            try (Stream<Path> versions = Files.list(INSTALLED)) {
                installed = versions.map(version -> version.resolve("bin").resolve(name)).filter(Files::isExecutable)
                        .max(Comparator.comparingInt(PostgresTools::majorVersion));
            }
        }
        if (installed.isPresent()) {
            return installed.get();
        }
        for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(directory.isEmpty() ? "." : directory, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IOException(name + " is not installed: a PostgreSQL master is backed up and restored with PostgreSQL's "
                + "own tools (Debian package postgresql-client)");
    }

    private static int majorVersion(Path tool) {
        try {
            return Integer.parseInt(tool.getParent().getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
