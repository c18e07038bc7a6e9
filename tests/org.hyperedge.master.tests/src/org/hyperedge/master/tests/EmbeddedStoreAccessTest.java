package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.hyperedge.master.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded master's store against the other users of its machine. H2's automatic mixed mode lets the
 * console and the command line share the store: the first process serves it over TCP and writes where (and
 * with which key) into its lock file. A local user who could read that file and log in as {@code sa} without a
 * password ran code inside the master. Now the data directory is private, the server listens on loopback only
 * and the store takes a secret kept in the data directory; two processes of the owner still share it.
 */
class EmbeddedStoreAccessTest {

    @TempDir
    Path temp;

    @Test
    void aLocalUserCanNeitherReadTheStoreNorLogInToItsServerEvenWithItsKey() throws Exception {
        assumeFalse(TestDatabases.onPostgres(), "the embedded store is H2's");
        assumeTrue(LocalIntruder.canBeMade(), "making another local user needs root");
        LocalIntruder.ensureExists();
        Path home = openToOthers(temp.resolve("home"));
        Path data = home.resolve("data");
        Path h2 = h2JarForEveryone();

        try (Database console = Database.open(Database.h2Url(data))) {
            console.inTransaction(c -> c.createStatement().executeUpdate(
                    "INSERT INTO instance_tree (root_title, created_at) VALUES ('private', CURRENT_TIMESTAMP)"));
            Properties lock = new Properties();
            try (Reader in = Files.newBufferedReader(data.resolve("master.lock.db"), StandardCharsets.ISO_8859_1)) {
                lock.load(in);
            }
            String server = lock.getProperty("server");
            String key = lock.getProperty("id");

            LocalIntruder.Run lockFile = LocalIntruder.runAs("cat", data.resolve("master.lock.db").toString());
            assertNotEquals(0, lockFile.exit(), "another user read the store's lock file, its server and key: "
                    + lockFile.output());
            LocalIntruder.Run store = LocalIntruder.runAs("head", "-c", "64", data.resolve("master.mv.db").toString());
            assertNotEquals(0, store.exit(), "another user read the store's file");
            LocalIntruder.Run login = LocalIntruder.runAs(java(), "-cp", h2.toString(), "org.h2.tools.Shell", "-url",
                    "jdbc:h2:tcp://" + server + "/" + key, "-user", "sa", "-password", "", "-sql",
                    "SELECT root_title FROM instance_tree");
            assertFalse(login.output().contains("private"), "another user, given the lock file's key, read the store: "
                    + login.output());
            assertTrue(login.output().contains("28000") || login.output().contains("Wrong user name or password"),
                    login.output());
            assertThrows(ConnectException.class, () -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.2", Integer.parseInt(server.substring(server.lastIndexOf(':') + 1))),
                            2_000);
                }
            }, "the store's server answers on another address than loopback's 127.0.0.1: " + server);
        }
        assertEquals("rwx------", mode(data));
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertEquals("rw-------", mode(file), file + " is open to others");
            }
        }
    }

    @Test
    void theConsoleAndTheCommandLineShareTheStoreFromTwoProcesses() throws Exception {
        assumeFalse(TestDatabases.onPostgres(), "the embedded store is H2's");
        Path data = temp.resolve("data");
        try (Database console = Database.open(Database.h2Url(data))) {
            console.inTransaction(c -> c.createStatement().executeUpdate(
                    "INSERT INTO instance_tree (root_title, created_at) VALUES ('console', CURRENT_TIMESTAMP)"));

            Process commandLine = new ProcessBuilder(java(), "-cp", storeClassPath(), StoreShareMain.class.getName(),
                    data.toString(), "command-line").redirectErrorStream(true).start();
            String output = new String(commandLine.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(commandLine.waitFor(60, TimeUnit.SECONDS));

            assertEquals(0, commandLine.exitValue(), output);
            assertTrue(output.contains("trees: 2"), output);
            int seen = console.inTransaction(c -> {
                try (ResultSet row = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM instance_tree WHERE root_title = 'command-line'")) {
                    row.next();
                    return row.getInt(1);
                }
            });
            assertEquals(1, seen, "the console sees what the other process wrote");
        }
    }

    @Test
    void aDataDirectoryFromBeforeIsTightenedAndItsStoreTakesTheSecret() throws Exception {
        assumeFalse(TestDatabases.onPostgres(), "the embedded store is H2's");
        Path data = temp.resolve("old");
        String url = Database.h2Url(data); // the master's code runs first in its process, as it would in the console
        Files.createDirectories(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        String plain = "jdbc:h2:file:" + data.resolve("master");
        try (Connection old = new org.h2.Driver().connect(plain, credentials(""))) {
            old.createStatement().execute("CREATE TABLE kept (v INT); INSERT INTO kept VALUES (7)");
        }
        Files.setPosixFilePermissions(data.resolve("master.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));

        try (Database database = Database.open(url)) {
            int kept = database.inTransaction(c -> {
                try (ResultSet row = c.createStatement().executeQuery("SELECT v FROM kept")) {
                    row.next();
                    return row.getInt(1);
                }
            });
            assertEquals(7, kept);
        }

        assertEquals("rwx------", mode(data));
        assertEquals("rw-------", mode(data.resolve("master.mv.db")));
        SQLException noPassword = assertThrows(SQLException.class, () -> new org.h2.Driver().connect(plain, credentials("")));
        assertEquals(28000, noPassword.getErrorCode(), noPassword.getMessage());
    }

    private static Properties credentials(String password) {
        Properties credentials = new Properties();
        credentials.put("user", "sa");
        credentials.put("password", password);
        return credentials;
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /** A directory others may traverse, as a home directory often is. */
    private static Path openToOthers(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (Path p = directory; p != null && p.startsWith(directory.getRoot().resolve("tmp")); p = p.getParent()) {
            if (p.getNameCount() > 1) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        return directory;
    }

    /** H2's jar where another user can read it (the build's copy is under root's home). */
    private Path h2JarForEveryone() throws IOException, URISyntaxException {
        Path copy = openToOthers(temp.resolve("tools")).resolve("h2.jar");
        Files.copy(location(org.h2.Driver.class), copy, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(copy, java.util.EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ));
        return copy;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** What a process needs to open the master's store: the master bundle, its drivers and pool, and this bundle. */
    private static String storeClassPath() throws URISyntaxException {
        List<String> entries = new ArrayList<>();
        for (Class<?> type : List.of(StoreShareMain.class, Database.class, org.h2.Driver.class,
                com.zaxxer.hikari.HikariDataSource.class, org.slf4j.LoggerFactory.class,
                org.postgresql.ds.PGSimpleDataSource.class)) {
            entries.add(location(type).toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
