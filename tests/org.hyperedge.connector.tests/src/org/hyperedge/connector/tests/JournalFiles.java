package org.hyperedge.connector.tests;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * An agent's report journal read straight from its segment files ({@code magic, seq, length, crc32c, payload}),
 * as evidence independent of the journal's own code: what a test compares the master with, and where it
 * damages a record.
 */
final class JournalFiles {

    private static final int MAGIC = 0x4845_4A31;
    static final int HEADER = 20;

    /** One record: its segment, where it starts, its sequence number and payload. */
    record Record(Path segment, int offset, long seq, byte[] payload) {
    }

    private JournalFiles() {
    }

    /** Every well-formed record of every segment, in order, up to the first that is not (a torn tail). */
    static List<Record> records(Path journal) throws IOException {
        List<Record> records = new ArrayList<>();
        List<Path> segments;
        try (Stream<Path> files = Files.list(journal)) {
            segments = files.filter(f -> f.getFileName().toString().matches("segment-\\d{20}\\.log")).sorted().toList();
        }
        for (Path segment : segments) {
            ByteBuffer content = ByteBuffer.wrap(Files.readAllBytes(segment));
            while (content.remaining() >= HEADER) {
                int offset = content.position();
                int magic = content.getInt();
                long seq = content.getLong();
                int length = content.getInt();
                content.getInt();
                if (magic != MAGIC || length < 0 || length > content.remaining()) {
                    break;
                }
                byte[] payload = new byte[length];
                content.get(payload);
                records.add(new Record(segment, offset, seq, payload));
            }
        }
        return records;
    }

    static List<Long> seqs(Path journal) throws IOException {
        return records(journal).stream().map(Record::seq).toList();
    }

    /** Flips a byte of the record's payload: its checksum no longer matches. */
    static void damage(Record record) throws IOException {
        byte[] content = Files.readAllBytes(record.segment());
        content[record.offset() + HEADER + record.payload().length / 2] ^= 0x55;
        Files.write(record.segment(), content);
    }
}
