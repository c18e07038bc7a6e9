package org.hyperedge.agent.journal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A separate process for the crash test: appends events and says which are recorded, until killed. */
public final class JournalWriterMain {

    private JournalWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        try (ReportJournal journal = ReportJournal.open(Path.of(args[0]), 64 * 1024, 1L << 30)) {
            while (true) {
                long next = journal.lastSeq() + 1;
                long seq = journal.append(("event-" + next).getBytes(StandardCharsets.UTF_8));
                System.out.println(seq);
                System.out.flush();
            }
        }
    }
}
