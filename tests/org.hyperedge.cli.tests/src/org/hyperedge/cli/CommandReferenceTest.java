package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hyperedge.agent.AgentOptions;
import org.junit.jupiter.api.Test;

/** {@code docs/commands.md} is what the commands print with {@code --help} now, so the reference never drifts. */
class CommandReferenceTest {

    @Test
    void theCommittedCommandReferenceIsWhatHelpPrintsNow() throws Exception {
        Path repository = Repository.root();
        String scriptHelp = scriptHelp(repository);

        String generated = CommandReference.markdown(scriptHelp, AgentOptions.USAGE);

        Path target = Path.of("target", "commands.md");
        Files.writeString(target, generated, StandardCharsets.UTF_8);
        assertEquals(generated, Files.readString(repository.resolve("docs/commands.md"), StandardCharsets.UTF_8),
                "docs/commands.md is not what --help prints now (what it prints is in " + target.toAbsolutePath()
                        + "): run releng/scripts/command-reference.sh and commit docs/commands.md");
    }

    @Test
    void theReferenceHoldsEveryHelpWhole() throws Exception {
        String page = CommandReference.markdown(scriptHelp(Repository.root()), AgentOptions.USAGE);

        assertTrue(page.contains(Main.USAGE_TEXT.stripTrailing()), "the command line's --help, whole");
        assertTrue(page.contains(AgentOptions.USAGE.stripTrailing()), "the agent's --help, whole");
        assertTrue(page.contains("## `./hyperedge --help`") && page.contains("Usage: ./hyperedge [--data DIR]"), page);
    }

    /** What {@code ./hyperedge --help} prints: the script's own usage, which builds nothing. */
    private static String scriptHelp(Path repository) throws Exception {
        Process help = new ProcessBuilder(List.of("bash", repository.resolve("hyperedge").toString(), "--help"))
                .redirectErrorStream(true).start();
        String printed = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(help.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, help.exitValue(), printed);
        return printed;
    }
}
