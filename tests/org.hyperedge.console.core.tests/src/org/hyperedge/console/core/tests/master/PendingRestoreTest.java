package org.hyperedge.console.core.tests.master;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.hyperedge.console.core.master.Backups;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.console.core.master.PendingRestore;
import org.hyperedge.connector.MasterSite;
import org.hyperedge.master.Master;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.site.SiteBundleException;
import org.hyperedge.master.site.SiteProgress;
import org.hyperedge.master.site.Trust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** A restore chosen in the console: checked now, written down, carried out once at the next start. */
class PendingRestoreTest {

    @TempDir
    Path data;
    @TempDir
    Path elsewhere;

    @Test
    void aChosenBackupIsCarriedOutOnceWithTheReplacedMasterKeptAside() throws Exception {
        Path backup;
        try (EmbeddedMaster master = EmbeddedMaster.open(data)) {
            master.requests().request(Request.root("shop", "builtin:static-web", "default", JsonNodeFactory.instance.objectNode()));
            backup = new Backups(master, 3, Clock.systemUTC()).takeNow().file();
            master.requests().request(Request.root("blog", "builtin:static-web", "default", JsonNodeFactory.instance.objectNode()));
        }
        String own = MasterSite.identity(data).fingerprint();

        PendingRestore.Inspected checked = PendingRestore.check(backup, Trust.of(own), SiteProgress.NONE);
        PendingRestore.choose(data, backup, checked.signer());
        PendingRestore.find(data).orElseThrow().carryOut(SiteProgress.NONE);

        assertEquals(own, checked.signer());
        assertTrue(PendingRestore.find(data).isEmpty(), "carried out once");
        try (Master restored = Master.open(data)) {
            assertEquals(List.of("shop"), restored.requests().all().stream().map(i -> i.title()).toList());
        }
        try (var listed = Files.list(data)) {
            assertTrue(listed.anyMatch(p -> p.getFileName().toString().startsWith("replaced-")));
        }
    }

    @Test
    void aBackupSignedByAnotherMasterIsRefusedAtTheCheckAndNothingIsWritten() throws Exception {
        Path foreign = elsewhere.resolve("foreign.backup");
        try (Master other = Master.open(elsewhere)) {
            other.backup(elsewhere, MasterSite.identity(elsewhere), foreign);
        }
        String own = MasterSite.identity(data).fingerprint();

        SiteBundleException refused = assertThrows(SiteBundleException.class,
                () -> PendingRestore.check(foreign, Trust.of(own), SiteProgress.NONE));

        assertTrue(refused.getMessage().contains("not by the trusted master"), refused.getMessage());
        assertFalse(Files.exists(data.resolve(PendingRestore.FILE)));
    }

    @Test
    void aDamagedChoiceIsRemovedWithAReasonAndNothingIsRestored() throws Exception {
        Files.writeString(data.resolve(PendingRestore.FILE), "{\"backup\": \"\"}");

        java.io.IOException damaged = assertThrows(java.io.IOException.class, () -> PendingRestore.find(data));

        assertTrue(damaged.getMessage().contains("names no backup"), damaged.getMessage());
        assertFalse(Files.exists(data.resolve(PendingRestore.FILE)));
    }
}
