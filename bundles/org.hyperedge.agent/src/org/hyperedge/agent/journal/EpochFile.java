package org.hyperedge.agent.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.hyperedge.protocol.report.JournalEpoch;

/**
 * The journal's epoch, in the file {@code epoch} of its directory ({@code ID START}): made once, with the
 * journal, and kept as long as the journal is. A wiped journal directory loses it with the segments, so the
 * journal that replaces it gets a new one and the master can tell.
 */
final class EpochFile {

    static final String NAME = "epoch";
    private static final SecureRandom RANDOM = new SecureRandom();

    private EpochFile() {
    }

    static boolean exists(Path directory) {
        return Files.exists(directory.resolve(NAME));
    }

    /** The journal's epoch, or a new one starting at {@code start} when it has none (or an unreadable one). */
    static JournalEpoch loadOrCreate(Path directory, long start) throws IOException {
        Path file = directory.resolve(NAME);
        if (Files.exists(file)) {
            String[] fields = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
            try {
                return new JournalEpoch(fields[0], Long.parseLong(fields[1]));
            } catch (RuntimeException unreadable) {
                // a damaged epoch file: a new epoch is the honest answer, the master then starts a new count
            }
        }
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        JournalEpoch epoch = new JournalEpoch(HexFormat.of().formatHex(id), start);
        Path tmp = directory.resolve(NAME + ".tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap((epoch.id() + " " + epoch.start() + "\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return epoch;
    }

    static void delete(Path directory) throws IOException {
        Files.deleteIfExists(directory.resolve(NAME));
    }
}
