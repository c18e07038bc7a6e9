package org.hyperedge.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The commands a guide shows, in order: every line starting with {@code ./hyperedge} in its {@code ```sh} blocks (a
 * line ending with {@code \} continues on the next), with the lines {@code # output contains: TEXT} that follow it.
 * A command marked {@code (not run by the tests: WHY)} is kept aside as skipped: what a test cannot run (the
 * console's window) stays visible and counted instead of silently dropped.
 */
record GuideCommands(Path guide, List<Command> commands, List<Command> skipped) {

    static final String SKIP_MARKER = "(not run by the tests";
    private static final String EXPECTATION = "# output contains: ";

    /** One command as the guide shows it: its line number, its text, and what its output must contain. */
    record Command(int line, String text, List<String> expectations) {

        /** A command the guide runs in the background ({@code ... &}): an agent, the headless master. */
        boolean background() {
            return text.endsWith("&");
        }

        /** The command without its trailing {@code &}. */
        String withoutBackground() {
            return background() ? text.substring(0, text.length() - 1).strip() : text;
        }
    }

    static GuideCommands read(Path guide) throws IOException {
        List<String> lines = Files.readAllLines(guide, StandardCharsets.UTF_8);
        List<Command> commands = new ArrayList<>();
        List<Command> skipped = new ArrayList<>();
        boolean inShell = false;
        Command last = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("```")) {
                inShell = !inShell && line.equals("```sh");
                last = null;
                continue;
            }
            if (!inShell) {
                continue;
            }
            if (line.startsWith(EXPECTATION) && last != null) {
                last.expectations().add(line.substring(EXPECTATION.length()).strip());
                continue;
            }
            if (!line.startsWith("./hyperedge")) {
                last = null;
                continue;
            }
            int first = i + 1;
            StringBuilder text = new StringBuilder();
            while (line.endsWith("\\") && i + 1 < lines.size()) {
                text.append(line.substring(0, line.length() - 1).strip()).append(' ');
                line = lines.get(++i).strip();
            }
            text.append(line);
            String command = text.toString();
            if (command.contains(SKIP_MARKER)) {
                skipped.add(new Command(first, command, new ArrayList<>()));
                last = null;
            } else {
                last = new Command(first, withoutComment(command), new ArrayList<>());
                commands.add(last);
            }
        }
        return new GuideCommands(guide, commands, skipped);
    }

    /** A comment after the command ({@code   # what it does}); a {@code #} inside quotes is the command's. */
    private static String withoutComment(String command) {
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && i > 0 && Character.isWhitespace(command.charAt(i - 1))) {
                return command.substring(0, i).strip();
            }
        }
        return command.strip();
    }
}
