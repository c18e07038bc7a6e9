package org.hyperedge.agent.dial;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body read as a stream that may stay silent no longer than a limit: a master that streams a poll beats
 * every interval ({@code HyperEdge-Heartbeat-Ms}), so a read that hears nothing for a few intervals means the path
 * died under it (a cut link sends no reset, and the JDK's client has no read timeout once the headers are in). The
 * read then fails, the exchange is cancelled (its connection closed), and the agent dials over its next address.
 */
final class QuietLimitedBody extends InputStream implements Flow.Subscriber<List<ByteBuffer>> {

    private static final Object END = new Object();

    private final BlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
    private final ArrayDeque<ByteBuffer> buffers = new ArrayDeque<>();
    private volatile Duration silence;
    private volatile Flow.Subscription subscription;
    private boolean ended;

    QuietLimitedBody(Duration silence) {
        this.silence = silence;
    }

    /** From now on the stream may be silent this long (the master said its heartbeat stopped). */
    void silence(Duration limit) {
        this.silence = limit;
    }

    /** Fails the read under way, or the next, with {@code why}, and closes the exchange: the path is taken for dead. */
    void fail(IOException why) {
        arrived.add(why);
    }

    /** Reads {@code response}'s body, taken as a publisher (it comes with the headers), silent at most {@code silence}. */
    static QuietLimitedBody of(HttpResponse<Flow.Publisher<List<ByteBuffer>>> response, Duration silence) {
        QuietLimitedBody body = new QuietLimitedBody(silence);
        response.body().subscribe(body);
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        arrived.add(item);
    }

    @Override
    public void onError(Throwable throwable) {
        arrived.add(throwable);
    }

    @Override
    public void onComplete() {
        arrived.add(END);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (true) {
            while (!buffers.isEmpty() && !buffers.peek().hasRemaining()) {
                buffers.poll();
            }
            if (!buffers.isEmpty()) {
                break;
            }
            if (ended) {
                return -1;
            }
            take();
        }
        ByteBuffer buffer = buffers.peek();
        int n = Math.min(length, buffer.remaining());
        buffer.get(into, offset, n);
        return n;
    }

    @SuppressWarnings("unchecked")
    private void take() throws IOException {
        Duration limit = silence;
        Object next;
        try {
            next = arrived.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw new java.io.InterruptedIOException("interrupted reading the master's answer");
        }
        if (next == null) {
            cancel();
            throw new HttpTimeoutException("the master was silent for " + limit.toMillis()
                    + " ms in the middle of its answer: the path is taken for dead");
        }
        if (next == END) {
            ended = true;
        } else if (next instanceof Throwable failure) {
            cancel(); // failed from outside (news found the path dead): the connection must not be reused
            ended = true;
            throw failure instanceof IOException io ? io : new IOException(failure);
        } else {
            buffers.addAll((List<ByteBuffer>) next);
            subscription.request(1);
        }
    }

    private void cancel() {
        Flow.Subscription s = subscription;
        if (s != null && !ended) {
            s.cancel();
        }
        ended = true;
        buffers.clear();
    }

    /**
     * Stops reading. A body whose end is already there (or comes within a moment, a few bytes at most) leaves its
     * connection for the next poll; otherwise the exchange is cancelled, so a connection with unread bytes is closed.
     */
    @Override
    public void close() {
        long until = System.nanoTime() + 100_000_000L;
        int skipped = 0;
        while (!ended && skipped < 64 * 1024 && System.nanoTime() - until < 0) {
            buffers.clear();
            Object next;
            try {
                next = arrived.poll(Math.max(1, (until - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (next == END || next instanceof Throwable) {
                ended = true;
            } else if (next instanceof List<?> list) {
                skipped += list.stream().mapToInt(b -> ((ByteBuffer) b).remaining()).sum();
                subscription.request(1);
            }
        }
        Flow.Subscription s = subscription;
        if (!ended && s != null) {
            s.cancel();
        }
        ended = true;
        buffers.clear();
    }
}
