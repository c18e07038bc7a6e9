package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Why a service process ended, as the master sees it: its exit status in words and the last lines of its
 * output, bounded (so a crash-looping service's cause reaches the ticket and the console, and a service
 * that prints megabytes costs a report no more than a few kilobytes).
 */
final class ExitReport {

    static final int LINES = 10;
    static final int LINE_CHARS = 200;
    /** All lines together: the event stays well within what the master keeps of a node event (2,000 characters). */
    static final int LOG_CHARS = 1_200;
    private static final int TAIL_BYTES = 16 * 1024;
    private static final Map<Integer, String> SIGNALS = Map.of(1, "HUP", 2, "INT", 3, "QUIT", 6, "ABRT", 9, "KILL",
            11, "SEGV", 13, "PIPE", 15, "TERM");

    private ExitReport() {
    }

    /** Adds {@code exitCode} (when known), {@code status} and {@code log} to an {@code exited} event's data. */
    static ObjectNode describe(ObjectNode data, OptionalInt exitCode, Path log) {
        if (exitCode.isPresent()) {
            data.put("exitCode", exitCode.getAsInt());
        }
        data.put("status", status(exitCode));
        ArrayNode lines = data.putArray("log");
        lastLines(log).forEach(lines::add);
        return data;
    }

    /**
     * The exit in words. A process killed by a signal exits, as Java reports it, with 128 + the signal; an
     * adopted process (started by an agent before a restart) is not this agent's child, so its code is unknown.
     */
    static String status(OptionalInt exitCode) {
        if (exitCode.isEmpty()) {
            return "exit status unknown (started before the agent's restart)";
        }
        int code = exitCode.getAsInt();
        if (code > 128 && code < 160) {
            int signal = code - 128;
            return "exit code " + code + " (signal " + signal + (SIGNALS.containsKey(signal) ? " " + SIGNALS.get(signal) : "")
                    + ")";
        }
        return "exit code " + code;
    }

    /**
     * The last {@link #LINES} lines of the log, each cut to {@link #LINE_CHARS} characters, and fewer when
     * together they would pass {@link #LOG_CHARS} (the last lines are kept: they say why it ended).
     */
    static List<String> lastLines(Path log) {
        List<String> lines = new ArrayList<>();
        try (RandomAccessFile in = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, in.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1);
            int end = all.length;
            while (end > 0 && all[end - 1].isBlank()) {
                end--;
            }
            // the first piece of a tail that did not start at the file's beginning may be half a line
            int first = Math.max(start > 0 ? 1 : 0, end - LINES);
            int chars = 0;
            for (int i = end - 1; i >= first; i--) {
                String line = all[i].replaceAll("[\\p{Cc}\\p{Cf}]", " "); // no control or bidirectional characters
                line = line.length() <= LINE_CHARS ? line : line.substring(0, LINE_CHARS - 3) + "...";
                chars += line.length();
                if (chars > LOG_CHARS) {
                    break;
                }
                lines.add(0, line);
            }
        } catch (IOException e) {
            // no output yet, or none kept: the status alone says what is known
        }
        return lines;
    }
}
