package org.hyperedge.connector;

import static org.hyperedge.protocol.dial.DialHeaders.HEARTBEAT;
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
 */
final class StreamedPoll {

    static final long MIN_HEARTBEAT_MS = 200;
    static final long MAX_HEARTBEAT_MS = 30_000;

    private static final byte[] BEAT = { '\n' };

    /** The frame that ends the stream: written once the heartbeat in flight is, or failed when the stream broke. */
    private interface Frame {
        void write();

        void fail(Throwable why);
    }

    private final Response response;
    private final Callback done;
    private final Scheduler scheduler;
    private final long heartbeatMs;
    private boolean writing;
    private boolean ended;
    private Throwable broken;
    private Frame lastFrame;
    private Scheduler.Task nextBeat;

    private StreamedPoll(Response response, Callback done, Scheduler scheduler, long heartbeatMs) {
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

    /** Commits the headers and the first heartbeat now; the stream beats until it ends with a frame. */
    static StreamedPoll open(Response response, Callback done, Scheduler scheduler, long heartbeatMs, String pollWaitMs) {
        response.setStatus(200);
        response.getHeaders().put(HEARTBEAT, Long.toString(heartbeatMs));
        response.getHeaders().put(POLL_WAIT, pollWaitMs);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, STREAMED_POLL_TYPE);
        StreamedPoll poll = new StreamedPoll(response, done, scheduler, heartbeatMs);
        poll.beat();
        return poll;
    }

    private void beat() {
        synchronized (this) {
            if (ended || writing || broken != null) {
                return;
            }
            writing = true;
        }
        response.write(false, ByteBuffer.wrap(BEAT), Callback.from(this::beaten, this::broke));
    }

    private void beaten() {
        Frame frame;
        synchronized (this) {
            writing = false;
            frame = lastFrame;
            lastFrame = null;
            if (frame == null && !ended) {
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
