package org.hyperedge.agent.dial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.SubmissionPublisher;

import org.junit.jupiter.api.Test;

/** How a dialling agent reads a master's streamed poll: heartbeats, one frame, and a limit on silence. */
class StreamedPollReadingTest {

    @Test
    void heartbeatsAreSkippedAndACallFrameCarriesExactlyItsBody() throws IOException {
        InputStream in = ascii("\n\n\nCALL 42 PUT /v1/desired 5\nhello");

        PollFrame frame = PollFrame.read(in);

        assertEquals(PollFrame.Kind.CALL, frame.kind());
        assertEquals(42, frame.call());
        assertEquals("PUT", frame.method());
        assertEquals("/v1/desired", frame.path());
        assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII), PollFrame.bounded(in, frame.length()).readAllBytes());
    }

    @Test
    void idleAndRefusedFramesSayWhatTheyMean() throws IOException {
        assertEquals(PollFrame.Kind.IDLE, PollFrame.read(ascii("\nIDLE\n")).kind());

        PollFrame refused = PollFrame.read(ascii("REFUSED 409 session closed: replaced by a newer one\n"));

        assertEquals(409, refused.status());
        assertEquals("session closed: replaced by a newer one", refused.message());
    }

    @Test
    void aLineThatIsNoFrameATruncatedStreamAndAnEndlessLineAreRefusedByName() {
        IOException garbage = assertThrows(IOException.class, () -> PollFrame.read(ascii("CALL x PUT /v1/desired 5\n")));
        assertTrue(garbage.getMessage().contains("no frame: CALL x PUT"), garbage.getMessage());
        IOException cut = assertThrows(IOException.class, () -> PollFrame.read(ascii("\n\nCALL 1 PU")));
        assertTrue(cut.getMessage().contains("ended before its frame"), cut.getMessage());
        IOException endless = assertThrows(IOException.class,
                () -> PollFrame.read(ascii("CALL 1 GET /" + "a".repeat(PollFrame.MAX_LINE) + " 0\n")));
        assertTrue(endless.getMessage().contains("longer than " + PollFrame.MAX_LINE), endless.getMessage());
    }

    @Test
    void aStreamThatFallsSilentLongerThanItsLimitFailsInsteadOfWaitingForever() throws Exception {
        try (SubmissionPublisher<List<ByteBuffer>> master = new SubmissionPublisher<>()) {
            QuietLimitedBody body = new QuietLimitedBody(Duration.ofMillis(300));
            master.subscribe(body);
            master.submit(List.of(ByteBuffer.wrap("\n".getBytes(StandardCharsets.US_ASCII))));

            assertEquals('\n', body.read());
            long start = System.nanoTime();
            HttpTimeoutException silent = assertThrows(HttpTimeoutException.class, body::read);

            assertTrue(silent.getMessage().contains("silent for 300 ms"), silent.getMessage());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "it gave up at its limit");
        }
    }

    @Test
    void aStreamThatEndsReadsToItsEndAcrossChunks() throws Exception {
        try (SubmissionPublisher<List<ByteBuffer>> master = new SubmissionPublisher<>()) {
            QuietLimitedBody body = new QuietLimitedBody(Duration.ofSeconds(5));
            master.subscribe(body);
            master.submit(List.of(ByteBuffer.wrap("\nIDL".getBytes(StandardCharsets.US_ASCII)), ByteBuffer.allocate(0)));
            master.submit(List.of(ByteBuffer.wrap("E\n".getBytes(StandardCharsets.US_ASCII))));
            master.close();

            assertEquals(PollFrame.Kind.IDLE, PollFrame.read(body).kind());
            assertEquals(-1, body.read());
        }
    }

    private static InputStream ascii(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }
}
