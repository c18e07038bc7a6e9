package org.hyperedge.agent.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.hyperedge.agent.state.AtomicFile;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a full journal made the reporter hold back, on disk so a restart (even {@code kill -9}) keeps it: the
 * latest state per subject and the final usage records, in the order they came, and the count of dropped
 * results. The file is replaced atomically on every change, and removed when nothing is held.
 */
final class HeldReports {

    private final Path file;

    HeldReports(Path file) {
        this.file = file;
    }

    /**
     * Reads what was held into {@code held} (key to event, in order); returns the dropped count. A usage
     * record marked in flight is dropped if the journal reached its sequence number: it was written.
     */
    long restore(Map<String, ReportEvent> held, long journalLastSeq) {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        JsonNode saved;
        try {
            saved = ReportCodec.JSON.readTree(Files.readAllBytes(file));
            for (JsonNode entry : saved.path("held")) {
                held.put(entry.path("key").asText(), ReportCodec.fromJson(entry.path("event"), 0));
            }
        } catch (IOException | RuntimeException unreadable) {
            // written atomically, so only a damaged disk gets here: the agent starts (what runs now is reported
            // again as it converges) and the file is kept for whoever looks into it
            setAside(unreadable);
            held.clear();
            return 0;
        }
        JsonNode inFlight = saved.path("inFlight");
        if (inFlight.isObject() && inFlight.path("seq").asLong() <= journalLastSeq) {
            held.remove(inFlight.path("key").asText());
        }
        return saved.path("dropped").asLong();
    }

    private void setAside(Exception why) {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + System.currentTimeMillis());
        try {
            Files.move(file, aside);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set the unreadable held reports " + file + " aside", e);
        }
        System.err.println("hyperedge-agent: the held reports " + file + " were unreadable (" + why.getMessage()
                + "); set aside as " + aside.getFileName());
    }

    /** Keeps the held reports; {@code inFlightKey} (or null) is about to be appended as {@code inFlightSeq}. */
    void save(Map<String, ReportEvent> held, long dropped, String inFlightKey, long inFlightSeq) {
        try {
            if (held.isEmpty() && dropped == 0) {
                Files.deleteIfExists(file);
                return;
            }
            ObjectNode root = ReportCodec.JSON.createObjectNode().put("dropped", dropped);
            if (inFlightKey != null) {
                root.putObject("inFlight").put("key", inFlightKey).put("seq", inFlightSeq);
            }
            ArrayNode entries = root.putArray("held");
            held.forEach((key, event) -> entries.addObject().put("key", key).set("event", ReportCodec.toJson(event)));
            AtomicFile.write(file, ReportCodec.JSON.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the held reports in " + file, e);
        }
    }
}
