package org.hyperedge.agent.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hyperedge.agent.journal.SegmentReader.Content;
import org.hyperedge.agent.journal.SegmentReader.Damage;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What opening a journal does with damage. Every valid record is kept, wherever the damage is; the sequence
 * numbers the damage may have held are never given again (the next number is past the highest one a damaged
 * stretch could have held); each damaged stretch becomes a {@code journal} event naming the sequence numbers
 * and bytes lost, so the master sees the loss instead of a silent gap; and the damaged bytes are cut out so
 * the next start does not report them again. A torn tail of the last segment (an append a crash interrupted,
 * which never returned a number) is cut off silently, as it always was.
 *
 * <p>Order, for crashes during recovery: the last segment, with its damage cut out and the loss events
 * appended, replaces the old one in one rename; older damaged segments are rewritten after that. A crash in
 * between reports their damage again on the next start, never not at all.
 */
final class JournalRecovery {

    /** One damaged stretch: where, how many bytes, which sequence numbers (none when {@code lostTo < lostFrom}). */
    record Loss(String segment, long offset, long bytes, long lostFrom, long lostTo, String reason) {

        @Override
        public String toString() {
            return segment + ": " + bytes + " bytes at " + offset + " hold no valid record (" + reason + "); "
                    + (lostTo < lostFrom ? "no sequence number lost" : "sequence numbers " + lostFrom + "-" + lostTo
                            + " lost or skipped");
        }
    }

    /** The next sequence number to give, and the losses found (already written as events). */
    record Outcome(long nextSeq, List<Loss> losses) {
    }

    private JournalRecovery() {
    }

    static Outcome recover(TreeMap<Long, Path> segments, long acked) throws IOException {
        Map<Long, Content> contents = new LinkedHashMap<>();
        for (Map.Entry<Long, Path> segment : segments.entrySet()) {
            try (FileChannel channel = FileChannel.open(segment.getValue(), StandardOpenOption.READ)) {
                contents.put(segment.getKey(), SegmentReader.read(channel));
            }
        }
        long lastKey = segments.lastKey();
        List<Loss> losses = new ArrayList<>();
        long highest = acked;
        for (Map.Entry<Long, Content> entry : contents.entrySet()) {
            Content content = entry.getValue();
            for (SegmentReader.Record record : content.records()) {
                highest = Math.max(highest, record.seq());
            }
            for (Damage damage : damagesOf(content, entry.getKey() == lastKey)) {
                Loss loss = loss(segments.get(entry.getKey()), entry.getKey(), segments.higherKey(entry.getKey()), damage);
                losses.add(loss);
                highest = Math.max(highest, loss.lostTo());
            }
        }
        long nextSeq = highest + 1;
        Content last = contents.get(lastKey);
        List<ByteBuffer> reports = new ArrayList<>();
        for (Loss loss : losses) {
            reports.add(ReportJournal.record(nextSeq++, payload(loss)));
        }
        if (!last.damages().isEmpty()) {
            rewrite(segments.get(lastKey), last, reports);
        } else if (last.tornTailAt() >= 0 || !reports.isEmpty()) {
            try (FileChannel channel = FileChannel.open(segments.get(lastKey), StandardOpenOption.WRITE)) {
                if (last.tornTailAt() >= 0) {
                    channel.truncate(last.tornTailAt()); // a torn tail: the write a crash interrupted
                }
                channel.position(channel.size());
                for (ByteBuffer report : reports) {
                    while (report.hasRemaining()) {
                        channel.write(report);
                    }
                }
                channel.force(true);
            }
        }
        for (Map.Entry<Long, Content> entry : contents.entrySet()) {
            if (entry.getKey() != lastKey && !entry.getValue().clean()) {
                rewrite(segments.get(entry.getKey()), entry.getValue(), List.of());
            }
        }
        return new Outcome(nextSeq, losses);
    }

    /** A segment's damage; a torn tail counts as damage unless it ends the last segment (it was closed whole). */
    private static List<Damage> damagesOf(Content content, boolean last) {
        if (last || content.tornTailAt() < 0) {
            return content.damages();
        }
        List<Damage> damages = new ArrayList<>(content.damages());
        long lastSeq = content.records().isEmpty() ? 0 : content.records().get(content.records().size() - 1).seq();
        damages.add(new Damage(content.tornTailAt(), -1, lastSeq, 0, "the segment ends inside a record"));
        return damages;
    }

    /**
     * The sequence numbers a damaged stretch may have held: up to the first good record after it; at the end
     * of a segment, up to the next segment's first number; at the end of the journal, as many as could fit in
     * its bytes (a record takes at least a header), so no number a lost record had is ever given again.
     */
    private static Loss loss(Path segment, long firstSeq, Long nextSegment, Damage damage) throws IOException {
        long bytes = damage.bytes() >= 0 ? damage.bytes() : Files.size(segment) - damage.offset();
        long before = Math.max(damage.seqBefore(), firstSeq - 1);
        long lostTo;
        if (damage.seqAfter() > 0) {
            lostTo = damage.seqAfter() - 1;
        } else if (nextSegment != null) {
            lostTo = nextSegment - 1;
        } else {
            lostTo = before + bytes / SegmentReader.HEADER;
        }
        return new Loss(segment.getFileName().toString(), damage.offset(), bytes, before + 1, lostTo, damage.reason());
    }

    private static byte[] payload(Loss loss) {
        ObjectNode data = ReportCodec.JSON.createObjectNode().put("lostFrom", loss.lostFrom()).put("lostTo", loss.lostTo())
                .put("bytes", loss.bytes()).put("segment", loss.segment()).put("offset", loss.offset())
                .put("reason", loss.reason());
        return ReportCodec.payload(new ReportEvent(0, Instant.now(), Kind.JOURNAL, null, 0, data));
    }

    /** Replaces the segment by its valid records and {@code appended}, in one rename. */
    private static void rewrite(Path segment, Content content, List<ByteBuffer> appended) throws IOException {
        Path tmp = segment.resolveSibling(segment.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            List<ByteBuffer> records = new ArrayList<>();
            content.records().forEach(r -> records.add(ReportJournal.record(r.seq(), r.payload())));
            records.addAll(appended);
            for (ByteBuffer record : records) {
                while (record.hasRemaining()) {
                    channel.write(record);
                }
            }
            channel.force(true);
        }
        Files.move(tmp, segment, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
