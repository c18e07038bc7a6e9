package org.hyperedge.agent.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Reads the records of one journal segment ({@code magic, seq, length, crc32c, payload}) and resynchronises
 * after damage: where a record is not valid, the reader looks for the next position where a valid record
 * starts (its magic, a possible length, a matching checksum and a sequence number after the last good one)
 * and carries on from there, so one bad record never hides the good ones after it. What lies between is a
 * {@link Damage}; damage that runs to the end of the file and looks like the start of a record a crash
 * interrupted is a torn tail instead (that append never returned, so no event was promised by it).
 */
final class SegmentReader {

    static final int MAGIC = 0x4845_4A31; // "HEJ1"
    static final int HEADER = 4 + 8 + 4 + 4;

    /** A valid record: where it starts in the segment and how many bytes it takes, header included. */
    record Record(long seq, long offset, int size, byte[] payload) {
    }

    /**
     * Bytes that hold no valid record: {@code seqBefore} is the last good sequence number before them in this
     * segment (0: none), {@code seqAfter} the first good one after them (0: the damage runs to the end).
     */
    record Damage(long offset, long bytes, long seqBefore, long seqAfter, String reason) {
    }

    /** What a segment holds: its valid records, its damage, and where a torn tail starts (-1: none). */
    record Content(List<Record> records, List<Damage> damages, long tornTailAt) {

        boolean clean() {
            return damages.isEmpty() && tornTailAt < 0;
        }
    }

    private SegmentReader() {
    }

    static Content read(FileChannel channel) throws IOException {
        List<Record> records = new ArrayList<>();
        List<Damage> damages = new ArrayList<>();
        long size = channel.size();
        long position = 0;
        long lastSeq = 0;
        while (position < size) {
            Attempt attempt = attempt(channel, position, size, lastSeq);
            if (attempt.record() != null) {
                records.add(attempt.record());
                lastSeq = attempt.record().seq();
                position += attempt.record().size();
                continue;
            }
            Record next = nextRecord(channel, position + 1, size, lastSeq);
            if (next == null && looksTorn(channel, position, size)) {
                return new Content(records, damages, position);
            }
            long end = next == null ? size : next.offset();
            damages.add(new Damage(position, end - position, lastSeq, next == null ? 0 : next.seq(), attempt.problem()));
            position = end;
        }
        return new Content(records, damages, -1);
    }

    /** The valid record at a position, or why there is none. */
    private record Attempt(Record record, String problem) {
    }

    private static Attempt attempt(FileChannel channel, long position, long size, long lastSeq) throws IOException {
        if (position + HEADER > size) {
            return new Attempt(null, (size - position) + " bytes, too few for a record");
        }
        ByteBuffer header = readFully(channel, position, HEADER);
        int magic = header.getInt();
        long seq = header.getLong();
        int length = header.getInt();
        int crc = header.getInt();
        if (magic != MAGIC) {
            return new Attempt(null, "no record starts here");
        }
        if (length < 0 || length > ReportJournal.MAX_EVENT_BYTES || position + HEADER + length > size) {
            return new Attempt(null, "a length of " + length + " bytes that does not fit");
        }
        if (seq <= lastSeq) {
            return new Attempt(null, "sequence number " + seq + " after " + lastSeq);
        }
        byte[] payload = readFully(channel, position + HEADER, length).array();
        CRC32C check = new CRC32C();
        check.update(payload);
        return (int) check.getValue() == crc ? new Attempt(new Record(seq, position, HEADER + length, payload), null)
                : new Attempt(null, "a checksum that does not match");
    }

    /** The next valid record from {@code from} on, or null. */
    private static Record nextRecord(FileChannel channel, long from, long size, long lastSeq) throws IOException {
        if (from + HEADER > size) {
            return null;
        }
        ByteBuffer rest = readFully(channel, from, (int) Math.min(Integer.MAX_VALUE, size - from));
        for (int i = 0; i + HEADER <= rest.limit(); i++) {
            if (rest.getInt(i) == MAGIC) {
                Attempt attempt = attempt(channel, from + i, size, lastSeq);
                if (attempt.record() != null) {
                    return attempt.record();
                }
            }
        }
        return null;
    }

    /**
     * The end of the file is the beginning of a record whose write a crash cut short: fewer bytes than a
     * header, a header whose payload runs past the end, or zeros (space the file system allotted but that was
     * never written).
     */
    private static boolean looksTorn(FileChannel channel, long position, long size) throws IOException {
        if (position + HEADER > size) {
            return true;
        }
        ByteBuffer header = readFully(channel, position, HEADER);
        int magic = header.getInt();
        header.getLong();
        int length = header.getInt();
        if (magic == MAGIC && length >= 0 && length <= ReportJournal.MAX_EVENT_BYTES && position + HEADER + length > size) {
            return true;
        }
        ByteBuffer rest = readFully(channel, position, (int) Math.min(Integer.MAX_VALUE, size - position));
        while (rest.hasRemaining()) {
            if (rest.get() != 0) {
                return false;
            }
        }
        return true;
    }

    private static ByteBuffer readFully(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                break;
            }
        }
        buffer.flip();
        return buffer;
    }
}
