package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every command the three guides show runs as shown, in order, on a fresh master in a home of its own, with real
 * agents where the guide starts them: it exits 0, and its output contains what the guide says it prints. So the
 * guides cannot drift from the product. Runs as root (the agents give each partition a user of its own), in a
 * network namespace of its own when ports 7700-7711 and 30100-30339 of loopback may be taken.
 */
class GuideCommandsTest {

    private static final List<String> GUIDES = List.of("operator-guide.md", "field-engineer-guide.md", "admin-guide.md");

    @Test
    void everyCommandOfTheOperatorsGuideRunsAsShown() throws Exception {
        GuideCommands guide = GuideCommands.read(Repository.root().resolve("docs/operator-guide.md"));

        List<String> ran = runAll(guide);

        assertTrue(ran.stream().anyMatch(c -> c.contains("nodes adopt")), "the guide adopts a node: " + ran);
        assertTrue(ran.stream().anyMatch(c -> c.contains("--enrol $TOKEN")), "the guide enrols a dialling node: " + ran);
    }

    @Test
    void everyCommandOfTheFieldEngineersGuideRunsAsShown() throws Exception {
        GuideCommands guide = GuideCommands.read(Repository.root().resolve("docs/field-engineer-guide.md"));

        List<String> ran = runAll(guide);

        assertTrue(ran.stream().anyMatch(c -> c.contains("site import-return")), "the guide brings records back: " + ran);
        assertTrue(ran.stream().anyMatch(c -> c.contains("catalog add-source ~/factory.hesite")),
                "the guide subscribes the site to its bundle: " + ran);
    }

    @Test
    void everyCommandOfTheAdminsGuideRunsAsShown() throws Exception {
        GuideCommands guide = GuideCommands.read(Repository.root().resolve("docs/admin-guide.md"));

        List<String> ran = runAll(guide);

        assertTrue(ran.stream().anyMatch(c -> c.contains(" restore ")), "the guide restores a backup: " + ran);
    }

    @Test
    void fewCommandsOfTheGuidesAreLeftUnrunAndEachSaysWhy() throws Exception {
        List<GuideCommands.Command> skipped = new ArrayList<>();
        int runnable = 0;
        for (String name : GUIDES) {
            GuideCommands guide = GuideCommands.read(Repository.root().resolve("docs").resolve(name));
            skipped.addAll(guide.skipped());
            runnable += guide.commands().size();
        }

        assertTrue(skipped.size() <= 3, "at most 3 commands of the guides are not run by this test: " + skipped);
        assertTrue(runnable >= 50, "the guides show at least 50 commands this test runs: " + runnable);
        for (GuideCommands.Command command : skipped) {
            assertTrue(command.text().matches(".*\\(not run by the tests: \\S.*\\).*"), "says why: " + command);
        }
    }

    @Test
    void theExtractorTakesTheShellBlocksCommandsTheirExpectationsAndTheMarkedOnesAside() throws Exception {
        Path guide = Files.createTempFile("guide", ".md");
        Files.writeString(guide, """
                Prose with ./hyperedge status is not a command.
                ```text
                ./hyperedge catalog
                ```
                ```sh
                ./hyperedge request h2-database db \\
                    --param database=orders   # a comment
                # output contains: requested 'db'
                ./hyperedge tickets open "a # in quotes" "why"
                ./hyperedge console   # (not run by the tests: a window)
                ./hyperedge master --period 0.5 &
                ```
                """);

        GuideCommands read = GuideCommands.read(guide);

        assertEquals(List.of("./hyperedge request h2-database db --param database=orders",
                "./hyperedge tickets open \"a # in quotes\" \"why\"", "./hyperedge master --period 0.5 &"),
                read.commands().stream().map(GuideCommands.Command::text).toList());
        assertEquals(List.of("requested 'db'"), read.commands().get(0).expectations());
        assertEquals(6, read.commands().get(0).line());
        assertTrue(read.commands().get(2).background());
        assertFalse(read.commands().get(1).background());
        assertEquals(1, read.skipped().size());
        Files.delete(guide);
    }

    /** Runs the guide's commands in order in a fresh home; returns them as the guide shows them. */
    private static List<String> runAll(GuideCommands guide) throws Exception {
        String name = guide.guide().getFileName().toString();
        Path home = Files.createTempDirectory("hyperedge-guide-");
        // the partitions' users must reach the agents' data directories under it
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> ran = new ArrayList<>();
        try (GuideRun run = new GuideRun(Repository.root(), home, Path.of("target", "guides", name).toAbsolutePath())) {
            for (GuideCommands.Command command : guide.commands()) {
                run.run(command, "docs/" + name);
                ran.add(command.text());
            }
        } finally {
            deleteTree(home); // what each command printed stays in target/guides
        }
        return ran;
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
