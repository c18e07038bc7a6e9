package org.hyperedge.master.catalog;

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
 * An HTTP body streamed into a file up to a limit (an artifact's listed size): past it the transfer is cancelled
 * and the body fails, so a server cannot fill a subscriber's disk; a body shorter than its Content-Length fails as
 * truncated. Artifacts may be far larger than a catalog file, so they never pass through memory whole.
 */
final class BoundedFileBody implements HttpResponse.BodySubscriber<Path> {

    private final Path target;
    private final long maxBytes;
    private final long announced;
    private final CompletableFuture<Path> body = new CompletableFuture<>();
    private OutputStream out;
    private long received;
    private Flow.Subscription subscription;

    BoundedFileBody(Path target, long maxBytes, long announced) {
        this.target = target;
        this.maxBytes = maxBytes;
        this.announced = announced;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (announced > maxBytes) {
            fail(new BoundedBody.TooLarge());
            return;
        }
        try {
            out = Files.newOutputStream(target);
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
                    fail(new BoundedBody.TooLarge());
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
            body.completeExceptionally(new BoundedBody.Truncated(received + " of the " + announced + " bytes announced"));
        } else {
            body.complete(target);
        }
    }

    @Override
    public CompletionStage<Path> getBody() {
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
