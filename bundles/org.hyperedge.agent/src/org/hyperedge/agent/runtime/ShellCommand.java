package org.hyperedge.agent.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyperedge.agent.partition.TemplateRenderer;

/**
 * Shell commands from templates, where no placeholder's value is ever read as shell code: the script refers
 * to each value as a positional parameter ({@code ${1}}, {@code ${2}}, ...) and the values travel as the
 * shell's arguments. A value like {@code x; rm -rf ~} or {@code $(...)} is then one word of data wherever the
 * template puts it (in double quotes it stays one word, unquoted it is split into words, never run). A
 * placeholder inside single quotes would not be expanded at all, so it is refused with its name.
 */
public final class ShellCommand {

    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "ksh", "mksh", "zsh", "busybox");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[a-z]+(?:\\.[A-Za-z0-9_-]+)?\\??(?:\\|[a-z]+)?}");

    private ShellCommand() {
    }

    /** A command promise's target: {@code sh -c SCRIPT sh VALUES...}. */
    public static List<String> promise(TemplateRenderer renderer, String template) {
        List<String> values = new ArrayList<>();
        String script = script(renderer, template, values, 0);
        List<String> line = new ArrayList<>(List.of("sh", "-c", script, "sh"));
        line.addAll(values);
        return line;
    }

    /**
     * A process's command line: each argument rendered as it stands (the line is run without a shell), except
     * the script of a shell's {@code -c}, whose placeholders become positional parameters appended after the
     * arguments the line already gives that script.
     */
    public static List<String> processLine(TemplateRenderer renderer, List<String> command) {
        int script = scriptIndex(command);
        if (script < 0) {
            return renderer.render(command);
        }
        List<String> line = new ArrayList<>();
        for (int i = 0; i < command.size(); i++) {
            if (i != script) {
                line.add(renderer.render(command.get(i)));
            } else {
                line.add(null); // filled in below, once the positions are known
            }
        }
        int given = command.size() - script - 1; // $0 and the arguments the line gives its script
        if (given == 0) {
            line.add("sh");
        }
        List<String> values = new ArrayList<>();
        line.set(script, script(renderer, command.get(script), values, Math.max(0, given - 1)));
        line.addAll(values);
        return line;
    }

    private static String script(TemplateRenderer renderer, String template, List<String> values, int offset) {
        refuseSingleQuoted(template);
        return renderer.render(template, value -> {
            values.add(value);
            return "${" + (offset + values.size()) + "}";
        });
    }

    /** Where the script of {@code SHELL [options] -c SCRIPT ...} is, or -1 when the line is no such thing. */
    static int scriptIndex(List<String> command) {
        if (command.size() < 3 || !SHELLS.contains(Path.of(command.get(0)).getFileName().toString())) {
            return -1;
        }
        boolean dashC = false;
        for (int i = 1; i < command.size(); i++) {
            String argument = command.get(i);
            if (argument.equals("--")) {
                return dashC && i + 1 < command.size() ? i + 1 : -1;
            }
            if (argument.equals("-o") || argument.equals("+o")) {
                i++;
            } else if (argument.startsWith("-") || argument.startsWith("+")) {
                dashC |= argument.startsWith("-") && argument.indexOf('c') > 0;
            } else {
                return dashC ? i : -1;
            }
        }
        return -1;
    }

    /** A placeholder between single quotes would reach the shell as literal text: refused with its name. */
    private static void refuseSingleQuoted(String script) {
        boolean[] singleQuoted = new boolean[script.length()];
        boolean single = false;
        boolean doubled = false;
        for (int i = 0; i < script.length(); i++) {
            singleQuoted[i] = single;
            char c = script.charAt(i);
            if (c == '\\' && !single) {
                i++; // the next character is escaped, whatever it is
            } else if (c == '\'' && !doubled) {
                single = !single;
            } else if (c == '"' && !single) {
                doubled = !doubled;
            }
        }
        Matcher placeholder = PLACEHOLDER.matcher(script);
        while (placeholder.find()) {
            if (singleQuoted[placeholder.start()]) {
                throw new IllegalArgumentException("placeholder " + placeholder.group() + " is inside single quotes in the "
                        + "shell command '" + script + "', where its value would not be seen; use double quotes");
            }
        }
    }
}
