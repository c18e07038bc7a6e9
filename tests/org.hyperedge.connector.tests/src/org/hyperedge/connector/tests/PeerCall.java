package org.hyperedge.connector.tests;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import javax.net.ssl.HttpsURLConnection;

import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.tls.PinnedTrustManager;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One call a test makes to a master's endpoint as another master would: with that master's certificate, over mutual
 * TLS, the called master pinned by its fingerprint (as the federation pins it, not by a host name).
 */
final class PeerCall {

    /** The status and body of the answer. */
    record Answer(int status, byte[] bytes) {

        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() throws java.io.IOException {
            return ReportCodec.JSON.readTree(bytes);
        }
    }

    private PeerCall() {
    }

    /** {@code from} calls {@code path} of the master at {@code url} whose certificate is {@code to}'s; no body when null. */
    static Answer call(TestSite from, TestSite to, String url, String method, String path, byte[] body) throws Exception {
        String pinned = to.identity.fingerprint();
        HttpsURLConnection call = (HttpsURLConnection) URI.create(url + path).toURL().openConnection();
        call.setSSLSocketFactory(from.identity.sslContext(new PinnedTrustManager(pinned::equals, "the called master's "
                + "certificate")).getSocketFactory());
        call.setHostnameVerifier((host, session) -> true);
        call.setRequestMethod(method);
        call.setConnectTimeout(5_000);
        call.setReadTimeout(10_000);
        if (body != null) {
            call.setDoOutput(true);
            call.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = call.getOutputStream()) {
                out.write(body);
            }
        }
        int status = call.getResponseCode();
        try (InputStream in = status < 400 ? call.getInputStream() : call.getErrorStream()) {
            return new Answer(status, in == null ? new byte[0] : in.readAllBytes());
        } finally {
            call.disconnect();
        }
    }
}
