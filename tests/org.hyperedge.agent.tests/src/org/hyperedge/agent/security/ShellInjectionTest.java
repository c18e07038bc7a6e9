package org.hyperedge.agent.security;

import static org.hyperedge.agent.testing.ReportStream.instance;
import static org.hyperedge.agent.testing.ReportStream.process;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.hyperedge.agent.testing.AgentHarness;
import org.hyperedge.agent.testing.AgentHarnessTest;
import org.hyperedge.protocol.report.ReportEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An operator's parameters reach a command promise, a {@code sh -c} process line and a script rendered from a
 * template as data, never as shell code: {@code ;}, {@code $(...)}, backticks, a newline, {@code &&} and a
 * closing quote run nothing.
 */
class ShellInjectionTest extends AgentHarnessTest {

    private static final Duration READY = Duration.ofSeconds(30);
    private static final String RELEASE = """
            { "id": "test:shell-parameters", "name": "shell parameters", "version": "1", "types": { "default": {
              "parameters": { "type": "object" },
              "processes": [ { "name": "main", "command": ["sh", "-c",
                "echo ${param.a} ${param.b} ${param.c} ${param.d} ${param.e}; echo \\"${param.f}\\"; exec sleep 100000"] } ],
              "promises": [ { "name": "given", "kind": "command", "period": 1,
                "target": "test -n \\"${param.f}\\" && test -n \\"${param.a}\\" && test -n \\"${param.b}${param.c}\\"" } ] } } }
            """;

    final String marker = "he-pwned-" + UUID.randomUUID();

    @AfterEach
    void removePlanted() throws Exception {
        for (Path planted : planted()) {
            Files.deleteIfExists(planted);
        }
    }

    @Test
    void parametersReachCommandPromisesAndShellProcessLinesAsDataAndRunNothing() throws Exception {
        String release = harness.release(RELEASE);
        ObjectNode parameters = AgentHarness.parameters(
                "a", "x; touch /tmp/" + marker + "-semicolon",
                "b", "$(touch /tmp/" + marker + "-substitution)",
                "c", "`touch /tmp/" + marker + "-backticks`",
                "d", "x\ntouch /tmp/" + marker + "-newline",
                "e", "x && touch /tmp/" + marker + "-and",
                "f", "\"; touch /tmp/" + marker + "-quote; echo \"");

        harness.desired(1, harness.partition(0, 1401, release, "started", parameters));

        ReportEvent checked = harness.reports.await(READY, checkedPromise(), "the command promise checked");
        harness.reports.await(READY, checked.seq(), checkedPromise(), "the command promise checked again");
        harness.reports.await(READY, process("p000", "started"), "the sh -c process started");
        Thread.sleep(500); // its echo lines ran long since

        assertEquals(List.of(), planted(), "files the parameters' shell code would have made");
        assertTrue(checked.data().path("ok").asBoolean(), "the promise saw its parameters as they are: " + checked.data());
        assertTrue(harness.agent.converger().runtimes().get(0).processesAlive(), "the sh -c process runs");
    }

    @Test
    void aPlaceholderInsideSingleQuotesOfAShellCommandIsRefusedByName() throws Exception {
        String release = harness.release("""
                { "id": "test:single-quoted", "name": "single quoted", "version": "1", "types": { "default": {
                  "parameters": { "type": "object" },
                  "promises": [ { "name": "quoted", "kind": "command", "period": 5, "target": "test -n '${param.a}'" } ] } } }
                """);

        harness.desired(1, harness.partition(0, 1402, release, "started", AgentHarness.parameters("a", "value")));

        ReportEvent failed = harness.reports.await(READY, instance("p000", "failed", false), "the instance refused");
        assertTrue(failed.data().path("error").asText().contains("${param.a} is inside single quotes"),
                failed.data().toString());
    }

    @Test
    void aScriptRendersEachParameterAsOneShellWordAndRunsNoneOfIt() throws Exception {
        String release = harness.release("""
                { "id": "test:script-parameters", "name": "script parameters", "version": "1", "types": { "default": {
                  "parameters": { "type": "object" },
                  "files": [ { "path": "bin/run", "mode": "0700", "template":
                    "#!/bin/sh\\nprintf '%s|' ${param.a|sh} ${param.b|sh} ${param.c|sh} ${param.d|sh} > ${partition}/etc/seen\\nexec sleep 100000\\n" } ],
                  "processes": [ { "name": "main", "command": ["${partition}/bin/run"] } ] } } }
                """);
        String semicolon = "x; touch /tmp/" + marker + "-semicolon";
        String substitution = "$(touch /tmp/" + marker + "-substitution)";
        String quote = "it's'; touch /tmp/" + marker + "-quote; echo '";
        String newline = "x\ntouch /tmp/" + marker + "-newline";

        harness.desired(1, harness.partition(0, 1403, release, "started",
                AgentHarness.parameters("a", semicolon, "b", substitution, "c", quote, "d", newline)));

        harness.reports.await(READY, process("p000", "started"), "the script started");
        Path seen = harness.partitionDirectory(0).resolve("etc/seen");
        long deadline = System.nanoTime() + READY.toNanos();
        while (!Files.exists(seen) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(List.of(), planted(), "files the parameters' shell code would have made");
        assertEquals(semicolon + "|" + substitution + "|" + quote + "|" + newline + "|", Files.readString(seen),
                "the script's arguments, each parameter as it was given");
    }

    @Test
    void aScriptThatInsertsAParameterUnquotedIsRefusedByName() throws Exception {
        String release = harness.release("""
                { "id": "test:script-unquoted", "name": "script unquoted", "version": "1", "types": { "default": {
                  "parameters": { "type": "object" },
                  "files": [ { "path": "bin/run", "mode": "0700", "template": "#!/bin/sh\\necho ${param.a}\\nexec sleep 100000\\n" } ],
                  "processes": [ { "name": "main", "command": ["${partition}/bin/run"] } ] } } }
                """);

        harness.desired(1, harness.partition(0, 1404, release, "started", AgentHarness.parameters("a", "x; id")));

        ReportEvent failed = harness.reports.await(READY, instance("p000", "failed", false), "the instance refused");
        assertTrue(failed.data().path("error").asText().contains("a script takes parameters only quoted for the shell: ${param.a}"),
                failed.data().toString());
    }

    /** A result of the command promise (every periodic one is reported, passing or not). */
    private static Predicate<ReportEvent> checkedPromise() {
        return e -> e.kind() == ReportEvent.Kind.PROMISE && "p000".equals(e.partition());
    }

    private List<Path> planted() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("/tmp"))) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().startsWith(marker)).toList());
        }
    }
}
