package org.hyperedge.agent.security;

import static org.hyperedge.agent.testing.ReportStream.instance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hyperedge.agent.AgentOptions;
import org.hyperedge.agent.testing.AgentHarness;
import org.hyperedge.agent.testing.RootOnly;
import org.hyperedge.agent.testing.Tenant;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whoever authors a release decides what its install steps run. They run as the agent's build user, with a
 * clean environment, and may write only their software directory: a step that reaches for the agent's key
 * or writes elsewhere fails, and the install is reported failed.
 */
class InstallAsBuildUserTest {

    private static final Duration READY = Duration.ofSeconds(30);

    @TempDir
    static Path identities;
    static TlsIdentity master;

    @TempDir
    Path dir;
    AgentHarness harness;

    @BeforeAll
    static void identities() {
        master = AgentHarness.masterIdentity(identities.resolve("master"));
    }

    @BeforeEach
    void startAgent() throws Exception {
        assumeTrue(AgentOptions.runsAsRoot(), "a build user exists only when the agent runs as root");
        harness = AgentHarness.start(dir, master);
    }

    @AfterEach
    void stop() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void anInstallStepThatReadsTheAgentsKeyOrWritesOutsideItsDirectoryFailsAndIsReportedAsAFailedInstall() throws Exception {
        RootOnly target = RootOnly.create(dir.resolve("root-only"), "kept");
        Path identity = harness.data.resolve("identity");
        String greedy = harness.release("""
                { "id": "test:greedy-install", "name": "greedy", "version": "1",
                  "install": [ { "kind": "run", "command": ["sh", "-c",
                    "cp %s/identity.p12 %s/identity.pass ${software}/; touch %s/planted; touch ${software}/../planted"] } ],
                  "types": { "default": {} } }
                """.formatted(identity, identity, target.directory));

        harness.desired(1, harness.partition(0, 1301, greedy, "started", AgentHarness.parameters()));

        ReportEvent failed = harness.reports.await(READY, e -> e.kind() == Kind.INSTALL
                && "failed".equals(e.data().path("state").asText()), "the install reported failed");
        assertTrue(failed.data().path("error").asText().contains("exited with"), failed.data().toString());
        harness.reports.await(READY, instance("p000", "failed", false), "the instance failed with its install");
        try (Stream<Path> software = Files.walk(harness.data.resolve("software"))) {
            List<String> names = software.map(p -> p.getFileName().toString()).toList();
            assertFalse(names.contains("identity.p12") || names.contains("identity.pass"), "the key was copied: " + names);
            assertFalse(names.contains("planted"), "a file was planted beside the software directory: " + names);
        }
        assertNull(target.damage());
    }

    @Test
    void installStepsRunAsAPassingBuildUserWithACleanEnvironmentAndWhatTheyMakeEndsUpRootsAndReadOnly() throws Exception {
        String release = harness.release("""
                { "id": "test:builds", "name": "builds", "version": "1",
                  "install": [ { "kind": "run", "command": ["sh", "-c",
                    "id -u > ${software}/uid; id -un > ${software}/user; env > ${software}/env; mkdir ${software}/open; chmod 0777 ${software}/open; echo x > ${software}/open/tool; chmod 6777 ${software}/open/tool"] } ],
                  "types": { "default": {} } }
                """);

        harness.desired(1, harness.partition(0, 1302, release, "started", AgentHarness.parameters()));

        harness.reports.await(READY, e -> e.kind() == Kind.INSTALL && "installed".equals(e.data().path("state").asText()),
                "the install reported done");
        Path software;
        try (Stream<Path> directories = Files.list(harness.data.resolve("software"))) {
            software = directories.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        int uid = Integer.parseInt(Files.readString(software.resolve("uid")).strip());
        assertNotEquals(0, uid, "the install step ran as root");
        String builder = Files.readString(software.resolve("user")).strip();
        assertTrue(builder.startsWith("hb"), "the build user runs the steps: " + builder);
        assertFalse(Tenant.userExists(builder), "the build user is gone once the install is done");
        Set<String> names = Arrays.stream(Files.readString(software.resolve("env")).split("\n"))
                .map(line -> line.substring(0, Math.max(0, line.indexOf('=')))).collect(Collectors.toSet());
        assertTrue(Set.of("PATH", "HOME", "TMPDIR", "LANG", "PWD", "SHLVL", "OLDPWD", "_").containsAll(names),
                "the step saw the agent's environment: " + names);
        for (Path made : List.of(software, software.resolve("uid"), software.resolve("open"), software.resolve("open/tool"))) {
            assertEquals(0, Files.getAttribute(made, "unix:uid", LinkOption.NOFOLLOW_LINKS), made + " belongs to root");
        }
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(software.resolve("open"))));
        assertEquals(0755, (Integer) Files.getAttribute(software.resolve("open/tool"), "unix:mode") & 07777,
                "no set-id bit and no write for others on what the build user made");
    }
}
