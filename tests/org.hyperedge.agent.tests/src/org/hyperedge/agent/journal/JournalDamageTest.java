package org.hyperedge.agent.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.hyperedge.protocol.report.JournalEpoch;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged or wiped journal: nothing valid is dropped, the loss is said, and no sequence number is given twice. */
class JournalDamageTest {

    @TempDir
    Path dir;

    @Test
    void aBadRecordInTheMiddleOfTheLastSegmentCostsOnlyThatRecordWhichIsReportedAndNeverGivenAgain() throws Exception {
        write(30);
        corruptPayloadOf(10);

        List<ReportJournal.Event> events;
        try (ReportJournal reopened = ReportJournal.open(dir)) {
            events = reopened.after(0, 100);
            assertEquals(32, reopened.append(bytes("e32")), "the next number is past every number given before");
        }

        List<Long> expected = new ArrayList<>();
        for (long seq = 1; seq <= 30; seq++) {
            if (seq != 10) {
                expected.add(seq);
            }
        }
        expected.add(31L);
        assertEquals(expected, events.stream().map(ReportJournal.Event::seq).toList(),
                "every valid record after the damage is kept");
        assertEquals("e11", text(events.get(9)));
        ReportEvent damage = ReportCodec.fromPayload(31, events.get(events.size() - 1).payload());
        assertEquals(Kind.JOURNAL, damage.kind());
        assertEquals(10, damage.data().path("lostFrom").asLong());
        assertEquals(10, damage.data().path("lostTo").asLong());
        assertTrue(damage.data().path("bytes").asLong() > 0);
        assertEquals("a checksum that does not match", damage.data().path("reason").asText());

        try (ReportJournal again = ReportJournal.open(dir)) {
            assertEquals(List.of(), again.damageFound(), "the damage was cut out: it is reported once");
            assertEquals(33, again.append(bytes("e33")));
        }
    }

    @Test
    void damageInAnOlderSegmentNoLongerKeepsTheJournalFromOpening() throws Exception {
        try (ReportJournal journal = ReportJournal.open(dir, 256, 1 << 20)) {
            for (int i = 1; i <= 40; i++) {
                journal.append(bytes("event number " + i));
            }
        }
        Path first = segments().get(0);
        corruptPayloadAt(first, records(first).get(1));

        try (ReportJournal reopened = ReportJournal.open(dir, 256, 1 << 20)) {
            List<Long> seqs = reopened.after(0, 100).stream().map(ReportJournal.Event::seq).toList();
            assertEquals(40, seqs.size(), "39 events and the report of the one lost");
            assertEquals(List.of(1L, 3L), seqs.subList(0, 2), "the second record is the one lost");
            assertEquals(1, reopened.damageFound().size(), reopened.damageFound().toString());
            assertEquals(42, reopened.append(bytes("next")));
        }
    }

    @Test
    void aWipedJournalStartsANewEpochNumberedFromOneWhileARestartKeepsTheEpoch() throws Exception {
        JournalEpoch first;
        try (ReportJournal journal = ReportJournal.open(dir)) {
            journal.append(bytes("e1"));
            journal.append(bytes("e2"));
            first = journal.epoch();
        }
        try (ReportJournal reopened = ReportJournal.open(dir)) {
            assertEquals(first, reopened.epoch(), "a restart keeps the epoch");
            assertEquals(1, first.start());
        }

        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }

        try (ReportJournal wiped = ReportJournal.open(dir)) {
            assertNotEquals(first.id(), wiped.epoch().id());
            assertTrue(wiped.epoch().numberedFromScratch());
            assertEquals(1, wiped.append(bytes("new e1")));
        }
    }

    @Test
    void aJournalFromBeforeEpochsKeepsItsNumbersUnderItsFirstEpoch() throws Exception {
        try (ReportJournal journal = ReportJournal.open(dir)) {
            for (int i = 1; i <= 3; i++) {
                journal.append(bytes("e" + i));
            }
        }
        Files.delete(dir.resolve(EpochFile.NAME));

        try (ReportJournal upgraded = ReportJournal.open(dir)) {
            assertEquals(4, upgraded.epoch().start(), "the epoch continues the old numbering");
            assertEquals(4, upgraded.append(bytes("e4")));
            assertEquals(4, upgraded.after(0, 10).size());
        }
    }

    @Test
    void segmentsGoneWhileTheRestStayedStartANewEpochRatherThanReuseNumbers() throws Exception {
        JournalEpoch first;
        try (ReportJournal journal = ReportJournal.open(dir)) {
            for (int i = 1; i <= 5; i++) {
                journal.append(bytes("e" + i));
            }
            journal.acknowledge(2);
            first = journal.epoch();
        }
        for (Path segment : segments()) {
            Files.delete(segment);
        }

        try (ReportJournal reopened = ReportJournal.open(dir)) {
            assertNotEquals(first.id(), reopened.epoch().id());
            assertEquals(1, reopened.append(bytes("e1 of the new epoch")));
        }
    }

    private void write(int count) {
        try (ReportJournal journal = ReportJournal.open(dir)) {
            for (int i = 1; i <= count; i++) {
                journal.append(bytes("e" + i));
            }
        } catch (JournalFullException e) {
            throw new AssertionError(e);
        }
    }

    private void corruptPayloadOf(long seq) throws Exception {
        Path segment = segments().get(0);
        corruptPayloadAt(segment, records(segment).stream().filter(r -> r.seq() == seq).findFirst().orElseThrow());
    }

    private static void corruptPayloadAt(Path segment, SegmentReader.Record record) throws Exception {
        byte[] content = Files.readAllBytes(segment);
        content[(int) record.offset() + SegmentReader.HEADER] ^= 0x55;
        Files.write(segment, content);
    }

    private static List<SegmentReader.Record> records(Path segment) throws Exception {
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.READ)) {
            return SegmentReader.read(channel).records();
        }
    }

    private List<Path> segments() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("segment-")).sorted().toList();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(ReportJournal.Event event) {
        return new String(event.payload(), StandardCharsets.UTF_8);
    }
}
