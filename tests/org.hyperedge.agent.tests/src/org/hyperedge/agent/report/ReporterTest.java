package org.hyperedge.agent.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.hyperedge.agent.journal.ReportJournal;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stated policy for a full journal: states are kept, usage is folded, results are counted. */
class ReporterTest {

    @TempDir
    Path dir;

    @Test
    void aFullJournalKeepsTheLatestStateCountsDroppedResultsAndWritesBothOnceTheMasterAcknowledges() throws Exception {
        try (ReportJournal journal = ReportJournal.open(dir, 1_024, 2_048)) {
            Reporter reporter = new Reporter(journal, Clock.systemUTC());
            while (reporter.heldBack() == 0) {
                reporter.state(Kind.INSTANCE, "p000", 7, "instance-7", Reporter.data().put("state", "started")
                        .put("padding", "x".repeat(100)));
            }
            long full = journal.lastSeq();

            reporter.state(Kind.INSTANCE, "p000", 7, "instance-7", Reporter.data().put("state", "stopped"));
            reporter.sample(Kind.PROMISE, "p000", 7, Reporter.data().put("ok", false));
            reporter.sample(Kind.PROMISE, "p000", 7, Reporter.data().put("ok", true));
            boolean usageTaken = reporter.usage("p000", 7, Reporter.data().put("cpuSeconds", 1.5));

            assertFalse(usageTaken, "usage the journal cannot take stays with the caller");
            assertEquals(full, journal.lastSeq(), "nothing more fits");
            assertEquals(1, reporter.heldBack(), "one state per subject: the latest");
            assertEquals(2, reporter.droppedResults());

            journal.acknowledge(full);
            reporter.flush();

            List<ReportEvent> written = events(journal, full);
            assertEquals(2, written.size());
            assertEquals(Kind.DROPPED, written.get(0).kind());
            assertEquals(2, written.get(0).data().path("promiseResults").asLong());
            assertEquals("stopped", written.get(1).data().path("state").asText());
            assertEquals(0, reporter.heldBack());
            assertTrue(reporter.usage("p000", 7, Reporter.data().put("cpuSeconds", 1.5)));
        }
    }

    private static List<ReportEvent> events(ReportJournal journal, long after) {
        return journal.after(after, 100).stream().map(e -> ReportCodec.fromPayload(e.seq(), e.payload())).toList();
    }
}
