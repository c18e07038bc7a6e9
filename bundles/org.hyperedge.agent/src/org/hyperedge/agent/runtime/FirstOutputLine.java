package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The first line a promise's command prints, kept so a failing promise says why in its own words ("backend-2
 * (127.0.0.1:20010) is DOWN") rather than only its exit code. The output is read to its end on a thread of its
 * own, so a command printing a lot never blocks on a full pipe, and only its first {@value #MAX_CHARACTERS}
 * characters are kept, without control characters (the line lands in reports, tickets and tables).
 */
final class FirstOutputLine {

    static final int MAX_CHARACTERS = 200;

    private final StringBuilder line = new StringBuilder();
    private final Thread reader;

    private FirstOutputLine(InputStream output) {
        reader = new Thread(() -> read(output), "promise-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts reading {@code output} (a process's standard output, with its errors redirected into it). */
    static FirstOutputLine of(InputStream output) {
        return new FirstOutputLine(output);
    }

    /** The line, once the process ended (waits a little for the last bytes in the pipe); empty when it printed none. */
    String line() throws InterruptedException {
        reader.join(500);
        synchronized (line) {
            return line.toString().strip();
        }
    }

    private void read(InputStream output) {
        byte[] kept = new byte[MAX_CHARACTERS * 4];
        int length = 0;
        boolean ended = false;
        byte[] buffer = new byte[4096];
        try (output) {
            for (int n = output.read(buffer); n >= 0; n = output.read(buffer)) {
                for (int i = 0; i < n && !ended; i++) {
                    if (buffer[i] == '\n' && length > 0) {
                        ended = true;
                    } else if (buffer[i] != '\n' && length < kept.length) {
                        kept[length++] = buffer[i];
                    }
                }
            }
        } catch (IOException e) {
            // the process is gone: what was read is all there is
        }
        String text = new String(kept, 0, length, StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", " ");
        synchronized (line) {
            line.append(text.length() > MAX_CHARACTERS ? text.substring(0, MAX_CHARACTERS - 1) + "…" : text);
        }
    }
}
