package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;


import org.hyperedge.cli.Main;
import org.hyperedge.connector.tests.PeerCall.Answer;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.ParameterLink;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.sync.InstanceReports.Reported;
import org.hyperedge.model.RequestedState;
import org.hyperedge.protocol.desired.DesiredStateCodec;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.seal.SealedValue;
import org.hyperedge.protocol.seal.SealingKeyPair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Issue 20 with issue 16's zero knowledge: A's operator keys travel with the desired state A pushes to B, B asks its
 * agent to seal a delegated instance's secret values to them as well as to its own operators, and the sealed value
 * comes back to A in B's reports. A's operator opens the password of an H2 server A delegated to B (and it opens the
 * database); neither master holds it in clear. A key list A's push cannot carry (malformed, too long) is refused.
 */
class FederatedSealingTest extends TwoMasters {

    private static final Duration READY = Duration.ofSeconds(60);

    /** A dependent that needs a database's password: its node renders it into a file (0600) the promise waits for. */
    private static final String DB_READER = """
            {
              "id": "test:db-reader",
              "name": "Database password reader",
              "version": "1",
              "description": "Keeps the linked database password in a file of its partition, as a client's configuration.",
              "requires": ["sleep"],
              "types": { "default": {
                "parameters": { "type": "object", "properties": { "db-password": { "type": "string" } } },
                "files": [ { "path": "etc/db.properties", "mode": "0600", "template": "password=${param.db-password}\\n" } ],
                "processes": [ { "name": "wait", "command": ["sleep", "3600"] } ],
                "promises": [ { "name": "configured", "kind": "file", "target": "etc/db.properties", "period": 1 } ]
              } }
            }
            """;

    private final ByteArrayOutputStream masterOutput = new ByteArrayOutputStream();
    private final StringBuilder printed = new StringBuilder();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @AfterEach
    void restoreOutput() {
        if (savedOut != null) {
            System.setOut(savedOut);
            System.setErr(savedErr);
            savedOut = null;
        }
    }

    @Test
    void aDelegatedDatabasesPasswordOpensWithAsOperatorKeyAndIsNowhereInClearOnEitherMaster() throws Exception {
        // given: B with a real agent, federated by A, and an H2 server A requested on site B, running on B's agent
        captureOutput();
        b.agent("b-edge");
        aFederatesB();
        syncEvery(Duration.ofMillis(200));
        InstanceRecord db = a.requests.request(Request.root("db1", "builtin:h2-database", "default",
                ReportCodec.JSON.createObjectNode().put("database", "orders")).withSla(Map.of("site", "B")));
        a.await(db.id(), "started", true, READY);

        // when: an operator of A enrolls a key of their own on A, the service running already
        Path dataOfA = dir.resolve("a").resolve("master");
        Path keyFile = dir.resolve("operator-of-a/.config/hyperedge/operator.key");
        long enrolled = System.nanoTime();
        assertEquals(Main.OK, cli(dataOfA, "--operator-key", keyFile.toString(), "operators", "enroll", "--name",
                "operator-of-a"));
        SealingKeyPair operatorOfA = SealingKeyPair.read(keyFile);

        // then: B's node seals the password again, to that key too: A holds it sealed, and the key opens it to the
        // password B's node made
        String password = NodeSecrets.of(dir.resolve("b").resolve("b-edge"), "password");
        JsonNode connection = awaitOpenableOnA(db.id(), operatorOfA);
        System.out.println("FIGURE federation.operator-enrolled-to-sealed-to-it-on-A " + (System.nanoTime() - enrolled)
                / 1_000_000 + " ms lower-is-better (A pushes, B's node seals again, B's report read by A; 200 ms periods)");
        String sealed = connection.path("password").asText();
        assertTrue(SealedValue.isSealed(sealed), "A holds the password sealed: " + sealed);
        assertEquals(password, SealedValue.parse(sealed).open(operatorOfA));
        assertEquals(password, a.open(sealed), "A's other operator opens it too");
        long onB = b.master.delegatedInstances().of("A").get(0).instanceId();
        assertEquals(password, b.open(ReportCodec.JSON.readTree(b.reports.find(onB).orElseThrow().connectionJson())
                .path("password").asText()), "B's operator still reads it");

        // and: the password really opens the database on B's node
        Properties login = new Properties();
        login.put("user", connection.path("user").asText());
        login.put("password", SealedValue.parse(sealed).open(operatorOfA));
        H2Client client = new H2Client(connection.path("url").asText(), login);
        client.execute("CREATE TABLE kept (note VARCHAR)", "INSERT INTO kept VALUES ('opened on A')");
        assertEquals("opened on A", client.row());

        // and: A's status shows the URL with the key, and says what is sealed without it
        String url = connection.path("url").asText();
        String withKey = cli(dataOfA, "--operator-key", keyFile.toString(), "status") == Main.OK ? lastOut : "status failed";
        assertTrue(withKey.contains(url), withKey);
        String withoutKey = cli(dataOfA, "--operator-key", "none", "status") == Main.OK ? lastOut : "status failed";
        assertTrue(withoutKey.contains(SealedValue.SHOWN + " values open with your operator key"), withoutKey);
        cli(dir.resolve("b").resolve("master"), "--operator-key", "none", "status");

        // when: both masters stop, their databases closed
        restoreOutput();
        a.close();
        b.close();

        // then: neither master's files, nor their output, nor the command line's hold the password in clear
        List<String> found = new ArrayList<>();
        for (String master : List.of("a", "b")) {
            for (Path file : masterFiles(dir.resolve(master))) {
                if (contains(Files.readAllBytes(file), password)) {
                    found.add("master " + master + "'s file " + dir.relativize(file));
                }
            }
        }
        if (contains(masterOutput.toByteArray(), password)) {
            found.add("the masters' output");
        }
        if (printed.toString().contains(password)) {
            found.add("the command line's output (operators enroll, status with and without the key)");
        }
        assertEquals(List.of(), found, "the password " + password + " was found in clear");
    }

    @Test
    void aDependentOnALinkedToTheDelegatedDatabasesPasswordOpensItOnItsNodeAndConnects() throws Exception {
        // given: A with a node of its own, B with its agent, federated by A
        String nodeOfA = a.agent("a-edge");
        b.agent("b-edge");
        aFederatesB();
        a.catalog.importRelease("test", DB_READER);
        syncEvery(Duration.ofMillis(200));

        // when: A requests an H2 server on site B and, on A's node, a dependent linked to its password
        InstanceRecord db = a.requests.request(Request.root("db1", "builtin:h2-database", "default",
                ReportCodec.JSON.createObjectNode().put("database", "orders")).withSla(Map.of("site", "B")));
        InstanceRecord reader = a.requests.request(new Request("reader", "test:db-reader", "default",
                ReportCodec.JSON.createObjectNode(), Map.of("node", nodeOfA), RequestedState.STARTED, false, db.id())
                .withLinks(Map.of("db-password", new ParameterLink("db1", "password"))));

        // then: the dependent starts on A's node with the password B's node made, and it opens the database
        JsonNode connection = ReportCodec.JSON.readTree(a.await(db.id(), "started", true, READY).connectionJson());
        a.await(reader.id(), "started", true, READY);
        String password = NodeSecrets.of(dir.resolve("b").resolve("b-edge"), "password");
        String rendered = readerFile(dir.resolve("a").resolve("a-edge"));
        assertEquals("password=" + password, rendered.strip());
        Properties login = new Properties();
        login.put("user", connection.path("user").asText());
        login.put("password", rendered.strip().substring("password=".length()));
        H2Client client = new H2Client(connection.path("url").asText(), login);
        client.execute("CREATE TABLE kept (note VARCHAR)", "INSERT INTO kept VALUES ('from the dependent on A')");
        assertEquals("from the dependent on A", client.row());
    }

    @Test
    void aPushWithAMalformedOrOversizedOperatorKeyListIsRefusedWithItsReasonAndNothingApplied() throws Exception {
        // given: A federated B, and requested an H2 server on site B; A's syncs do not run, this test pushes for A
        aFederatesB();
        a.requests.request(Request.root("db1", "builtin:h2-database", "default", ReportCodec.JSON.createObjectNode())
                .withSla(Map.of("site", "B")));
        byte[] valid = DesiredStateCodec.write(a.master.desiredStates().compute("B"));
        ObjectNode document = (ObjectNode) ReportCodec.JSON.readTree(valid);
        String keyId = document.path("sealingKeys").fieldNames().next();

        // when: the push names a key that is no key
        ObjectNode malformed = document.deepCopy();
        ((ObjectNode) malformed.get("sealingKeys")).put(keyId, "not-a-key");
        Answer refusedMalformed = asA("PUT", "/v1/desired", ReportCodec.JSON.writeValueAsBytes(malformed));

        // and: the push asks one instance sealed to more keys than a delegated instance may name
        ObjectNode oversized = document.deepCopy();
        ArrayNode sealTo = (ArrayNode) oversized.path("partitions").get(0).get("sealTo");
        for (int i = 0; i < 65; i++) {
            var extra = SealingKeyPair.generate().publicKey();
            ((ObjectNode) oversized.get("sealingKeys")).put(extra.id(), extra.text());
            sealTo.add(extra.id());
        }
        Answer refusedOversized = asA("PUT", "/v1/desired", ReportCodec.JSON.writeValueAsBytes(oversized));

        // and: the key list is not a list
        ObjectNode notAList = document.deepCopy();
        ((ObjectNode) notAList.path("partitions").get(0)).put("sealTo", keyId);
        Answer refusedNotAList = asA("PUT", "/v1/desired", ReportCodec.JSON.writeValueAsBytes(notAList));

        // then: each is refused with what is wrong, and B requested nothing for A
        assertEquals(400, refusedMalformed.status(), refusedMalformed.body());
        assertTrue(refusedMalformed.body().contains("sealing key " + keyId) && refusedMalformed.body().contains("not-a-key"),
                refusedMalformed.body());
        assertEquals(400, refusedOversized.status(), refusedOversized.body());
        assertTrue(refusedOversized.body().contains("more than the 64"), refusedOversized.body());
        assertEquals(400, refusedNotAList.status(), refusedNotAList.body());
        assertTrue(refusedNotAList.body().contains("sealTo must be a list"), refusedNotAList.body());
        assertTrue(b.requests.all().isEmpty(), "B applied a refused push: " + b.requests.all());
        assertTrue(b.master.delegatedInstances().of("A").isEmpty(), b.master.delegatedInstances().of("A").toString());

        // when / then: the same push with its keys as A wrote them is applied, A's keys kept for the instance
        Answer applied = asA("PUT", "/v1/desired", valid);
        assertEquals(200, applied.status(), applied.body());
        assertEquals(1, b.requests.all().size(), b.requests.all().toString());
        assertEquals(List.of(a.operator.publicKey()), b.master.delegatedInstances().of("A").get(0).sealTo());
    }

    /** A's copy of the instance's connection values, once its password opens with the key (B sealed it to A's keys). */
    private JsonNode awaitOpenableOnA(long instanceId, SealingKeyPair key) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        Reported last = null;
        while (System.nanoTime() < deadline) {
            last = a.reports.find(instanceId).orElseThrow();
            if (last.connectionJson() != null) {
                JsonNode connection = ReportCodec.JSON.readTree(last.connectionJson());
                String password = connection.path("password").asText();
                if (SealedValue.isSealed(password) && opens(password, key)) {
                    return connection;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("A's operator key never opened the password A holds; last: " + last);
    }

    private static boolean opens(String sealed, SealingKeyPair key) {
        try {
            SealedValue.parse(sealed).open(key);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private String lastOut = "";

    /** The command line as {@code ./hyperedge --data DIR ARGS}, in this JVM; its output in {@link #lastOut}. */
    private int cli(Path data, String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true,
                StandardCharsets.UTF_8));
        lastOut = out.toString(StandardCharsets.UTF_8);
        printed.append(lastOut);
        return code;
    }

    /** What the dependent's node rendered into its partition: the linked password, opened with the node's key. */
    private static String readerFile(Path agentData) throws IOException {
        try (Stream<Path> files = Files.walk(agentData)) {
            Path file = files.filter(f -> f.endsWith(Path.of("etc", "db.properties"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no partition of " + agentData + " has etc/db.properties"));
            return Files.readString(file);
        }
    }

    /** A master's files: its database, identity, caches; not its agent's data directory nor that agent's log. */
    private static List<Path> masterFiles(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).filter(f -> !site.relativize(f).toString().matches("[ab]-edge.*"))
                    .toList();
        }
    }

    private static boolean contains(byte[] haystack, String secret) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(secret);
    }

    /** The masters run in this JVM: what they print goes to the test's log and to {@link #masterOutput}. */
    private void captureOutput() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(new Tee(savedOut, masterOutput), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(savedErr, masterOutput), true, StandardCharsets.UTF_8));
    }

    /** One call to B's endpoint with A's certificate, over mutual TLS, B's certificate pinned. */
    private Answer asA(String method, String path, byte[] body) throws Exception {
        return PeerCall.call(a, b, urlOfB, method, path, body);
    }
}
