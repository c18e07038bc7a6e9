package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.Master;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code request-composite} and {@code plan} on a real H2 file, with the shipped web-and-database composite. */
class CompositeCommandsTest {

    private static final String WEB_AND_DATABASE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <hyperedge:CompositeService xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:hyperedge="http://hyperedge.org/model/1.0" name="web + database">
              <nodes title="web" releaseId="builtin:static-web" softwareType="default"/>
              <nodes title="database" releaseId="builtin:h2-database" softwareType="default"/>
              <links source="//@nodes.1" connectionParameter="url" target="//@nodes.0" parameter="database-url"/>
            </hyperedge:CompositeService>
            """;

    @TempDir
    Path data;

    private String out;
    private String err;

    @BeforeEach
    void aNodeWithTwoPartitions() {
        try (Master master = Master.open(data)) {
            master.nodes().register(new NodeSpec("edge-1", "factory", "127.0.0.1", 2000, 2048, 10_000, Map.of(), 2,
                    20000, 10));
        }
    }

    @Test
    void requestCompositeOrdersOneTreeNamedAfterTheFileAndStatusShowsItByThatName() throws IOException {
        Path file = Files.writeString(data.resolve("shop.composite"), WEB_AND_DATABASE);

        assertEquals(Main.OK, run("request-composite", file.toString()));
        assertTrue(out.contains("requested 'web + database' as tree 'shop'"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("database\\s+1\\s+builtin:h2-database\\s+edge-1\\s+p000\\s+-")), out);
        assertEquals(Main.OK, run("request-composite", file.toString()));
        assertEquals(Main.OK, run("status", "shop"));

        assertTrue(out.lines().anyMatch(l -> l.matches("database\\s+builtin:h2-database\\s+2\\.4\\.240\\s+default\\s+edge-1/p000\\s+started.*")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+web\\s+builtin:static-web\\s+1\\.0\\s+default\\s+edge-1/p001\\s+started.*")), out);
        assertEquals(3, out.lines().count(), "requested twice, still two services: " + out);
    }

    @Test
    void aDryRunOrdersNothing() throws IOException {
        Path file = Files.writeString(data.resolve("shop.composite"), WEB_AND_DATABASE);

        assertEquals(Main.OK, run("request-composite", file.toString(), "--name", "line 3", "--dry-run"));
        assertTrue(out.contains("Dry run of 'web + database': nothing was ordered."), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("web\\s+builtin:static-web\\s+edge-1\\s+p001\\s+20010-20019\\s+-")), out);
        assertEquals(Main.OK, run("status"));
        assertEquals(1, out.lines().count(), out);
    }

    @Test
    void aCompositeWithACycleIsRefusedWithTheReasonAndExitsWithOne() throws IOException {
        Path file = Files.writeString(data.resolve("loop.composite"), WEB_AND_DATABASE.replace("</hyperedge:CompositeService>",
                "  <links source=\"//@nodes.0\" connectionParameter=\"url\" target=\"//@nodes.1\" parameter=\"user\"/>\n"
                        + "</hyperedge:CompositeService>"));

        assertEquals(Main.REFUSED, run("request-composite", file.toString()));

        assertTrue(err.startsWith("hyperedge: composite 'web + database' refused, nothing was ordered:"), err);
        assertTrue(err.contains("links form a cycle: 'web' → 'database' → 'web'"), err);
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = Main.run(all, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        out = stdout.toString(StandardCharsets.UTF_8);
        err = stderr.toString(StandardCharsets.UTF_8);
        return code;
    }
}
