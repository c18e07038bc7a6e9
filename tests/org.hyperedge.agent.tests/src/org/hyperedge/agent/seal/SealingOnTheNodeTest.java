package org.hyperedge.agent.seal;

import static org.hyperedge.agent.testing.ReportStream.instance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.hyperedge.agent.testing.AgentHarness;
import org.hyperedge.agent.testing.AgentHarnessTest;
import org.hyperedge.agent.testing.TestCatalog;
import org.hyperedge.agent.testing.DesiredDocuments;
import org.hyperedge.protocol.desired.DesiredState.PartitionState;
import org.hyperedge.protocol.node.NodeInfoCodec;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.hyperedge.protocol.seal.SealException;
import org.hyperedge.protocol.seal.SealedValue;
import org.hyperedge.protocol.seal.SealingKeyPair;
import org.hyperedge.protocol.seal.SealingPublicKey;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real agent keeps its secrets: a secret connection value leaves it sealed to the keys the desired state
 * names and to no other, is sealed again (the service untouched) when they change, a parameter sealed to the
 * node is opened and rendered while one sealed elsewhere keeps its instance waiting, and a secret a promise's
 * message would quote is taken out before it is reported.
 */
class SealingOnTheNodeTest extends AgentHarnessTest {

    private static final Duration READY = Duration.ofSeconds(60);

    @Test
    void aSecretConnectionValueLeavesTheNodeSealedToTheNamedKeysAndIsSealedAgainWhenTheyChange() throws Exception {
        String h2 = harness.release("h2-database");
        harness.uploadH2();
        SealingKeyPair stranger = SealingKeyPair.generate();
        SealingKeyPair newOperator = SealingKeyPair.generate();
        PartitionState database = harness.partition(0, 301, h2, "started", AgentHarness.parameters("database", "orders"));

        harness.desired(1, database);

        ReportEvent started = harness.reports.await(READY, instance("p000", "started", true), "H2 started");
        String password = secrets(0).getProperty("password");
        String sealed = started.data().path("connection").path("password").asText();
        assertTrue(SealedValue.isSealed(sealed), sealed);
        assertEquals(password, SealedValue.parse(sealed).open(DesiredDocuments.OPERATOR));
        assertThrows(SealException.class, () -> SealedValue.parse(sealed).open(stranger));
        assertEquals("jdbc:h2:tcp://127.0.0.1:" + harness.firstPort + "/orders",
                started.data().path("connection").path("url").asText(), "what is not secret stays readable");
        assertFalse(journalContains(password), "the report journal on disk holds the password in clear");
        long pid = harness.reports.currentPid("p000");

        long before = harness.reports.cursor();
        harness.desired(2, sealedTo(database, DesiredDocuments.OPERATOR.publicKey(), newOperator.publicKey()));

        ReportEvent again = harness.reports.await(READY, before, e -> e.kind() == Kind.INSTANCE
                && SealedValue.parse(e.data().path("connection").path("password").asText()).recipientIds().size() == 2,
                "the password sealed again, to both operators");
        assertEquals(password, SealedValue.parse(again.data().path("connection").path("password").asText()).open(newOperator));
        assertEquals(pid, harness.reports.currentPid("p000"), "new recipients do not restart the service");
    }

    @Test
    void aParameterSealedToThisNodeIsRenderedAndPublishedSealedWhileOneSealedElsewhereKeepsItsInstanceWaiting()
            throws Exception {
        SealingPublicKey node = SealingPublicKey.parse(NodeInfoCodec.read(harness.client.get("/v1/node").body()).sealingKey());
        String echo = harness.release(echoingWebServer());
        String title = "Dashboard of line 3, key " + Long.toHexString(System.nanoTime());
        ObjectNode toThisNode = AgentHarness.parameters("title", SealedValue.seal(title, List.of(node)).text());
        ObjectNode toAnother = AgentHarness.parameters("title",
                SealedValue.seal(title, List.of(SealingKeyPair.generate().publicKey())).text());

        harness.desired(1, harness.partition(0, 401, echo, "started", toThisNode),
                harness.partition(1, 402, echo, "started", toAnother));

        ReportEvent served = harness.reports.await(READY, instance("p000", "started", true), "the page with the opened title");
        assertTrue(get(served.data().path("connection").path("url").asText()).contains("<h1>" + title + "</h1>"));
        String published = served.data().path("connection").path("title").asText();
        assertTrue(SealedValue.isSealed(published), "a value made of a sealed parameter leaves sealed: " + published);
        assertEquals(title, DesiredDocuments.open(published));
        ReportEvent waiting = harness.reports.await(READY, e -> e.kind() == Kind.INSTANCE && "p001".equals(e.partition())
                && "waiting".equals(e.data().path("state").asText()), "the instance whose title is sealed elsewhere");
        assertTrue(waiting.data().path("error").asText().contains("parameter title is sealed, not (yet) to this node's key "
                + node.id()), waiting.data().toString());
        assertFalse(journalContains(title), "the opened title is in the journal in clear");

        long before = harness.reports.cursor();
        harness.desired(2, harness.partition(0, 401, echo, "started", toThisNode),
                harness.partition(1, 402, echo, "started", AgentHarness.parameters("title",
                        SealedValue.seal(title, List.of(node)).text())));

        harness.reports.await(READY, before, instance("p001", "started", true), "started once sealed to this node");
    }

    @Test
    void aSecretAPromiseMessageWouldQuoteIsTakenOutBeforeItIsReported() throws Exception {
        ObjectNode descriptor = (ObjectNode) ReportCodec.JSON.readTree(TestCatalog.descriptor("static-web"));
        descriptor.put("id", "test:web-with-token");
        ObjectNode type = (ObjectNode) descriptor.path("types").path("default");
        type.withArray("files").addObject().put("path", "etc/token").put("template", "${secret.token}").put("mode", "0600");
        type.withArray("promises").addObject().put("name", "token-file").put("kind", "file")
                .put("target", "missing-${secret.token}").put("period", 1);
        String web = harness.release(descriptor.toString());

        harness.desired(1, harness.partition(0, 501, web, "started", AgentHarness.parameters()));

        ReportEvent failing = harness.reports.await(READY, e -> e.kind() == Kind.PROMISE
                && "token-file".equals(e.data().path("name").asText()), "the failing promise's result");
        String token = secrets(0).getProperty("token");
        String message = failing.data().path("message").asText();
        assertFalse(message.contains(token), message);
        assertTrue(message.contains("missing-(secret)"), message);
    }

    /** The static web server, whose connection also publishes its title (a value a parameter makes). */
    private static String echoingWebServer() throws Exception {
        ObjectNode descriptor = (ObjectNode) ReportCodec.JSON.readTree(TestCatalog.descriptor("static-web"));
        descriptor.put("id", "test:echoing-web");
        ((ObjectNode) descriptor.path("types").path("default").path("connection")).put("title", "${param.title}");
        return descriptor.toString();
    }

    private static PartitionState sealedTo(PartitionState p, SealingPublicKey... keys) {
        return new PartitionState(p.reference(), p.firstPort(), p.lastPort(), p.instanceId(), p.title(), p.releaseId(),
                p.softwareType(), p.state(), p.parameters(), p.shared(), p.bang(), List.of(keys));
    }

    private Properties secrets(int partition) throws IOException {
        Properties secrets = new Properties();
        try (var reader = Files.newBufferedReader(harness.data.resolve("private").resolve(String.format("p%03d", partition))
                .resolve(".secrets"))) {
            secrets.load(reader);
        }
        return secrets;
    }

    private boolean journalContains(String text) throws IOException {
        byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(harness.data.resolve("journal"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(file), wanted) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String get(String url) throws IOException {
        try (InputStream in = URI.create(url).toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
