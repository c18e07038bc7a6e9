package org.hyperedge.agent.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The request line and headers of an HTTP/1.1 request, read with bounds on their size: a client that sends
 * more is refused, never buffered. A connection closed before a request began is {@code null}.
 */
record RequestHead(String method, String target, String version, Map<String, String> headers) {

    static final int MAX_LINE = 8 * 1024;
    static final int MAX_HEAD = 32 * 1024;
    static final int MAX_HEADERS = 64;

    /** What the head of a request broke: answered with this status and message, then the connection closes. */
    static final class Malformed extends Exception {

        private static final long serialVersionUID = 1L;
        final int status;

        Malformed(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    static RequestHead read(InputStream in) throws IOException, Malformed {
        int[] budget = { MAX_HEAD };
        String line = line(in, budget, true);
        if (line == null) {
            return null;
        }
        String[] parts = line.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            throw new Malformed(400, "not an HTTP/1.1 request line: '" + abbreviate(line) + "'");
        }
        Map<String, String> headers = new HashMap<>();
        while (true) {
            String header = line(in, budget, false);
            if (header == null) {
                throw new IOException("connection closed in the middle of a request's headers");
            }
            if (header.isEmpty()) {
                break;
            }
            int colon = header.indexOf(':');
            if (colon <= 0) {
                throw new Malformed(400, "malformed header line: '" + abbreviate(header) + "'");
            }
            if (headers.size() == MAX_HEADERS) {
                throw new Malformed(431, "more than " + MAX_HEADERS + " headers");
            }
            String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).strip();
            if (headers.containsKey(name) && (name.equals("content-length") || name.equals("transfer-encoding"))) {
                throw new Malformed(400, "header " + name + " given twice");
            }
            headers.put(name, value);
        }
        return new RequestHead(parts[0], parts[1], parts[2], headers);
    }

    /** The body's length: Content-Length, 0 without one; a chunked body is refused (our clients send lengths). */
    long contentLength() throws Malformed {
        if (headers.containsKey("transfer-encoding")) {
            throw new Malformed(411, "a body must come with its Content-Length (Transfer-Encoding is not accepted)");
        }
        String declared = headers.get("content-length");
        if (declared == null) {
            return 0;
        }
        try {
            long length = Long.parseLong(declared);
            if (length < 0) {
                throw new NumberFormatException();
            }
            return length;
        } catch (NumberFormatException e) {
            throw new Malformed(400, "Content-Length '" + abbreviate(declared) + "' is not a number");
        }
    }

    boolean wantsClose() {
        return "close".equalsIgnoreCase(headers.get("connection")) || version.equals("HTTP/1.0");
    }

    /** One CRLF-ended line in ISO-8859-1; null at the end of the stream before any byte of it. */
    private static String line(InputStream in, int[] budget, boolean first) throws IOException, Malformed {
        StringBuilder line = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c < 0) {
                if (line.length() == 0 && first) {
                    return null;
                }
                throw new IOException("connection closed in the middle of a request line");
            }
            if (--budget[0] < 0) {
                throw new Malformed(431, "request head larger than " + MAX_HEAD + " bytes");
            }
            if (c == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (line.length() == MAX_LINE) {
                throw new Malformed(first ? 414 : 431, (first ? "request line" : "header line") + " longer than "
                        + MAX_LINE + " bytes");
            }
            line.append((char) c);
        }
    }

    private static String abbreviate(String text) {
        String printable = new String(text.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.US_ASCII)
                .replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() > 80 ? printable.substring(0, 77) + "..." : printable;
    }
}
