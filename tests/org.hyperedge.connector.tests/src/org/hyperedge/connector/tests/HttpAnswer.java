package org.hyperedge.connector.tests;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** One HTTP GET as a client sees it: the status, a header the test asks about, and the body. */
record HttpAnswer(int status, String cacheStatus, String backend, String body) {

    static HttpAnswer get(String url) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setConnectTimeout(5000);
        connection.setReadTimeout(10_000);
        try (InputStream in = connection.getInputStream()) {
            return new HttpAnswer(connection.getResponseCode(), connection.getHeaderField("X-Cache-Status"),
                    connection.getHeaderField("X-Backend"), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } finally {
            connection.disconnect();
        }
    }
}
