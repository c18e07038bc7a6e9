package org.hyperedge.agent.dial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;

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
    void afterTheMastersQuietLineTheStreamMayStaySilentLongerThanThreeBeatsUntilItsFrame() throws Exception {
        try (SubmissionPublisher<List<ByteBuffer>> master = new SubmissionPublisher<>()) {
            // given: a stream read with a limit of three 100 ms beats, whose master beats once and then says QUIET
            QuietLimitedBody body = new QuietLimitedBody(Duration.ofMillis(300));
            master.subscribe(body);
            master.submit(List.of(ByteBuffer.wrap("\nQUIET\n".getBytes(StandardCharsets.US_ASCII))));
            CompletableFuture<PollFrame> frame = CompletableFuture.supplyAsync(() -> {
                try {
                    return PollFrame.read(body, () -> body.silence(Duration.ofSeconds(10)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });

            // when: it stays silent for much longer than three beats, then ends the poll
            Thread.sleep(1_000);
            master.submit(List.of(ByteBuffer.wrap("IDLE\n".getBytes(StandardCharsets.US_ASCII))));

            // then: the frame is read, not a dead path
            assertEquals(PollFrame.Kind.IDLE, frame.get(5, TimeUnit.SECONDS).kind());
        }
    }

    @Test
    void aQuietPollIsGivenUpAtOnceWhenTheAgentFindsItsPathDead() throws Exception {
        try (SubmissionPublisher<List<ByteBuffer>> master = new SubmissionPublisher<>()) {
            // given: a quiet stream, which may be silent for a minute
            QuietLimitedBody body = new QuietLimitedBody(Duration.ofMinutes(1));
            master.subscribe(body);
            CompletableFuture<PollFrame> frame = CompletableFuture.supplyAsync(() -> {
                try {
                    return PollFrame.read(body);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });

            // when: news to the master on the same path got no answer
            long start = System.nanoTime();
            body.fail(new IOException("news to 10.0.0.1:7444 got no answer: the path is taken for dead"));

            // then: the read fails now with that reason, not after the minute
            ExecutionException failed = assertThrows(ExecutionException.class, () -> frame.get(5, TimeUnit.SECONDS));
            assertTrue(failed.getCause().getMessage().contains("taken for dead"), failed.getCause().getMessage());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
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
