package org.hyperedge.master.catalog;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;

/**
 * A catalog index published on an HTTPS server: each file is one GET below the source's URL, bounded in size (the
 * caller's limit, checked while the body streams in) and in time (connect, then the whole answer).
 * <p>
 * The server's certificate is accepted whatever it is ({@link AnyServerCertificate}): what a subscriber imports is
 * protected by the publisher's signature over the index and the SHA-256 of each file it lists, checked by
 * {@link VerifiedCatalogIndex} exactly as for a directory, so a server (or anyone between) can withhold or break a
 * catalog but not change what is imported. TLS only keeps which catalog is read from passive observers.
 */
public final class HttpsCatalog implements CatalogLocation {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The most one file may take, headers and body: a 4 MiB index over a slow link fits. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    /** The most one artifact may take, at the slowest rate a site link is worth waiting for (1 MiB in 10 s). */
    static final Duration ARTIFACT_TIMEOUT = Duration.ofMinutes(30);

    private final URI base;
    private final String given;
    /** One client for the index, its signature and its files: one connection where the server keeps it open. */
    private final HttpClient client = client();

    private HttpsCatalog(URI base, String given) {
        this.base = base;
        this.given = given;
    }

    /** Refuses what is not an https URL with a host, naming it. */
    public static HttpsCatalog of(String url) throws CatalogSourceException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new CatalogSourceException("'" + url + "' is not a URL: " + e.getReason());
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new CatalogSourceException("'" + url + "' is not an https://HOST[:PORT]/PATH URL");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new CatalogSourceException("'" + url + "' has a query or fragment: a catalog source URL is the "
                    + "directory the index is served from");
        }
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        try {
            URI base = new URI("https", uri.getRawAuthority(), path.endsWith("/") ? path : path + "/", null, null);
            return new HttpsCatalog(base, url);
        } catch (URISyntaxException e) {
            throw new CatalogSourceException("'" + url + "' is not a URL: " + e.getReason());
        }
    }

    @Override
    public void checkExists() {
        // an HTTPS source is known only by reading its index, which the caller does next
    }

    @Override
    public String describe() {
        return given;
    }

    @Override
    public byte[] read(String path, int maxBytes) throws CatalogSourceException {
        URI uri = url(path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(ANSWER_TIMEOUT).GET().build();
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request,
                info -> info.statusCode() == 200 ? BoundedBody.inMemory(maxBytes, contentLength(info))
                        : HttpResponse.BodySubscribers.replacing(null));
        HttpResponse<byte[]> response = await(uri, answer, maxBytes, ANSWER_TIMEOUT);
        if (response.statusCode() == 404) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw new CatalogSourceException(uri + " answered HTTP " + response.statusCode() + " (expected 200)");
        }
        return response.body();
    }

    @Override
    public boolean copy(String path, long maxBytes, java.nio.file.Path target) throws CatalogSourceException {
        URI uri = url(path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(ANSWER_TIMEOUT).GET().build();
        CompletableFuture<HttpResponse<java.nio.file.Path>> answer = client.sendAsync(request,
                info -> info.statusCode() == 200 ? BoundedBody.toFile(target, maxBytes, contentLength(info))
                        : HttpResponse.BodySubscribers.replacing(null));
        HttpResponse<java.nio.file.Path> response = await(uri, answer, maxBytes, ARTIFACT_TIMEOUT);
        if (response.statusCode() == 404) {
            return false;
        }
        if (response.statusCode() != 200) {
            throw new CatalogSourceException(uri + " answered HTTP " + response.statusCode() + " (expected 200)");
        }
        return true;
    }

    private static <T> HttpResponse<T> await(URI uri, CompletableFuture<HttpResponse<T>> answer, long maxBytes,
            Duration within) throws CatalogSourceException {
        try {
            return answer.get(within.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new CatalogSourceException(uri + " did not answer whole within " + within.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            throw new CatalogSourceException("reading " + uri + " was interrupted");
        } catch (ExecutionException e) {
            throw refusal(uri, maxBytes, e.getCause());
        }
    }

    private URI url(String path) throws CatalogSourceException {
        try {
            // the multi-argument constructor quotes what a file name may hold that a URL may not
            return new URI("https", base.getRawAuthority(), base.getPath() + path, null, null);
        } catch (URISyntaxException e) {
            throw new CatalogSourceException("'" + path + "' cannot be read below " + given + ": " + e.getReason());
        }
    }

    private static long contentLength(HttpResponse.ResponseInfo info) {
        return info.headers().firstValueAsLong("content-length").orElse(-1);
    }

    private static CatalogSourceException refusal(URI uri, long maxBytes, Throwable cause) {
        if (cause instanceof BoundedBody.TooLarge) {
            return new CatalogSourceException(uri + " answered more than " + maxBytes
                    + " bytes, more than the catalog index lists or a release holds: refused unread");
        }
        if (cause instanceof BoundedBody.Truncated truncated) {
            return new CatalogSourceException(uri + " answered truncated: " + truncated.getMessage());
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new CatalogSourceException("cannot reach " + uri + ": no connection within "
                    + CONNECT_TIMEOUT.toSeconds() + " s");
        }
        if (cause instanceof HttpTimeoutException) {
            return new CatalogSourceException(uri + " did not answer within " + ANSWER_TIMEOUT.toSeconds() + " s");
        }
        if (cause instanceof ConnectException) {
            return new CatalogSourceException("cannot reach " + uri + ": " + (cause.getMessage() == null
                    ? "connection refused" : cause.getMessage()));
        }
        if (cause instanceof SSLException) {
            return new CatalogSourceException("no TLS connection to " + uri + ": " + cause.getMessage());
        }
        if (cause instanceof IOException) {
            return new CatalogSourceException(uri + " broke off while answering (truncated): " + cause.getMessage());
        }
        return new CatalogSourceException("cannot read " + uri + ": " + cause);
    }

    private static HttpClient client() {
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] { new AnyServerCertificate() }, new SecureRandom());
            return HttpClient.newBuilder().sslContext(tls).connectTimeout(CONNECT_TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
        }
    }
}
