package org.hyperedge.agent.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.hyperedge.protocol.report.ReportCodec;

/** Reading bounded bodies and query strings, and writing JSON answers. */
final class Exchanges {

    /** How much of an oversized body is read to answer it properly; past this the connection is closed. */
    static final long DISCARD_BYTES = 64L << 20;

    private Exchanges() {
    }

    /**
     * The body, refused with 413 past {@code limit} bytes. An oversized body is still read (and thrown
     * away) up to {@link #DISCARD_BYTES}, so the client gets the answer instead of a broken connection.
     */
    static byte[] body(Exchange exchange, int limit, String what) throws IOException, ApiException {
        String declared = exchange.header("Content-Length");
        long declaredLength = -1;
        if (declared != null) {
            try {
                declaredLength = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                throw new ApiException(400, "Content-Length '" + declared + "' is not a number");
            }
        }
        String tooLarge = what + " of " + (declaredLength >= 0 ? declaredLength + " bytes" : "this size")
                + " is larger than " + limit + " bytes";
        if (declaredLength > DISCARD_BYTES) {
            throw new ApiException(413, tooLarge);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long total = 0;
        try (InputStream in = exchange.body()) {
            byte[] buffer = new byte[16 * 1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                total += read;
                if (total > DISCARD_BYTES) {
                    break;
                }
                if (total <= limit) {
                    out.write(buffer, 0, read);
                }
            }
        }
        if (total > limit) {
            throw new ApiException(413, tooLarge);
        }
        return out.toByteArray();
    }

    static Map<String, String> query(Exchange exchange) {
        Map<String, String> values = new HashMap<>();
        String raw = exchange.rawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                values.put(key, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    static long number(Map<String, String> query, String name, long fallback, long min, long max) throws ApiException {
        String text = query.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text);
            if (value < min || value > max) {
                throw new ApiException(400, "query parameter " + name + "=" + value + " is outside " + min + "-" + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ApiException(400, "query parameter " + name + "='" + text + "' is not a number");
        }
    }

    static void json(Exchange exchange, int status, byte[] body) throws IOException {
        exchange.respond(status, "application/json", body);
    }

    static void text(Exchange exchange, int status, String body) throws IOException {
        exchange.respond(status, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    static void error(Exchange exchange, int status, String message) throws IOException {
        json(exchange, status, ReportCodec.JSON.createObjectNode().put("error", message).toString()
                .getBytes(StandardCharsets.UTF_8));
    }
}
