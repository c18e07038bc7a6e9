package org.hyperedge.master.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * An HTTP body kept in memory up to a limit: past it the transfer is cancelled and the body fails, so a server
 * cannot make a subscriber hold more than one catalog file's worth. A body shorter than its Content-Length fails
 * as truncated.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    static final class Truncated extends IOException {
        private static final long serialVersionUID = 1L;

        Truncated(String message) {
            super(message);
        }
    }

    private final int maxBytes;
    private final long announced;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    BoundedBody(int maxBytes, long announced) {
        this.maxBytes = maxBytes;
        this.announced = announced;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (announced > maxBytes) {
            subscription.cancel();
            body.completeExceptionally(new TooLarge());
            return;
        }
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (received.size() + (long) buffer.remaining() > maxBytes) {
                subscription.cancel();
                body.completeExceptionally(new TooLarge());
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            received.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable failure) {
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        if (announced >= 0 && received.size() < announced) {
            body.completeExceptionally(new Truncated(received.size() + " of the " + announced + " bytes announced"));
        } else {
            body.complete(received.toByteArray());
        }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }
}
