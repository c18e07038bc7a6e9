package org.hyperedge.update;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.internal.p2.repository.AuthenticationFailedException;
import org.eclipse.equinox.internal.p2.repository.Transport;
import org.eclipse.equinox.p2.core.ProvisionException;

/**
 * How p2 reads the console's update site: a local directory (file:) or an HTTPS server, nothing else.
 * <p>
 * p2 needs one Transport service and ships it in org.eclipse.equinox.p2.transport.ecf, which brings the ECF
 * file-transfer framework (five more bundles, each to be pinned to its 2025-12 build) for protocols the console
 * refuses anyway: plain http: would let anyone on the path swap the code the console is about to run, and ftp: is
 * the same. The JDK's HTTP client checks the server's certificate against the JDK's trust store and is enough.
 */
final class SiteTransport extends Transport {

    private static final String BUNDLE = "org.hyperedge.update";
    private static final int BUFFER = 64 * 1024;

    /**
     * Made at the first https: read: a console updating from a directory starts no client threads, and the client
     * takes the JDK's trust (its default SSLContext) as it is when a site is first read.
     */
    private volatile HttpClient http;

    @Override
    public IStatus download(URI location, OutputStream target, IProgressMonitor monitor) {
        try (InputStream in = stream(location, monitor)) {
            byte[] buffer = new byte[BUFFER];
            for (int read; (read = in.read(buffer)) >= 0;) {
                if (monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                target.write(buffer, 0, read);
            }
            return Status.OK_STATUS;
        } catch (FileNotFoundException e) {
            return new Status(IStatus.ERROR, BUNDLE, ProvisionException.ARTIFACT_NOT_FOUND,
                    "not on the update site: " + location, e);
        } catch (CoreException e) {
            return e.getStatus();
        } catch (IOException e) {
            return new Status(IStatus.ERROR, BUNDLE, ProvisionException.REPOSITORY_FAILED_READ,
                    "cannot read " + location + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream stream(URI location, IProgressMonitor monitor)
            throws FileNotFoundException, CoreException, AuthenticationFailedException {
        if ("file".equals(location.getScheme())) {
            try {
                return Files.newInputStream(Path.of(location));
            } catch (NoSuchFileException e) {
                throw new FileNotFoundException(location.toString());
            } catch (IOException e) {
                throw failure(location, e);
            }
        }
        HttpResponse<InputStream> response = send(location, "GET", HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() == 200) {
            return response.body();
        }
        closeQuietly(response.body());
        throw refusal(location, response.statusCode());
    }

    @Override
    public long getLastModified(URI location, IProgressMonitor monitor)
            throws CoreException, FileNotFoundException, AuthenticationFailedException {
        if ("file".equals(location.getScheme())) {
            try {
                return Files.getLastModifiedTime(Path.of(location)).toMillis();
            } catch (NoSuchFileException e) {
                throw new FileNotFoundException(location.toString());
            } catch (IOException e) {
                throw failure(location, e);
            }
        }
        HttpResponse<Void> response = send(location, "HEAD", HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw refusal(location, response.statusCode());
        }
        // no date: p2 then reads the file again each time rather than trust a stale cache
        return response.headers().firstValue("Last-Modified").map(SiteTransport::httpDate).orElse(0L);
    }

    private <T> HttpResponse<T> send(URI location, String method, HttpResponse.BodyHandler<T> body)
            throws CoreException {
        if (!"https".equals(location.getScheme())) {
            throw new CoreException(Status.error("the console reads update sites from a directory or an https:// URL,"
                    + " not " + location.getScheme() + ": " + location));
        }
        HttpRequest request = HttpRequest.newBuilder(location).method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofMinutes(5)).build();
        try {
            return http().send(request, body);
        } catch (IOException e) {
            throw failure(location, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
    }

    private HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                            // NORMAL never follows an https: page to http:
                            .followRedirects(HttpClient.Redirect.NORMAL).build();
                }
                client = http;
            }
        }
        return client;
    }

    /** 404 and 410 are "not there" (p2 then tries the next file name); 401 and 403 a refusal; the rest a failure. */
    private static CoreException refusal(URI location, int status)
            throws FileNotFoundException, AuthenticationFailedException {
        if (status == 404 || status == 410) {
            throw new FileNotFoundException(location.toString());
        }
        if (status == 401 || status == 403) {
            throw new AuthenticationFailedException();
        }
        return new CoreException(new Status(IStatus.ERROR, BUNDLE, ProvisionException.REPOSITORY_FAILED_READ,
                location + " answered HTTP " + status, null));
    }

    private static CoreException failure(URI location, IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new CoreException(new Status(IStatus.ERROR, BUNDLE, ProvisionException.REPOSITORY_FAILED_READ,
                "cannot reach " + location + ": " + reason, e));
    }

    private static long httpDate(String value) {
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            return 0L;
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the answer was an error already; nothing more to learn from its body
        }
    }
}
