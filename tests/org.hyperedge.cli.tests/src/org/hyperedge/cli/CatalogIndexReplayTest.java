package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog source remembers when the index it last took was published: an older index, though signed by the
 * trusted publisher, is a replay (a mirror or anyone between serving it again to hide a newer release) and is
 * refused with nothing changed; the publisher's next index is taken again.
 */
class CatalogIndexReplayTest {

    private static final Pattern FINGERPRINT = Pattern.compile("publisher fingerprint: ([0-9a-f]{64})");

    @TempDir
    Path temp;

    @Test
    void anOlderSignedIndexServedAgainIsRefusedAndNothingChanges() throws IOException {
        // given a source whose master took the publisher's second index (hello 1.0 and its fix, hello 1.1)
        String publisher = publish("hello.json", HELLO_1_0);
        copy(index(), temp.resolve("first-index"));
        publish("hello-1.1.json", HELLO_1_1);
        assertOk(cli("catalog", "add-source", index().toString(), "--trust", publisher, "--name", "acme"));
        assertOk(cli("catalog", "update", "acme"));
        String sourcesBefore = cli("catalog", "sources").out();

        // when the first index, signed by the same publisher, is served again in its place
        copy(temp.resolve("first-index"), index());
        CliRun replayed = cli("catalog", "update", "acme");

        // then it is refused for its age, and the catalog and the source are as they were
        assertEquals(Main.REFUSED, replayed.code(), replayed.out());
        assertTrue(replayed.err().contains("catalog source acme is refused: its index was published at "), replayed.err());
        assertTrue(replayed.err().contains("before the index this master last took from it"), replayed.err());
        assertTrue(replayed.err().contains("an older index is refused"), replayed.err());
        assertEquals(sourcesBefore, cli("catalog", "sources").out());
        assertTrue(cli("catalog").out().contains("acme:hello@1.1"));
    }

    @Test
    void thePublishersNextIndexIsTakenAfterAReplayWasRefused() throws IOException {
        // given a master that took the first index, and a replay of an even older one refused
        String publisher = publish("hello.json", HELLO_1_0);
        copy(index(), temp.resolve("older-index"));
        publish("hello.json", HELLO_1_0);
        assertOk(cli("catalog", "add-source", index().toString(), "--trust", publisher, "--name", "acme"));
        copy(temp.resolve("older-index"), index());
        assertEquals(Main.REFUSED, cli("catalog", "update", "acme").code());

        // when the publisher publishes its fix
        publish("hello-1.1.json", HELLO_1_1);
        CliRun update = cli("catalog", "update", "acme");

        // then it comes in, and the source shows the new index's date
        assertOk(update);
        assertTrue(update.out().contains("added acme:hello@1.1"), update.out());
        assertTrue(cli("catalog", "sources").out().contains("INDEX PUBLISHED"));
    }

    @Test
    void theSameIndexReadAgainIsNoReplay() throws IOException {
        String publisher = publish("hello.json", HELLO_1_0);
        assertOk(cli("catalog", "add-source", index().toString(), "--trust", publisher, "--name", "acme"));

        CliRun first = cli("catalog", "update");
        CliRun again = cli("catalog", "update");

        assertOk(first);
        assertOk(again);
        assertTrue(again.out().contains("acme: 0 added, 1 already in the catalog (unchanged)"), again.out());
    }

    private static final String HELLO_1_0 = """
            { "id": "acme:hello", "name": "Hello", "version": "1.0", "description": "a process that waits",
              "types": { "default": { "description": "one process",
                "processes": [ { "name": "sleep", "command": ["sleep", "3600"] } ] } } }
            """;
    private static final String HELLO_1_1 = """
            { "id": "acme:hello@1.1", "name": "Hello", "version": "1.1", "description": "the same, fixed",
              "types": { "default": { "description": "one process",
                "processes": [ { "name": "sleep", "command": ["sleep", "7200"] } ] } } }
            """;

    /** Adds a release file to the publisher's directory and publishes it all again into {@link #index()}. */
    private String publish(String file, String descriptor) throws IOException {
        Path releases = Files.createDirectories(temp.resolve("releases"));
        Files.writeString(releases.resolve(file), descriptor);
        CliRun published = CliRun.inProcess(temp.resolve("publisher"), "catalog", "publish", releases.toString(), "--out",
                index().toString(), "--key", temp.resolve("acme-key").toString());
        assertOk(published);
        Matcher matcher = FINGERPRINT.matcher(published.out());
        assertTrue(matcher.find(), published.out());
        return matcher.group(1);
    }

    private CliRun cli(String... args) {
        return CliRun.inProcess(temp.resolve("data"), args);
    }

    private Path index() {
        return temp.resolve("index");
    }

    private static void assertOk(CliRun run) {
        assertEquals(Main.OK, run.code(), run.err());
    }

    /** Replaces {@code to} with a copy of the directory tree {@code from}. */
    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> files = Files.walk(to)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
