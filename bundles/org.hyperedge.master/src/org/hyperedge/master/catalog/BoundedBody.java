package org.hyperedge.master.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * An HTTP body read up to a limit: past it the transfer is cancelled and the body fails, so a server cannot make a
 * subscriber hold more than it expects, in memory (a catalog file, {@link #inMemory}) or on disk (an artifact of its
 * listed size, {@link #toFile}, never in memory whole). A body shorter than its Content-Length fails as truncated.
 */
final class BoundedBody<T> implements HttpResponse.BodySubscriber<T> {

    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    static final class Truncated extends IOException {
        private static final long serialVersionUID = 1L;

        Truncated(String message) {
            super(message);
        }
    }

    /** Where the bytes go, and what the body is once they all came. */
    private interface Sink<T> {
        OutputStream open() throws IOException;

        T result();
    }

    static BoundedBody<byte[]> inMemory(long maxBytes, long announced) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        return new BoundedBody<>(maxBytes, announced, new Sink<>() {
            @Override
            public OutputStream open() {
                return bytes;
            }

            @Override
            public byte[] result() {
                return bytes.toByteArray();
            }
        });
    }

    static BoundedBody<Path> toFile(Path target, long maxBytes, long announced) {
        return new BoundedBody<>(maxBytes, announced, new Sink<>() {
            @Override
            public OutputStream open() throws IOException {
                return Files.newOutputStream(target);
            }

            @Override
            public Path result() {
                return target;
            }
        });
    }

    private final long maxBytes;
    private final long announced;
    private final Sink<T> sink;
    private final CompletableFuture<T> body = new CompletableFuture<>();
    private OutputStream out;
    private long received;
    private Flow.Subscription subscription;

    private BoundedBody(long maxBytes, long announced, Sink<T> sink) {
        this.maxBytes = maxBytes;
        this.announced = announced;
        this.sink = sink;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (announced > maxBytes) {
            fail(new TooLarge());
            return;
        }
        try {
            out = sink.open();
        } catch (IOException e) {
            fail(e);
            return;
        }
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return;
        }
        try {
            for (ByteBuffer buffer : buffers) {
                if (received + buffer.remaining() > maxBytes) {
                    fail(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                out.write(chunk);
                received += chunk.length;
            }
        } catch (IOException e) {
            fail(e);
        }
    }

    @Override
    public void onError(Throwable failure) {
        close();
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        close();
        if (announced >= 0 && received < announced) {
            body.completeExceptionally(new Truncated(received + " of the " + announced + " bytes announced"));
        } else {
            body.complete(sink.result());
        }
    }

    @Override
    public CompletionStage<T> getBody() {
        return body;
    }

    private void fail(IOException failure) {
        subscription.cancel();
        close();
        body.completeExceptionally(failure);
    }

    private void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                body.completeExceptionally(e);
            }
        }
    }
}
