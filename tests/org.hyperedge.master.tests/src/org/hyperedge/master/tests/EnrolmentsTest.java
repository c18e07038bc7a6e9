package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;

import org.hyperedge.master.sync.Enrolments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: one-time enrolment tokens for nodes that dial in. */
class EnrolmentsTest {

    @TempDir
    Path data;
    TestMaster master;
    Enrolments enrolments;

    @BeforeEach
    void open() throws Exception {
        master = TestMaster.open(data);
        enrolments = new Enrolments(master.database());
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void aTokenEnrolsOnceAndOnlyItsHashIsKept() throws Exception {
        // given
        Enrolments.Issued issued = enrolments.issue("edge-1", "factory", Duration.ofHours(24));

        // when
        Enrolments.Enrolment enrolment = enrolments.redeem(issued.token(), "ab".repeat(32));
        Enrolments.RefusedException again = assertThrows(Enrolments.RefusedException.class,
                () -> enrolments.redeem(issued.token(), "cd".repeat(32)));

        // then
        assertEquals(new Enrolments.Enrolment("edge-1", "factory"), enrolment);
        assertTrue(again.getMessage().contains("was used already"), again.getMessage());
        assertFalse(storedText().contains(issued.token().substring("he-enrol-".length())), "the token itself is not stored");
    }

    @Test
    void anExpiredUnknownOrMalformedTokenIsRefusedSayingWhich() throws Exception {
        Enrolments.Issued brief = enrolments.issue(null, "default", Duration.ofSeconds(1));
        Thread.sleep(1_100);

        assertTrue(assertThrows(Enrolments.RefusedException.class, () -> enrolments.redeem(brief.token(), "ab".repeat(32)))
                .getMessage().contains("expired"));
        assertTrue(assertThrows(Enrolments.RefusedException.class, () -> enrolments.redeem("he-enrol-" + "00".repeat(24),
                "ab".repeat(32))).getMessage().contains("no such enrolment token"));
        assertTrue(assertThrows(Enrolments.RefusedException.class, () -> enrolments.redeem("let-me-in", "ab".repeat(32)))
                .getMessage().contains("not one this master prints"));
        assertThrows(IllegalArgumentException.class, () -> enrolments.issue(null, "default", Duration.ofDays(31)));
    }

    private String storedText() {
        return master.database().inTransaction(connection -> {
            StringBuilder all = new StringBuilder();
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT * FROM enrolment")) {
                while (rows.next()) {
                    for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                        all.append(rows.getString(i)).append(' ');
                    }
                }
            }
            return all.toString();
        });
    }
}
