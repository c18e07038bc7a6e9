package org.hyperedge.agent.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * One request on a connection and its answer: the method, the path and query as sent, the headers (names in
 * lower case), the client's certificate fingerprint and address, a body that ends at its Content-Length, and
 * exactly one answer, always with its length.
 */
final class Exchange {

    private final String method;
    private final String rawPath;
    private final String rawQuery;
    private final Map<String, String> headers;
    private final String peer;
    private final InetAddress client;
    private final InputStream body;
    private final OutputStream out;
    private final boolean closeAfter;
    private boolean answered;
    private int status;
    private byte[] content;

    Exchange(String method, String target, Map<String, String> headers, String peer, InetAddress client, InputStream body,
            OutputStream out, boolean closeAfter) {
        this.method = method;
        int question = target.indexOf('?');
        this.rawPath = question < 0 ? target : target.substring(0, question);
        this.rawQuery = question < 0 ? null : target.substring(question + 1);
        this.headers = headers;
        this.peer = peer;
        this.client = client;
        this.body = body;
        this.out = out;
        this.closeAfter = closeAfter;
    }

    String method() {
        return method;
    }

    String rawPath() {
        return rawPath;
    }

    String rawQuery() {
        return rawQuery;
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String peer() {
        return peer;
    }

    InetAddress client() {
        return client;
    }

    InputStream body() {
        return body;
    }

    boolean answered() {
        return answered;
    }

    void respond(int status, String contentType, byte[] content) throws IOException {
        if (answered) {
            return;
        }
        answered = true;
        this.status = status;
        this.content = content;
        StringBuilder head = new StringBuilder(160).append("HTTP/1.1 ").append(status).append(' ').append(reason(status))
                .append("\r\nContent-Length: ").append(content.length).append("\r\n");
        if (content.length > 0) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (closeAfter) {
            head.append("Connection: close\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
        out.write(content);
        out.flush();
    }

    /**
     * A request that came over the agent's dial-in session (issue 18), not over a connection to this agent: served by
     * the same routing, its answer kept here ({@link #status}, {@link #content}) for the session to post back.
     */
    static Exchange inProcess(String method, String target, long length, String peer, InetAddress master, InputStream body) {
        return new Exchange(method, target, Map.of("content-length", Long.toString(length)), peer, master, body,
                OutputStream.nullOutputStream(), false);
    }

    /** The answer's status (0 until answered). */
    int status() {
        return status;
    }

    /** The answer's body (null until answered). */
    byte[] content() {
        return content;
    }

    /** A file as the answer, streamed (a backup may be larger than memory), with its length. */
    void respondFile(int status, String contentType, java.nio.file.Path file) throws IOException {
        if (answered) {
            return;
        }
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            long length = java.nio.file.Files.size(file);
            answered = true;
            StringBuilder head = new StringBuilder(160).append("HTTP/1.1 ").append(status).append(' ').append(reason(status))
                    .append("\r\nContent-Length: ").append(length).append("\r\nContent-Type: ").append(contentType)
                    .append("\r\n");
            if (closeAfter) {
                head.append("Connection: close\r\n");
            }
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            long sent = in.transferTo(out);
            if (sent != length) {
                throw new IOException(file + " changed while it was sent");
            }
            out.flush();
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 411 -> "Length Required";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            default -> "Status";
        };
    }
}
