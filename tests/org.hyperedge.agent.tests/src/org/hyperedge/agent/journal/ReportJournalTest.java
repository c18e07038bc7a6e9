package org.hyperedge.agent.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJournalTest {

    @TempDir
    Path dir;

    @Test
    void eventsReadBackInOrderAfterReopening() throws Exception {
        try (ReportJournal journal = ReportJournal.open(dir)) {
            for (int i = 1; i <= 5; i++) {
                assertEquals(i, journal.append(bytes("e" + i)));
            }
        }

        try (ReportJournal reopened = ReportJournal.open(dir)) {
            assertEquals(List.of("e1", "e2", "e3", "e4", "e5"), texts(reopened.after(0, 100)));
            assertEquals(6, reopened.append(bytes("e6")));
        }
    }

    @Test
    void readingStartsAfterTheCursorTheMasterGivesEvenBelowItsAcknowledgementWhileTheEventsAreHeld() throws Exception {
        try (ReportJournal journal = ReportJournal.open(dir)) {
            for (int i = 1; i <= 5; i++) {
                journal.append(bytes("e" + i));
            }
            journal.acknowledge(2);

            assertEquals(List.of("e4", "e5"), texts(journal.after(3, 100)));
            assertEquals(List.of("e1", "e2"), texts(journal.after(0, 2)), "a master that lost what it acknowledged gets it back");
        }
    }

    @Test
    void aTornTailLeftByACrashIsCutOffAndNeverMisread() throws Exception {
        try (ReportJournal journal = ReportJournal.open(dir)) {
            journal.append(bytes("e1"));
            journal.append(bytes("e2"));
        }
        Path segment = onlySegment();
        // half a record: a header that promises more payload than the file holds
        Files.write(segment, new byte[] { 0x48, 0x45, 0x4A, 0x31, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 50, 1, 2, 3 },
                StandardOpenOption.APPEND);

        try (ReportJournal reopened = ReportJournal.open(dir)) {
            assertEquals(2, reopened.lastSeq());
            assertEquals(3, reopened.append(bytes("e3")));
            assertEquals(List.of("e1", "e2", "e3"), texts(reopened.after(0, 100)));
        }
    }

    @Test
    void aLastRecordWhosePayloadDoesNotMatchItsChecksumIsDroppedReportedAndItsNumberNeverGivenAgain() throws Exception {
        try (ReportJournal journal = ReportJournal.open(dir)) {
            journal.append(bytes("e1"));
            journal.append(bytes("e2"));
        }
        Path segment = onlySegment();
        byte[] content = Files.readAllBytes(segment);
        content[content.length - 1] ^= 0x7f;
        Files.write(segment, content);

        try (ReportJournal reopened = ReportJournal.open(dir)) {
            List<ReportJournal.Event> events = reopened.after(0, 100);
            assertEquals("e1", texts(events).get(0));
            assertEquals(2, events.size(), "e1, then the report of the damage");
            assertTrue(texts(events).get(1).contains("\"kind\":\"journal\""), texts(events).get(1));
            assertTrue(events.get(1).seq() > 2 && reopened.append(bytes("e3")) > events.get(1).seq(),
                    "the damaged record's number is never given again");
        }
    }

    @Test
    void acknowledgedSegmentsAreDeletedAndSequenceNumbersAreNeverReused() throws Exception {
        try (ReportJournal journal = ReportJournal.open(dir, 256, 1 << 20)) {
            for (int i = 1; i <= 100; i++) {
                journal.append(bytes("event number " + i));
            }
            long before = segmentCount();
            journal.acknowledge(100);

            assertTrue(segmentCount() < before, "acknowledged segments are deleted");
            assertEquals(1, segmentCount());
        }
        try (ReportJournal reopened = ReportJournal.open(dir, 256, 1 << 20)) {
            assertEquals(List.of(), reopened.after(100, 10));
            assertTrue(reopened.after(0, 10).stream().allMatch(e -> e.seq() > 90), "only the last segment is held");
            assertEquals(101, reopened.append(bytes("after restart")));
        }
    }

    @Test
    void aFullJournalRefusesNewEventsUntilTheMasterAcknowledges() throws Exception {
        try (ReportJournal journal = ReportJournal.open(dir, 200, 1000)) {
            int written = 0;
            while (true) {
                try {
                    journal.append(bytes("a report event of some size"));
                    written++;
                } catch (JournalFullException full) {
                    assertTrue(full.getMessage().startsWith("the report journal is full: " + written + " events wait"));
                    break;
                }
            }
            assertEquals(written, journal.after(0, 1000).size(), "nothing unacknowledged was dropped");

            journal.acknowledge(written);

            assertEquals(written + 1, journal.append(bytes("room again")));
        }
    }

    @Test
    void oversizedEventsAndAcknowledgementsFromTheFutureAreRefused() throws Exception {
        try (ReportJournal journal = ReportJournal.open(dir)) {
            journal.append(bytes("e1"));

            assertThrows(IllegalArgumentException.class, () -> journal.append(new byte[ReportJournal.MAX_EVENT_BYTES + 1]));
            assertEquals("acknowledgement of 5 is beyond the last event 1",
                    assertThrows(IllegalArgumentException.class, () -> journal.acknowledge(5)).getMessage());
        }
    }

    @Test
    void killMinus9WhileWritingLosesNoEventReportedAsRecorded() throws Exception {
        Process writer = new ProcessBuilder(javaBinary(), "-cp", classPath(), JournalWriterMain.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Long> recorded = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (recorded.size() < 300 && (line = out.readLine()) != null) {
                recorded.add(Long.parseLong(line.strip()));
            }
            writer.destroyForcibly();
            writer.waitFor();
        }
        assertEquals(300, recorded.size(), "the writer process did not record events");

        try (ReportJournal reopened = ReportJournal.open(dir, 64 * 1024, 1L << 30)) {
            List<ReportJournal.Event> events = reopened.after(0, Integer.MAX_VALUE);
            for (int i = 0; i < events.size(); i++) {
                assertEquals(i + 1, events.get(i).seq(), "sequence numbers are contiguous");
                assertArrayEquals(bytes("event-" + (i + 1)), events.get(i).payload());
            }
            assertTrue(events.size() >= recorded.get(recorded.size() - 1), "every event reported as recorded survived");
        }
    }

    private long segmentCount() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("segment-")).count();
        }
    }

    private Path onlySegment() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("segment-")).findFirst().orElseThrow();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The agent bundle, what its journal needs (the report codec and Jackson) and this test fragment, as a class path. */
    private static String classPath() throws Exception {
        List<String> entries = new ArrayList<>();
        for (Class<?> type : List.of(ReportJournal.class, JournalWriterMain.class, org.hyperedge.protocol.report.ReportCodec.class,
                com.fasterxml.jackson.core.JsonParser.class, com.fasterxml.jackson.databind.ObjectMapper.class,
                com.fasterxml.jackson.annotation.JsonProperty.class)) {
            entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> texts(List<ReportJournal.Event> events) {
        return events.stream().map(e -> new String(e.payload(), StandardCharsets.UTF_8)).toList();
    }
}
