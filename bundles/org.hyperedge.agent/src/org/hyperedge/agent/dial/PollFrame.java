package org.hyperedge.agent.dial;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.hyperedge.protocol.dial.DialHeaders;

/**
 * The frame that ends a streamed poll, after its heartbeats (single newlines, and {@code QUIET} when they stop):
 * {@code CALL id METHOD path length}
 * followed by the request's body, {@code IDLE}, or {@code REFUSED status message}. A line longer than 8 KB, or one
 * that is none of these, is a broken stream: the poll fails and the agent dials again.
 */
record PollFrame(Kind kind, long call, String method, String path, long length, int status, String message) {

    enum Kind {
        CALL, IDLE, REFUSED
    }

    static final int MAX_LINE = 8 * 1024;

    /** Reads past the heartbeats to the frame's line; a call's body is what follows it. */
    static PollFrame read(InputStream in) throws IOException {
        return read(in, () -> {
        });
    }

    /**
     * As {@link #read(InputStream)}; {@code quiet} is told when the master says its heartbeat stopped
     * ({@link DialHeaders#QUIET_LINE}): from then on the stream is silent until its frame.
     */
    static PollFrame read(InputStream in, Runnable quiet) throws IOException {
        String line = line(in);
        while (line.equals(DialHeaders.QUIET_LINE)) {
            quiet.run();
            line = line(in);
        }
        String[] words = line.split(" ", 6);
        try {
            switch (words[0]) {
                case "CALL" -> {
                    if (words.length != 5) {
                        break;
                    }
                    long length = Long.parseLong(words[4]);
                    if (length < 0) {
                        break;
                    }
                    return new PollFrame(Kind.CALL, Long.parseLong(words[1]), words[2], words[3], length, 0, null);
                }
                case "IDLE" -> {
                    return new PollFrame(Kind.IDLE, 0, null, null, 0, 0, null);
                }
                case "REFUSED" -> {
                    String[] parts = line.split(" ", 3);
                    return new PollFrame(Kind.REFUSED, 0, null, null, 0, Integer.parseInt(parts[1]),
                            parts.length > 2 ? parts[2] : "");
                }
                default -> {
                    // below: not a frame
                }
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // below: not a frame
        }
        throw new IOException("the master's streamed poll ended with a line that is no frame: "
                + line.substring(0, Math.min(200, line.length())));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the master's streamed poll ended before its frame (" + line.size() + " bytes of it)");
            }
            if (b == '\n') {
                if (line.size() > 0) {
                    return line.toString(StandardCharsets.US_ASCII);
                }
                continue; // a heartbeat
            }
            if (line.size() >= MAX_LINE) {
                throw new IOException("the master's streamed poll sent a frame line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
    }

    /** The next {@code length} bytes of {@code in}, and no more. */
    static InputStream bounded(InputStream in, long length) {
        return new FilterInputStream(in) {
            private long left = length;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = super.read();
                if (b >= 0) {
                    left--;
                }
                return b;
            }

            @Override
            public int read(byte[] into, int offset, int count) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(into, offset, (int) Math.min(count, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }

            @Override
            public void close() {
                // the poll's body is closed by its reader, after the frame
            }
        };
    }
}
