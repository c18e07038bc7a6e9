package org.hyperedge.agent.dial;

import org.hyperedge.protocol.dial.DialHeaders;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLContext;

import org.hyperedge.protocol.report.ReportCodec;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A dialling agent enrols once (issue 18): it presents the operator's one-time token and its own description to the
 * master, over a connection that trusts only the master fingerprint the operator gave, on the first of its master
 * addresses that answers. The master list is then kept in the data directory ({@code masters}), so the agent dials
 * the same masters on every later start without being told.
 */
public final class Enrolment {

    /** The file that keeps the master addresses of an enrolled agent, one a line. */
    public static final String MASTERS_FILE = "masters";

    private Enrolment() {
    }

    /** Refused by the master (the token unknown, spent or expired): the reason, as the master gave it. */
    public static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    /**
     * Enrols with the first address that answers; returns the address. {@code tls}: this agent's identity, trusting
     * only the master's fingerprint. An address that cannot be reached is skipped; a refusal ends the enrolment.
     */
    public static String enrol(SSLContext tls, List<String> masters, String token, byte[] nodeInfo)
            throws RefusedException, IOException, InterruptedException {
        HttpClient client = DialOut.client(tls);
        ObjectNode request = ReportCodec.JSON.createObjectNode();
        request.put("token", token);
        request.set("node", ReportCodec.JSON.readTree(nodeInfo));
        List<String> unreachable = new ArrayList<>();
        for (String address : masters) {
            HttpResponse<String> response;
            try {
                response = client.send(HttpRequest.newBuilder(URI.create("https://" + address + DialHeaders.ENROL_PATH))
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(
                                ReportCodec.JSON.writeValueAsBytes(request))).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                unreachable.add(address + " (" + (e.getMessage() == null ? e.toString() : e.getMessage()) + ")");
                continue;
            }
            if (response.statusCode() == 200) {
                return address;
            }
            String body = response.body();
            String why = ReportCodec.JSON.readTree(body).path("error").asText(body);
            throw new RefusedException("the master at " + address + " refused the enrolment (" + response.statusCode()
                    + "): " + why);
        }
        throw new IOException("no master address answered: " + String.join("; ", unreachable));
    }

    /** Keeps the master list for later starts. */
    public static void keep(Path dataDirectory, List<String> masters) throws IOException {
        Path file = dataDirectory.resolve(MASTERS_FILE);
        Path tmp = dataDirectory.resolve(MASTERS_FILE + ".tmp");
        Files.writeString(tmp, String.join("\n", masters) + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The master list kept when the agent enrolled (empty: it never did). */
    public static List<String> kept(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(MASTERS_FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.US_ASCII).stream().map(String::strip).filter(l -> !l.isEmpty())
                .toList();
    }
}
