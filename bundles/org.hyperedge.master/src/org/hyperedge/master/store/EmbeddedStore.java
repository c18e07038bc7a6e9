package org.hyperedge.master.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The embedded master's H2 store as the other users of its machine see it: not at all. Its data directory is
 * private (0700, what the master keeps in it 0600 or 0700; an existing directory is tightened on every open),
 * the server H2 starts so that the console and the command line can share the store (its automatic mixed mode)
 * listens on loopback only, and every connection gives the store's secret, made on first use and kept in the
 * data directory ({@value #SECRET}, 0600). A store made before the secret existed (user {@code sa}, no
 * password) takes the secret as its password the first time it is opened.
 */
final class EmbeddedStore {

    /** The file beside {@code master.mv.db} that holds the store's password. */
    static final String SECRET = "master.secret";
    static final String USER = "sa";
    private static final String BIND_ADDRESS = "h2.bindAddress";
    /** What the master itself keeps in its data directory; the local agent's directory keeps its own modes. */
    private static final Set<String> MASTER_DIRECTORIES = Set.of("master-identity", "cache", "composites");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    /** The user and password of one store. */
    record Credentials(String user, String password) {
    }

    private EmbeddedStore() {
    }

    /**
     * H2 reads {@value #BIND_ADDRESS} once, when it first needs it, and binds its automatic server there (on every
     * address without it). Set before any store of this JVM is opened.
     */
    static void listenOnLoopbackOnly() {
        if (System.getProperty(BIND_ADDRESS) == null) {
            System.setProperty(BIND_ADDRESS, "127.0.0.1");
        }
    }

    /** The database file's path of an H2 file URL ({@code jdbc:h2:file:/data/master;...}), or null for any other URL. */
    static Path databaseFile(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:file:")) {
            return null;
        }
        String path = jdbcUrl.substring("jdbc:h2:file:".length());
        int settings = path.indexOf(';');
        return Path.of(settings < 0 ? path : path.substring(0, settings)).toAbsolutePath().normalize();
    }

    /**
     * Makes the store's directory private and returns the credentials of the store at the URL (its secret made
     * the first time); an old store without a password is given the secret as its password.
     */
    static Credentials prepare(String jdbcUrl) {
        Path database = databaseFile(jdbcUrl);
        if (database == null) {
            return new Credentials(USER, "");
        }
        checkLoopback(jdbcUrl);
        Path directory = database.getParent();
        try {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            tighten(directory);
            privateTraceFile(database.resolveSibling(database.getFileName() + ".trace.db"));
            Path existing = database.resolveSibling(database.getFileName() + ".mv.db");
            boolean oldStore = Files.exists(existing) && !Files.exists(directory.resolve(SECRET));
            String secret = secret(directory.resolve(SECRET));
            if (oldStore) {
                givePassword(jdbcUrl, secret);
            }
            return new Credentials(USER, secret);
        } catch (IOException e) {
            throw new StoreException("cannot open the database " + jdbcUrl + ": its directory " + directory
                    + " cannot be made private (" + e + ")", e);
        }
    }

    /** Makes the store's files private once H2 has made them (it makes them as the process's umask says). */
    static void tightenFiles(String jdbcUrl) {
        Path database = databaseFile(jdbcUrl);
        if (database != null) {
            try {
                tighten(database.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * H2 appends the errors it sees (a wrong password, say) to its trace file, which it would make with the
     * process's umask at any time while the store is open: made beforehand, it is the owner's alone.
     */
    private static void privateTraceFile(Path trace) throws IOException {
        try {
            Files.createFile(trace, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            // kept, and tightened with the rest
        }
    }

    /** The directory 0700; what is in it, and in the master's own directories, without any right for others. */
    private static void tighten(Path directory) throws IOException {
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : entries.toList()) {
                if (Files.isSymbolicLink(entry)) {
                    continue;
                }
                withoutOthers(entry);
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                        && MASTER_DIRECTORIES.contains(entry.getFileName().toString())) {
                    try (Stream<Path> inside = Files.walk(entry)) {
                        for (Path path : inside.filter(p -> !Files.isSymbolicLink(p)).toList()) {
                            withoutOthers(path);
                        }
                    }
                }
            }
        }
    }

    private static void withoutOthers(Path path) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
            if (permissions.removeAll(OTHERS)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // gone meanwhile (a lock or temporary file of H2's)
        }
    }

    /** The secret in the file, made (0600, 32 random bytes) if the file does not exist; two processes agree on one. */
    private static String secret(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            Path draft = Files.createTempFile(file.getParent(), "." + SECRET, ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(draft, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n",
                        StandardCharsets.US_ASCII);
                Files.createLink(file, draft);
            } catch (FileAlreadyExistsException e) {
                // another process made it first: theirs is the secret
            } finally {
                Files.deleteIfExists(draft);
            }
        }
        String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (secret.isEmpty()) {
            throw new StoreException("the store's secret " + file + " is empty: restore it from a backup of the data directory");
        }
        return secret;
    }

    /** A store from before the secret: user sa without a password; the secret becomes its password. */
    private static void givePassword(String jdbcUrl, String secret) {
        Properties credentials = new Properties();
        credentials.put("user", USER);
        credentials.put("password", "");
        try (Connection connection = new org.h2.Driver().connect(jdbcUrl, credentials);
                Statement statement = connection.createStatement()) {
            // the secret is URL-safe base64: nothing in it needs quoting
            statement.execute("SET PASSWORD '" + secret + "'");
        } catch (SQLException e) {
            throw new StoreException("the store " + jdbcUrl + " has a password that is not this data directory's secret ("
                    + SECRET + "): " + e.getMessage(), e);
        }
    }

    /** H2 read its bind address before this master could set it: its server would listen on every address. */
    private static void checkLoopback(String jdbcUrl) {
        String bound;
        try {
            Class<?> settings = org.h2.Driver.class.getClassLoader().loadClass("org.h2.engine.SysProperties");
            bound = (String) settings.getField("BIND_ADDRESS").get(null);
        } catch (ReflectiveOperationException e) {
            throw new StoreException("cannot tell where H2 would serve " + jdbcUrl + ": " + e, e);
        }
        boolean loopback;
        try {
            loopback = bound != null && List.of(InetAddress.getAllByName(bound)).stream().allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException e) {
            loopback = false;
        }
        if (!loopback) {
            throw new StoreException("the store " + jdbcUrl + " would be served on " + (bound == null ? "every address"
                    : bound) + ", not on loopback only: H2 was loaded before the master could set " + BIND_ADDRESS
                    + " (set -D" + BIND_ADDRESS + "=127.0.0.1)");
        }
    }
}
