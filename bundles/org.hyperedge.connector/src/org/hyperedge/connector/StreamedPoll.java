package org.hyperedge.connector;

import static org.hyperedge.protocol.dial.DialHeaders.HEARTBEAT;
import static org.hyperedge.protocol.dial.DialHeaders.HEARTBEAT_FOR;
import static org.hyperedge.protocol.dial.DialHeaders.QUIET_LINE;
import static org.hyperedge.protocol.dial.DialHeaders.POLL_WAIT;
import static org.hyperedge.protocol.dial.DialHeaders.STREAMED_POLL_TYPE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * A poll answered as a stream (issue 18, failover): its headers go out at once, then a heartbeat (one newline) every
 * interval while the poll waits, so a dialling agent that hears nothing for a few intervals knows its path died and
 * dials over the next one within seconds, instead of after the whole poll wait. The stream ends with one frame:
 * <ul>
 * <li>{@code CALL id METHOD path length}, a newline, then {@code length} bytes of body: a request for the agent;</li>
 * <li>{@code IDLE}: nothing to do within the poll wait;</li>
 * <li>{@code REFUSED status message}: the session was ended (replaced by a newer one, or the node revoked).</li>
 * </ul>
 * One write at a time: a heartbeat in flight when the frame is ready makes the frame wait for it.
 *
 * <p>A heartbeat costs the master a TLS write on every waiting poll (at 700 ms and 10,000 idle sessions, 14,000 a
 * second: most of what idle sessions cost). So an agent that asks for it says for how long
 * ({@code HyperEdge-Heartbeat-For-Ms}): while it expects a call, just after it answered one (mid-sync); past that the
 * stream sends {@code QUIET} once and nothing more until its frame. A path that dies under a quiet poll is found at the
 * poll wait's end instead, or at once when the agent has news to tell (its news request fails).
 */
final class StreamedPoll {

    static final long MIN_HEARTBEAT_MS = 200;
    static final long MAX_HEARTBEAT_MS = 30_000;

    /** The longest heartbeat window an agent may ask for: past it, a poll's heartbeat would be its whole wait. */
    static final long MAX_HEARTBEAT_FOR_MS = 60_000;

    private static final byte[] BEAT = { '\n' };
    private static final byte[] QUIET = (QUIET_LINE + "\n").getBytes(StandardCharsets.US_ASCII);

    /** The frame that ends the stream: written once the heartbeat in flight is, or failed when the stream broke. */
    private interface Frame {
        void write();

        void fail(Throwable why);
    }

    private final Response response;
    private final Callback done;
    private final Scheduler scheduler;
    private final long heartbeatMs;
    /** Whether the heartbeat stops at {@link #quietAtNanos} (false: the agent asked for no window, an older one). */
    private final boolean windowed;
    private final long quietAtNanos;
    private boolean quiet;
    private boolean writing;
    private boolean ended;
    private Throwable broken;
    private Frame lastFrame;
    private Scheduler.Task nextBeat;

    private StreamedPoll(Response response, Callback done, Scheduler scheduler, long heartbeatMs, long heartbeatForMs) {
        this.windowed = heartbeatForMs >= 0;
        this.quietAtNanos = System.nanoTime() + Math.max(0, heartbeatForMs) * 1_000_000L;
        this.response = response;
        this.done = done;
        this.scheduler = scheduler;
        this.heartbeatMs = heartbeatMs;
    }

    /** The interval an agent asked for, bounded; -1 when it asked for none or for nonsense (then the poll is plain). */
    static long askedHeartbeat(String header) {
        if (header == null) {
            return -1;
        }
        try {
            long ms = Long.parseLong(header.trim());
            return Math.max(MIN_HEARTBEAT_MS, Math.min(MAX_HEARTBEAT_MS, ms));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** How long the agent asked the heartbeat to last, bounded; -1 when it asked for no window (it beats throughout). */
    static long askedHeartbeatFor(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Math.max(0, Math.min(MAX_HEARTBEAT_FOR_MS, Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Commits the headers and the first heartbeat now; the stream beats for {@code heartbeatForMs} (-1: throughout), says
     * {@code QUIET} then, and ends with a frame.
     */
    static StreamedPoll open(Response response, Callback done, Scheduler scheduler, long heartbeatMs,
            long heartbeatForMs, String pollWaitMs) {
        response.setStatus(200);
        response.getHeaders().put(HEARTBEAT, Long.toString(heartbeatMs));
        if (heartbeatForMs >= 0) {
            response.getHeaders().put(HEARTBEAT_FOR, Long.toString(heartbeatForMs));
        }
        response.getHeaders().put(POLL_WAIT, pollWaitMs);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, STREAMED_POLL_TYPE);
        StreamedPoll poll = new StreamedPoll(response, done, scheduler, heartbeatMs, heartbeatForMs);
        poll.beat();
        return poll;
    }

    private void beat() {
        byte[] beat;
        synchronized (this) {
            if (ended || writing || broken != null || quiet) {
                return;
            }
            writing = true;
            quiet = windowed && System.nanoTime() - quietAtNanos >= 0;
            beat = quiet ? QUIET : BEAT;
        }
        response.write(false, ByteBuffer.wrap(beat), Callback.from(this::beaten, this::broke));
    }

    private void beaten() {
        Frame frame;
        synchronized (this) {
            writing = false;
            frame = lastFrame;
            lastFrame = null;
            if (frame == null && !ended && !quiet) {
                nextBeat = scheduler.schedule(this::beat, heartbeatMs, TimeUnit.MILLISECONDS);
            }
        }
        if (frame != null) {
            frame.write();
        }
    }

    private void broke(Throwable failure) {
        Frame frame;
        synchronized (this) {
            writing = false;
            broken = failure;
            frame = lastFrame;
            lastFrame = null;
        }
        done.failed(failure);
        if (frame != null) {
            frame.fail(failure);
        }
    }

    /** The stream ends with nothing to do. */
    void idle() {
        end(plain("IDLE\n"));
    }

    /** The stream ends with the session's refusal. */
    void refused(int status, String message) {
        end(plain("REFUSED " + status + " " + message.replaceAll("[\\x00-\\x1f]", " ") + "\n"));
    }

    /** The stream ends with a request for the agent; {@code undelivered} learns when it could not be written. */
    void call(DialInSessions.Call call, Consumer<Throwable> undelivered) {
        end(new Frame() {
            @Override
            public void write() {
                Callback delivered = Callback.from(done::succeeded, why -> {
                    undelivered.accept(why);
                    done.failed(why);
                });
                try {
                    long length = call.file != null ? Files.size(call.file) : call.body.length;
                    ByteBuffer head = ascii("CALL " + call.id + " " + call.method + " " + call.path + " " + length + "\n");
                    Runnable body = call.file != null
                            ? () -> Content.copy(Content.Source.from(call.file), response, delivered)
                            : () -> response.write(true, ByteBuffer.wrap(call.body), delivered);
                    response.write(false, head, Callback.from(body, delivered::failed));
                } catch (IOException | RuntimeException e) {
                    delivered.failed(e);
                }
            }

            @Override
            public void fail(Throwable why) {
                undelivered.accept(why);
            }
        });
    }

    private Frame plain(String line) {
        return new Frame() {
            @Override
            public void write() {
                response.write(true, ascii(line), done);
            }

            @Override
            public void fail(Throwable why) {
                // the stream broke under a heartbeat and its request was failed then: nobody else waits for it
            }
        };
    }

    private void end(Frame frame) {
        Throwable brokenBy;
        boolean now;
        synchronized (this) {
            ended = true;
            if (nextBeat != null) {
                nextBeat.cancel();
            }
            brokenBy = broken;
            now = !writing;
            if (!now) {
                lastFrame = frame;
            }
        }
        if (!now) {
            return;
        }
        if (brokenBy != null) {
            frame.fail(brokenBy);
        } else {
            frame.write();
        }
    }

    private static ByteBuffer ascii(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
    }
}
