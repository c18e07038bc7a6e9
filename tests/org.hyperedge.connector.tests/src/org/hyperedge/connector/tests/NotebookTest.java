package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.hyperedge.agent.software.HostCommands;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.sync.InstanceReports.Reported;
import org.hyperedge.protocol.report.ReportCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code request notebook lab}: the host's Jupyter Notebook server in a partition publishes its address and, sealed,
 * its token; a client with the token keeps a notebook there, and a client without it (or with another) is refused.
 */
class NotebookTest extends SiteTest {

    private static final Duration READY = Duration.ofSeconds(120);
    private static final String NOTEBOOK = """
            {"type": "notebook", "content": {"nbformat": 4, "nbformat_minor": 5, "metadata": {},
             "cells": [{"cell_type": "markdown", "id": "wind-1", "metadata": {}, "source": "turbine 7: 42 kW"}]}}""";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void startSite() throws Exception {
        assumeTrue(HostCommands.resolve("jupyter-notebook").isPresent() && HostCommands.resolve("curl").isPresent(),
                "Jupyter Notebook is not installed on this machine: sudo apt-get install -y --no-install-recommends "
                        + "jupyter-notebook curl");
        site = new TestSite(dir);
    }

    @Test
    void requestedByItsShortNameItKeepsNotebooksForTheTokenItPublishesAndRefusesEveryoneElse() throws Exception {
        // given: a node, and a notebook server requested by its short name
        String node = site.agent("node-a");
        site.connector.start(Duration.ofMillis(200));
        InstanceRecord lab = site.requests.request(Request.root("lab", "notebook", "default",
                ReportCodec.JSON.createObjectNode().put("idle-kernel-seconds", 600)).withSla(Map.of("node", node)));

        // when: its promises pass
        Reported started = site.await(lab.id(), "started", true, READY);
        JsonNode connection = ReportCodec.JSON.readTree(started.connectionJson());
        URI url = URI.create(connection.path("url").asText());
        String token = site.open(connection.path("token").asText());

        // then: the token keeps a notebook and reads it back, and nothing else is let in
        assertEquals("builtin:notebook", lab.releaseId());
        assertTrue(token.length() >= 24, "a token of " + token.length() + " characters");
        assertFalse(connection.path("token").asText().contains(token), "the master holds the token sealed only");
        assertEquals(201, send("PUT", url.resolve("api/contents/wind.ipynb"), "token " + token, NOTEBOOK).statusCode());
        HttpResponse<String> read = send("GET", url.resolve("api/contents/wind.ipynb"), "token " + token, null);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("turbine 7: 42 kW",
                ReportCodec.JSON.readTree(read.body()).path("content").path("cells").path(0).path("source").asText());
        assertEquals(403, send("GET", url.resolve("api/contents/wind.ipynb"), null, null).statusCode(), "no token");
        assertEquals(403, send("GET", url.resolve("api/contents/wind.ipynb"), "token not-" + token, null).statusCode(),
                "another token");
        assertEquals(Boolean.TRUE, PromiseResults.last(site, lab.id(), "api-with-token").ok());
        assertEquals(Boolean.TRUE, PromiseResults.last(site, lab.id(), "anonymous-refused").ok());
        assertFalse(anyCommandLineHolds(token), "the token is on a command line every local user reads");
    }

    private HttpResponse<String> send(String method, URI uri, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean anyCommandLineHolds(String secret) throws IOException {
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                try {
                    if (new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8).contains(secret)) {
                        return true;
                    }
                } catch (IOException gone) {
                    // the process ended meanwhile
                }
            }
        }
        return false;
    }
}
