package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.hyperedge.agent.state.AtomicFile;
import org.hyperedge.protocol.release.BackupSpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * When a partition's instance was last backed up, and from which backup it was restored, kept in the partition's
 * private directory ({@code backup.json}) so an agent restart neither backs up again at once nor restores twice.
 * A backup is due when the master's backup serial grew (an operator asked for one now), or when the schedule's
 * period passed since the last one (or since the instance started here, before its first).
 */
final class PartitionBackups {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = "backup.json";
    /** A failed backup is tried again after this, or at its schedule when that is sooner. */
    private static final Duration RETRY = Duration.ofMinutes(5);

    private final Path file;
    private ObjectNode record;
    private Instant since;
    private Instant lastFailure;
    private long failedSerial = -1;

    PartitionBackups(Path privateDirectory, Instant now) {
        this.file = privateDirectory.resolve(FILE);
        this.since = now;
        ObjectNode read;
        try {
            read = Files.exists(file) ? (ObjectNode) JSON.readTree(Files.readString(file)) : JSON.createObjectNode();
        } catch (IOException | ClassCastException e) {
            read = JSON.createObjectNode(); // unreadable: the next backup writes it again
        }
        this.record = read;
    }

    /** The schedule: the instance's {@code backup-every} parameter when it sets one, else the type's. */
    static Duration every(BackupSpec spec, JsonNode parameters) {
        JsonNode asked = parameters.get(BackupSpec.EVERY_PARAMETER);
        return asked == null || asked.isNull() ? spec.every()
                : BackupSpec.every(asked.asText(), "parameter " + BackupSpec.EVERY_PARAMETER);
    }

    synchronized boolean due(long serial, Duration every, Instant now) {
        if (serial > record.path("serial").asLong(0) && serial != failedSerial) {
            return true;
        }
        if (lastFailure != null && now.isBefore(lastFailure.plus(every.compareTo(RETRY) < 0 ? every : RETRY))) {
            return false;
        }
        Instant last = record.hasNonNull("at") ? Instant.parse(record.get("at").asText()) : since;
        return !now.isBefore(last.plus(every));
    }

    /** Records the new backup; returns the one before it, which the store may forget (or null). */
    synchronized String taken(String sha256, long size, Instant at, long serial) {
        String previous = record.path("sha256").asText(null);
        ObjectNode next = record.deepCopy().put("sha256", sha256).put("size", size).put("at", at.toString())
                .put("serial", Math.max(serial, record.path("serial").asLong(0)));
        String older = record.path("previous").asText(null);
        if (previous != null && !previous.equals(sha256)) {
            next.put("previous", previous);
        }
        save(next);
        lastFailure = null;
        failedSerial = -1;
        return older != null && !older.equals(sha256) && !older.equals(previous) ? older : null;
    }

    /** The backups this partition's record names (the newest and the one before). */
    synchronized java.util.List<String> kept() {
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (String field : java.util.List.of("sha256", "previous")) {
            if (record.hasNonNull(field)) {
                kept.add(record.get(field).asText());
            }
        }
        return kept;
    }

    synchronized void failed(Instant at, long serial) {
        lastFailure = at;
        failedSerial = serial;
    }

    synchronized boolean restored(String sha256) {
        return sha256.equals(record.path("restored").asText(null));
    }

    synchronized void restoredFrom(String sha256, Instant at) {
        save(record.deepCopy().put("restored", sha256));
        since = at; // the schedule counts from the restore
    }

    private void save(ObjectNode next) {
        try {
            AtomicFile.write(file, next.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            System.err.println("hyperedge-agent: cannot record the backup state in " + file + ": " + e.getMessage());
        }
        record = next;
    }
}
