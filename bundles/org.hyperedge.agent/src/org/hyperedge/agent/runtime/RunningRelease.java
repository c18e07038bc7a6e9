package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.hyperedge.protocol.release.InvalidDescriptorException;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.protocol.release.ReleaseDescriptorReader;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The release a partition last ran and started well (its descriptor and software directory), kept in the
 * partition's private directory: an upgrade knows what it moves from, and a failed one what to roll back to,
 * even after an agent restart. A marker beside it names a release whose upgrade failed, so the agent does not
 * try it again every pass while the master still asks for it.
 */
record RunningRelease(ReleaseDescriptor release, String descriptorText, Path software) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = "running-release.json";
    private static final String FAILED = "upgrade-failed";

    static Optional<RunningRelease> read(Path privateDirectory) {
        Path file = privateDirectory.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            ObjectNode record = (ObjectNode) JSON.readTree(Files.readString(file));
            String text = record.path("descriptor").asText();
            return Optional.of(new RunningRelease(ReleaseDescriptorReader.read(record.path("id").asText(), text), text,
                    Path.of(record.path("software").asText())));
        } catch (IOException | InvalidDescriptorException | RuntimeException e) {
            return Optional.empty(); // unreadable: the partition runs what it is asked, as before upgrades existed
        }
    }

    void write(Path privateDirectory) throws IOException {
        ObjectNode record = JSON.createObjectNode().put("id", release.id()).put("version", release.version())
                .put("software", software.toString()).put("descriptor", descriptorText);
        Path tmp = privateDirectory.resolve(FILE + ".tmp");
        Files.writeString(tmp, record.toString());
        Files.move(tmp, privateDirectory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(privateDirectory.resolve(FAILED));
    }

    /** The release whose upgrade failed in this partition, if any. */
    static Optional<String> failedUpgrade(Path privateDirectory) {
        try {
            Path file = privateDirectory.resolve(FAILED);
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static void forgetFailedUpgrade(Path privateDirectory) {
        try {
            Files.deleteIfExists(privateDirectory.resolve(FAILED));
        } catch (IOException e) {
            // kept: the failed version is not tried again until the marker goes
        }
    }

    static void upgradeFailed(Path privateDirectory, String releaseId) throws IOException {
        Files.writeString(privateDirectory.resolve(FAILED), releaseId);
    }
}
