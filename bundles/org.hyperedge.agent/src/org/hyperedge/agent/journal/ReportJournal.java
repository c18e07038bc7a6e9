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

import org.hyperedge.protocol.report.JournalEpoch;

/**
 * The agent's report journal: every event gets the next sequence number and is on disk (forced) before
 * {@link #append} returns, so an event reported as recorded survives {@code kill -9} and power loss.
 * Records are {@code magic, seq, length, crc32c, payload} in segment files; a torn tail left by a crash is
 * cut off on open, and damage anywhere else costs only the damaged records, reported as a {@code journal}
 * event ({@link JournalRecovery}); a sequence number is never given twice. Segments are deleted once the
 * master has acknowledged every event in them.
 *
 * <p>Each journal has an epoch ({@link JournalEpoch}), made with it: a journal whose directory was wiped
 * starts again at 1 under a new epoch, which the master notices instead of skipping the new events.
 *
 * <p>Policy for a full journal: when the unacknowledged events reach the size bound, {@link #append}
 * refuses with {@link JournalFullException}; acknowledged space is reclaimed first, and an unacknowledged
 * event is never overwritten or dropped by the journal. The caller decides what to keep.
 */
public final class ReportJournal implements AutoCloseable {

    /** One recorded event. */
    public record Event(long seq, byte[] payload) {
    }

    static final int MAGIC = SegmentReader.MAGIC;
    static final int HEADER = SegmentReader.HEADER;
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
    private JournalEpoch epoch;
    private List<JournalRecovery.Loss> losses = List.of();

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
            ByteBuffer record = record(seq, payload);
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

    /** One record as segments hold it. */
    static ByteBuffer record(long seq, byte[] payload) {
        ByteBuffer record = ByteBuffer.allocate(HEADER + payload.length);
        CRC32C crc = new CRC32C();
        crc.update(payload);
        record.putInt(MAGIC).putLong(seq).putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();
        return record;
    }

    /**
     * Up to {@code max} events after the sequence number, oldest first. Events already acknowledged are given
     * too while their segment is kept: a master that asks for them lost them, and gets back what is still here.
     */
    public synchronized List<Event> after(long seq, int max) {
        List<Event> events = new ArrayList<>();
        Long start = segments.floorKey(seq + 1);
        for (Path segment : segments.tailMap(start == null ? segments.firstKey() : start, true).values()) {
            try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.READ)) {
                for (SegmentReader.Record record : SegmentReader.read(channel).records()) {
                    if (record.seq() > seq) {
                        events.add(new Event(record.seq(), record.payload()));
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

    /** The epoch of this journal: its sequence numbers never go back while it stays. */
    public synchronized JournalEpoch epoch() {
        return epoch;
    }

    /** The damage found when the journal was opened, in words; each is already written as a {@code journal} event. */
    public synchronized List<String> damageFound() {
        return losses.stream().map(JournalRecovery.Loss::toString).toList();
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
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.matches("segment-\\d{20}\\.log")) {
                    segments.put(Long.parseLong(name.substring(8, 28)), file);
                } else if (name.endsWith(".tmp")) {
                    Files.delete(file); // a rewrite or an acknowledgement a crash interrupted; the original stands
                }
            }
        }
        if (segments.isEmpty() && (Files.exists(ackedFile) || EpochFile.exists(directory))) {
            // the segments are gone but not the rest: what numbers were given is unknown, so a new epoch starts
            Files.deleteIfExists(ackedFile);
            EpochFile.delete(directory);
        }
        boolean existed = Files.exists(ackedFile) || !segments.isEmpty();
        acked = Files.exists(ackedFile) ? Long.parseLong(Files.readString(ackedFile).strip()) : 0;
        nextSeq = acked + 1;
        if (segments.isEmpty()) {
            openSegment(nextSeq);
        } else {
            JournalRecovery.Outcome outcome = JournalRecovery.recover(segments, acked);
            losses = outcome.losses();
            nextSeq = outcome.nextSeq();
            currentFirstSeq = segments.lastKey();
            current = FileChannel.open(segments.lastEntry().getValue(), StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        }
        // a journal from before epochs keeps its numbering under its first epoch; a new one starts at 1
        epoch = EpochFile.loadOrCreate(directory, existed ? nextSeq : 1);
        forceDirectory();
        trim();
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
