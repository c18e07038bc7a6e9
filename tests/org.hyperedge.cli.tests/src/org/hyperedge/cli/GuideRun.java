package org.hyperedge.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyperedge.agent.launch.AgentLauncher;
import org.hyperedge.agent.launch.LeftServices;

/**
 * Runs a guide's commands as a user types them from the repository's root, in a home directory of their own: the
 * command line as a process ({@code java org.hyperedge.cli.Main}, what {@code ./hyperedge} runs from its jar), and
 * the agent through the launcher the console starts its local agent with. {@code ~} is that home, and {@code $NAME}
 * what an earlier command printed (a pairing code, a token, a fingerprint, a ticket's number). Background commands
 * ({@code &}) run until {@link #close}, which also ends the services their agents started.
 */
final class GuideRun implements AutoCloseable {

    /** How long a command's output may take to show what the guide says (a node converges in the background). */
    private static final long CONVERGE_NANOS = TimeUnit.SECONDS.toNanos(90);
    /** The commands only the script runs (they build, open a window or run Maven), not the command line's jar. */
    private static final Set<String> SCRIPT_ONLY = Set.of("console", "test", "build", "package", "bench", "generate-model");
    /** What a placeholder {@code $NAME} is filled with: the first group of its pattern in the latest output that has it. */
    private static final Map<String, Pattern> PRINTED = Map.of(
            "CODE", Pattern.compile("pairing code: (\\S+)"),
            "TOKEN", Pattern.compile("enrolment token for [^\\n]*\\n\\s+(\\S+)"),
            "FINGERPRINT", Pattern.compile("master fingerprint:\\s*\\n\\s+([0-9a-f]{64})"),
            "MASTER", Pattern.compile("signed by this master: \\S+ \\(([0-9a-f]{64})\\)"),
            "SITE_MASTER", Pattern.compile("signed by this site master: \\S+ \\(([0-9a-f]{64})\\)"),
            "TICKET", Pattern.compile("(?m)^ticket (\\d+) · open ·"),
            "INVITATION", Pattern.compile("federation invitation[^\\n]*\\n\\s+(he-fed-[0-9a-f]{40})"),
            "PEER_FINGERPRINT", Pattern.compile("this master's certificate fingerprint:\\s*\\n\\s+([0-9a-f]{64})"));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$([A-Z_]+)");

    private final Path repository;
    private final Path home;
    private final Path logs;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<Process> background = new ArrayList<>();
    private final List<Path> agentData = new ArrayList<>();
    private int runs;

    /** What a command printed (stdout and stderr, in one stream) and its exit code. */
    record Result(int code, String output) {
    }

    GuideRun(Path repository, Path home, Path logs) throws IOException {
        this.repository = repository;
        this.home = home;
        this.logs = logs;
        Files.createDirectories(logs);
    }

    /**
     * Runs the command; a background one until it says it is ready. Fails, naming the guide's line, when it exits
     * non-zero or its output does not come to contain what the guide says.
     */
    void run(GuideCommands.Command command, String guide) throws Exception {
        String where = guide + ":" + command.line() + ": " + command.text();
        List<String> words = words(command.withoutBackground(), where);
        if (command.background()) {
            String output = startInBackground(words, where);
            remember(output);
            return;
        }
        long deadline = System.nanoTime() + CONVERGE_NANOS;
        while (true) {
            Result result = runToEnd(words, where);
            if (result.code() != 0) {
                throw new AssertionError(where + "\nexited with " + result.code() + ":\n" + result.output());
            }
            remember(result.output());
            String missing = command.expectations().stream().filter(e -> !result.output().contains(e)).findFirst()
                    .orElse(null);
            if (missing == null) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(where + "\nprinted no '" + missing + "' within 90 s, as the guide says it does; "
                        + "last output:\n" + result.output());
            }
            Thread.sleep(2_000);
        }
    }

    /** The command's words as a shell splits them: quotes grouped and removed, {@code ~} and {@code $NAME} expanded. */
    private List<String> words(String text, String where) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(expand(word.toString(), where));
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                if (c == '"' || c == '\'') {
                    quote = c;
                } else {
                    word.append(c);
                }
            }
        }
        if (quote != 0) {
            throw new AssertionError(where + "\nhas an unclosed " + quote);
        }
        if (word != null) {
            words.add(expand(word.toString(), where));
        }
        if (words.isEmpty() || !words.get(0).equals("./hyperedge")) {
            throw new AssertionError(where + "\ndoes not start with ./hyperedge");
        }
        return words.subList(1, words.size());
    }

    private String expand(String word, String where) {
        String expanded = word.equals("~") ? home.toString() : word.startsWith("~/") ? home + word.substring(1) : word;
        Matcher placeholder = PLACEHOLDER.matcher(expanded);
        StringBuilder result = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new AssertionError(where + "\nuses $" + placeholder.group(1) + ", which no command before it printed"
                        + " (known: " + PRINTED.keySet() + ", printed so far: " + values.keySet() + ")");
            }
            placeholder.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(result);
        return result.toString();
    }

    private void remember(String output) {
        PRINTED.forEach((name, pattern) -> {
            Matcher matcher = pattern.matcher(output);
            while (matcher.find()) {
                values.put(name, matcher.group(1));
            }
        });
    }

    private Result runToEnd(List<String> words, String where) throws Exception {
        Path log = logs.resolve(String.format("%02d-%s.log", ++runs, words.get(commandIndex(words))));
        Process process = commandLine(words, where, log).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(where + "\ndid not end within 120 s:\n" + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private String startInBackground(List<String> words, String where) throws Exception {
        int command = commandIndex(words);
        Path log = logs.resolve(String.format("%02d-%s.log", ++runs, words.get(command)));
        if (words.get(command).equals("agent")) {
            List<String> options = words.subList(command + 1, words.size());
            int data = options.indexOf("--data");
            if (data < 0) {
                throw new AssertionError(where + "\nstarts an agent without --data: it would use the home's default");
            }
            agentData.add(Path.of(options.get(data + 1)));
            AgentLauncher.Launched agent = AgentLauncher.start(options, log);
            background.add(agent.process());
            return Files.readString(log, StandardCharsets.UTF_8);
        }
        Process process = commandLine(words, where, log).start();
        background.add(process);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String printed = Files.readString(log, StandardCharsets.UTF_8);
            if (printed.contains("hyperedge master: syncing")) {
                return printed;
            }
            if (!process.isAlive()) {
                throw new AssertionError(where + "\nexited with " + process.exitValue() + ":\n" + printed);
            }
            Thread.sleep(100);
        }
        throw new AssertionError(where + "\ndid not say it runs within 60 s:\n" + Files.readString(log));
    }

    /** {@code java org.hyperedge.cli.Main WORDS} in the repository's root, with the guide's home as its own. */
    private ProcessBuilder commandLine(List<String> words, String where, Path log) throws IOException {
        String command = words.get(commandIndex(words));
        if (SCRIPT_ONLY.contains(command)) {
            throw new AssertionError(where + "\nruns ./hyperedge " + command + ", which only the script runs (it builds, "
                    + "opens a window or runs Maven): mark it " + GuideCommands.SKIP_MARKER + ": WHY)");
        }
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", CliRun.classPath(),
                Main.class.getName()));
        line.addAll(words);
        Files.writeString(log.resolveSibling(log.getFileName() + ".command"), String.join(" ", line) + "\n");
        ProcessBuilder builder = new ProcessBuilder(line).directory(repository.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("HYPEREDGE_OPERATOR_KEY");
        builder.environment().remove("XDG_CONFIG_HOME");
        return builder;
    }

    /** Where the command is, after the global options ({@code --data DIR}, {@code --db URL}, {@code --operator-key F}). */
    private static int commandIndex(List<String> words) {
        int i = 0;
        while (i < words.size() - 1 && words.get(i).startsWith("--")) {
            i += 2;
        }
        return i;
    }

    /** Ends the background commands, then the services their agents started, which outlive an agent by design. */
    @Override
    public void close() throws Exception {
        for (Process process : background) {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        for (Path data : agentData) {
            LeftServices.end(data);
        }
    }
}
