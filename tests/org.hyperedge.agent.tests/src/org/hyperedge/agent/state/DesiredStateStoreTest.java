package org.hyperedge.agent.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyperedge.protocol.desired.DesiredState;
import org.hyperedge.protocol.desired.DesiredStateCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesiredStateStoreTest {

    @TempDir
    Path dir;

    @Test
    void anAcceptedStateIsThereAfterARestart() {
        new DesiredStateStore(dir).accept(document(3));

        assertEquals(Optional.of(3L), new DesiredStateStore(dir).load().map(DesiredState::generation));
    }

    @Test
    void malformedOrOversizedDocumentsAreRefusedAndThePreviousStateStays() {
        DesiredStateStore store = new DesiredStateStore(dir);
        store.accept(document(3));

        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> store.accept("{\"protocol\":1,\"node\":".getBytes(StandardCharsets.UTF_8))).getMessage()
                .startsWith("desired state is not valid JSON"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> store.accept(new byte[DesiredStateCodec.MAX_BYTES + 1])).getMessage().contains("is larger than"));

        assertEquals(3, store.load().orElseThrow().generation());
    }

    @Test
    void anOlderGenerationIsRefused() {
        DesiredStateStore store = new DesiredStateStore(dir);
        store.accept(document(5));

        assertEquals("desired state generation 4 is older than the held generation 5",
                assertThrows(IllegalArgumentException.class, () -> store.accept(document(4))).getMessage());
    }

    @Test
    void aRestoredMastersLaterEpochIsNewerWhateverItsGenerationAndAnEarlierEpochIsRefused() {
        DesiredStateStore store = new DesiredStateStore(dir);
        store.accept(document(0, 40));

        store.accept(document(1_800_000_000_000L, 12));

        assertEquals(12, store.load().orElseThrow().generation());
        assertEquals(1_800_000_000_000L, store.load().orElseThrow().epoch());
        assertEquals("desired state generation 41 is older than the held generation 12 of master epoch 1800000000000",
                assertThrows(IllegalArgumentException.class, () -> store.accept(document(0, 41))).getMessage());
        assertEquals(1_800_000_000_000L, new DesiredStateStore(dir).load().orElseThrow().epoch(), "kept across a restart");
    }

    @Test
    void aWriteInterruptedByACrashLeavesThePreviousState() throws Exception {
        DesiredStateStore store = new DesiredStateStore(dir);
        store.accept(document(7));
        // what a crash between writing and renaming leaves behind
        Files.write(dir.resolve("desired.json.tmp"), "{\"protocol\":1,\"generation\":8,\"par".getBytes(StandardCharsets.UTF_8));

        assertEquals(7, new DesiredStateStore(dir).load().orElseThrow().generation());
    }

    @Test
    void aMissingFileIsNoDesiredStateAndSaysSo() {
        DesiredStateStore store = new DesiredStateStore(dir);

        assertEquals(Optional.empty(), store.load());
        assertEquals(0, store.heldDesired().generation());
        assertEquals("no desired state held: desired.json is missing", store.heldDesired().problem());
    }

    @Test
    void anUnreadableFileIsSetAsideAsItWasAndTheNextDocumentIsAccepted() throws Exception {
        byte[] damaged = "{\"protocol\":1,\"generation\":".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("desired.json"), damaged);
        DesiredStateStore store = new DesiredStateStore(dir);

        assertEquals(Optional.empty(), store.load());
        Path aside = store.setAside();
        assertArrayEquals(damaged, Files.readAllBytes(aside));
        assertTrue(store.problem().startsWith("no desired state held: desired.json was unreadable (desired state is not "
                + "valid JSON"), store.problem());
        assertTrue(store.problem().endsWith("is set aside as " + aside.getFileName()), store.problem());

        assertEquals(2, store.accept(document(2)).generation());
        assertEquals(null, store.problem());
        assertEquals(2, new DesiredStateStore(dir).load().orElseThrow().generation());
    }

    private static byte[] document(long generation) {
        return DesiredStateCodec.write(new DesiredState(DesiredState.PROTOCOL, "node-1", generation, List.of(), Map.of()));
    }

    private static byte[] document(long epoch, long generation) {
        return DesiredStateCodec.write(new DesiredState(DesiredState.PROTOCOL, "node-1", epoch, generation, List.of(), Map.of()));
    }
}
