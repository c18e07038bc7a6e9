package org.hyperedge.agent.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The agent's report journal: every event gets the next sequence number and is on disk (forced) before
 * {@link #append} returns, so an event reported as recorded survives {@code kill -9} and power loss.
 * Records are {@code magic, seq, length, crc32c, payload} in segment files; a torn or corrupt tail left by
 * a crash is detected on open and cut off, never misread. Segments are deleted once the master has
 * acknowledged every event in them.
 *
 * <p>Policy for a full journal: when the unacknowledged events reach the size bound, {@link #append}
 * refuses with {@link JournalFullException}; acknowledged space is reclaimed first, and an unacknowledged
 * event is never overwritten or dropped by the journal. The caller decides what to keep.
 */
public final class ReportJournal implements AutoCloseable {

    /** One recorded event. */
    public record Event(long seq, byte[] payload) {
    }

    static final int MAGIC = 0x4845_4A31; // "HEJ1"
    static final int HEADER = 4 + 8 + 4 + 4;
    public static final int MAX_EVENT_BYTES = 1 << 20;
    private static final String ACKED_FILE = "acked";

    private final Path directory;
    private final long segmentBytes;
    private final long maxBytes;
    private final TreeMap<Long, Path> segments = new TreeMap<>();
    private FileChannel current;
    private long currentFirstSeq;
    private long nextSeq;
    private long acked;

    private ReportJournal(Path directory, long segmentBytes, long maxBytes) {
        this.directory = directory;
        this.segmentBytes = segmentBytes;
        this.maxBytes = maxBytes;
    }

    /** Opens (or creates) the journal in the directory, recovering from a torn tail. */
    public static ReportJournal open(Path directory, long segmentBytes, long maxBytes) {
        ReportJournal journal = new ReportJournal(directory, segmentBytes, maxBytes);
        try {
            Files.createDirectories(directory);
            journal.recover();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the report journal in " + directory, e);
        }
        return journal;
    }

    public static ReportJournal open(Path directory) {
        return open(directory, 4L << 20, 256L << 20);
    }

    /** Records the event durably and returns its sequence number. */
    public synchronized long append(byte[] payload) throws JournalFullException {
        if (payload.length > MAX_EVENT_BYTES) {
            throw new IllegalArgumentException("report event of " + payload.length + " bytes is larger than " + MAX_EVENT_BYTES);
        }
        try {
            if (unacknowledgedBytes() + HEADER + payload.length > maxBytes) {
                throw new JournalFullException(maxBytes, nextSeq - 1 - acked);
            }
            if (current.size() + HEADER + payload.length > segmentBytes && current.size() > 0) {
                roll();
            }
            long seq = nextSeq;
            ByteBuffer record = ByteBuffer.allocate(HEADER + payload.length);
            CRC32C crc = new CRC32C();
            crc.update(payload);
            record.putInt(MAGIC).putLong(seq).putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();
            while (record.hasRemaining()) {
                current.write(record);
            }
            current.force(false);
            nextSeq++;
            return seq;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report journal in " + directory, e);
        }
    }

    /** Up to {@code max} events after the sequence number, oldest first. */
    public synchronized List<Event> after(long seq, int max) {
        List<Event> events = new ArrayList<>();
        long from = Math.max(seq, acked);
        Long start = segments.floorKey(from + 1);
        for (Path segment : segments.tailMap(start == null ? segments.firstKey() : start, true).values()) {
            try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.READ)) {
                for (Event event : scan(channel).events()) {
                    if (event.seq() > from) {
                        events.add(event);
                        if (events.size() == max) {
                            return events;
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the report journal segment " + segment, e);
            }
        }
        return events;
    }

    /** The master has every event up to and including {@code seq}: their space can be reclaimed. */
    public synchronized void acknowledge(long seq) {
        if (seq <= acked) {
            return;
        }
        if (seq >= nextSeq) {
            throw new IllegalArgumentException("acknowledgement of " + seq + " is beyond the last event " + (nextSeq - 1));
        }
        try {
            Path tmp = directory.resolve(ACKED_FILE + ".tmp");
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(ByteBuffer.wrap(Long.toString(seq).getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
                channel.force(true);
            }
            Files.move(tmp, directory.resolve(ACKED_FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            acked = seq;
            trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the acknowledgement in " + directory, e);
        }
    }

    public synchronized long lastSeq() {
        return nextSeq - 1;
    }

    public synchronized long acknowledged() {
        return acked;
    }

    /** Bytes held for events the master has not acknowledged yet (whole segments, as on disk). */
    public synchronized long unacknowledgedBytes() throws IOException {
        long bytes = 0;
        for (Path segment : segments.values()) {
            bytes += Files.size(segment);
        }
        return bytes;
    }

    @Override
    public synchronized void close() {
        try {
            current.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void recover() throws IOException {
        Path ackedFile = directory.resolve(ACKED_FILE);
        acked = Files.exists(ackedFile) ? Long.parseLong(Files.readString(ackedFile).strip()) : 0;
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(f -> f.getFileName().toString().matches("segment-\\d{20}\\.log"))
                    .forEach(f -> segments.put(Long.parseLong(f.getFileName().toString().substring(8, 28)), f));
        }
        nextSeq = acked + 1;
        if (segments.isEmpty()) {
            openSegment(nextSeq);
            return;
        }
        Path last = segments.lastEntry().getValue();
        for (Path segment : segments.values()) {
            try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                Scan scan = scan(channel);
                if (!scan.events().isEmpty()) {
                    nextSeq = Math.max(nextSeq, scan.events().get(scan.events().size() - 1).seq() + 1);
                }
                if (scan.validBytes() < channel.size()) {
                    if (segment.equals(last)) {
                        channel.truncate(scan.validBytes()); // a torn tail: the write a crash interrupted
                        channel.force(true);
                    } else {
                        throw new IOException("report journal segment " + segment + " is corrupt at byte " + scan.validBytes());
                    }
                }
            }
        }
        currentFirstSeq = segments.lastKey();
        current = FileChannel.open(last, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        trim();
    }

    private record Scan(List<Event> events, long validBytes) {
    }

    private static Scan scan(FileChannel channel) throws IOException {
        List<Event> events = new ArrayList<>();
        long position = 0;
        long size = channel.size();
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        while (position + HEADER <= size) {
            header.clear();
            channel.read(header, position);
            header.flip();
            int magic = header.getInt();
            long seq = header.getLong();
            int length = header.getInt();
            int crc = header.getInt();
            if (magic != MAGIC || length < 0 || length > MAX_EVENT_BYTES || position + HEADER + length > size) {
                break;
            }
            ByteBuffer payload = ByteBuffer.allocate(length);
            channel.read(payload, position + HEADER);
            CRC32C check = new CRC32C();
            check.update(payload.array());
            if ((int) check.getValue() != crc) {
                break;
            }
            events.add(new Event(seq, payload.array()));
            position += HEADER + length;
        }
        return new Scan(events, position);
    }

    private void roll() throws IOException {
        current.force(true);
        current.close();
        openSegment(nextSeq);
    }

    private void openSegment(long firstSeq) throws IOException {
        Path segment = directory.resolve(String.format("segment-%020d.log", firstSeq));
        current = FileChannel.open(segment, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        currentFirstSeq = firstSeq;
        segments.put(firstSeq, segment);
        forceDirectory();
    }

    /** Deletes segments whose every event is acknowledged (never the one being written). */
    private void trim() throws IOException {
        while (segments.size() > 1) {
            var first = segments.firstEntry();
            Long nextFirst = segments.higherKey(first.getKey());
            if (nextFirst == null || nextFirst - 1 > acked || first.getKey() == currentFirstSeq) {
                return;
            }
            Files.delete(first.getValue());
            segments.remove(first.getKey());
        }
    }

    private void forceDirectory() {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // some file systems cannot sync a directory; the segment's own force still holds its content
        }
    }
}
