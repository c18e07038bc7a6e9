package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hyperedge backup FILE} and {@code hyperedge restore FILE --trust FINGERPRINT [--force]} as a user runs them. */
class BackupCommandsTest {

    private static final Pattern TRUST = Pattern.compile("restore \\S+ --trust ([0-9a-f]{64})");

    @TempDir
    Path temp;

    @Test
    void aBackupRestoredIntoAnotherDataDirectoryHoldsTheSameInstances() throws Exception {
        Path office = temp.resolve("office");
        assertEquals(Main.OK, CliRun.inProcess(office, "request", "builtin:static-web", "shop").code());
        Path backup = temp.resolve("office.backup");

        CliRun backedUp = CliRun.inProcess(office, "backup", backup.toString());
        CliRun restored = CliRun.inProcess(temp.resolve("elsewhere"), "restore", backup.toString(), "--trust", trust(backedUp));
        CliRun status = CliRun.inProcess(temp.resolve("elsewhere"), "status");

        assertEquals(Main.OK, backedUp.code(), backedUp.err());
        assertEquals(Main.OK, restored.code(), restored.err());
        assertTrue(restored.out().contains("0 nodes, master epoch "), restored.out());
        assertTrue(status.out().contains("shop"), status.out());
    }

    @Test
    void aRestoreOverAMasterWithoutForceChangesNothing() throws Exception {
        Path office = temp.resolve("office");
        assertEquals(Main.OK, CliRun.inProcess(office, "request", "builtin:static-web", "shop").code());
        Path backup = temp.resolve("office.backup");
        String fingerprint = trust(CliRun.inProcess(office, "backup", backup.toString()));
        assertEquals(Main.OK, CliRun.inProcess(office, "request", "builtin:static-web", "blog").code());

        CliRun refused = CliRun.inProcess(office, "restore", backup.toString(), "--trust", fingerprint);
        CliRun status = CliRun.inProcess(office, "status");

        assertEquals(Main.REFUSED, refused.code());
        assertTrue(refused.err().contains("already holds a master") && refused.err().contains("--force"), refused.err());
        assertTrue(status.out().contains("blog"), "the master in place is untouched: " + status.out());
    }

    @Test
    void aBackupSignedBySomeoneElseIsRefusedAndNothingIsRestored() throws Exception {
        Path backup = temp.resolve("office.backup");
        trust(CliRun.inProcess(temp.resolve("office"), "backup", backup.toString()));
        String stranger = trust(CliRun.inProcess(temp.resolve("stranger"), "backup", temp.resolve("s.backup").toString()));

        CliRun refused = CliRun.inProcess(temp.resolve("elsewhere"), "restore", backup.toString(), "--trust", stranger);

        assertEquals(Main.REFUSED, refused.code());
        assertTrue(refused.err().contains("refused, nothing restored") && refused.err().contains("not by the trusted master"),
                refused.err());
        assertFalse(Files.exists(temp.resolve("elsewhere").resolve("master.mv.db")));
    }

    @Test
    void restoreWithoutTheFingerprintSaysWhatItNeeds() {
        CliRun refused = CliRun.inProcess(temp.resolve("elsewhere"), "restore", temp.resolve("x.backup").toString());

        assertEquals(Main.USAGE, refused.code());
        assertTrue(refused.err().contains("restore needs FILE --trust FINGERPRINT"), refused.err());
    }

    private static String trust(CliRun backedUp) {
        Matcher fingerprint = TRUST.matcher(backedUp.out());
        assertTrue(fingerprint.find(), backedUp.out() + backedUp.err());
        return fingerprint.group(1);
    }
}
