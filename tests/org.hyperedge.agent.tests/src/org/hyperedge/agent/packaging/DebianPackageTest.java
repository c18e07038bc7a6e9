package org.hyperedge.agent.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent's Debian package as dpkg reads it, without installing it (no root needed): its version, control fields,
 * files with their owners and modes, the conffile, and the agent it holds running from the extracted tree.
 * {@code AgentPackageTest} (connector tests) installs it and runs it under its supervisor.
 */
class DebianPackageTest {

    @TempDir
    Path dir;

    @Test
    void aSnapshotVersionSortsBeforeItsRelease() throws Exception {
        assertEquals("0.1.0~SNAPSHOT", DebianVersion.of("0.1.0-SNAPSHOT"));
        assertEquals("1.2.0", DebianVersion.of("1.2.0"));
        assumeTrue(succeeds("dpkg", "--version"), "needs dpkg to compare versions");
        assertTrue(succeeds("dpkg", "--compare-versions", "0.1.0~SNAPSHOT", "lt", "0.1.0"), "the release upgrades the snapshot");
    }

    @Test
    void aVersionDebianCannotHoldIsRefusedNamingIt() {
        for (String bad : List.of("v1.0", "1.0_beta", "1.0 beta", "")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> DebianVersion.of(bad));
            assertTrue(refused.getMessage().contains("'" + bad + "'"), refused.getMessage());
        }
    }

    @Test
    void thePackageHoldsTheAgentItsUnitSupervisorAndSettingsAsAConffile() throws Exception {
        assumeTrue(succeeds("dpkg-deb", "--version"), "needs dpkg-deb");

        Path deb = DebianPackage.build("0.1.0-SNAPSHOT", DebianPackage.ownLibraries(), dir.resolve("out"));

        assertEquals("hyperedge-agent_0.1.0~SNAPSHOT_all.deb", deb.getFileName().toString());
        assertEquals(List.of("hyperedge-agent", "0.1.0~SNAPSHOT", "all"),
                run("dpkg-deb", "--field", deb.toString(), "Package", "Version", "Architecture").lines()
                        .map(line -> line.substring(line.indexOf(':') + 1).strip()).toList());
        assertTrue(run("dpkg-deb", "--field", deb.toString(), "Depends").contains("java17-runtime-headless"),
                "it depends on a Java 17 runtime");
        assertEquals(List.of("/etc/hyperedge/agent.conf", "/etc/init.d/hyperedge-agent"),
                run("dpkg-deb", "--info", deb.toString(), "conffiles").lines().toList());
        List<String> contents = run("dpkg-deb", "--contents", deb.toString()).lines().toList();
        assertTrue(contents.stream().allMatch(line -> line.contains(" root/root ")), "every file is root's: " + contents);
        for (String executable : List.of("./usr/bin/hyperedge-agent", "./usr/lib/hyperedge-agent/supervise",
                "./etc/init.d/hyperedge-agent")) {
            assertTrue(contents.stream().anyMatch(line -> line.startsWith("-rwxr-xr-x") && line.endsWith(" " + executable)),
                    executable + " is executable: " + contents);
        }
        for (String file : List.of("./lib/systemd/system/hyperedge-agent.service", "./etc/hyperedge/agent.conf",
                "./usr/share/hyperedge-agent/hyperedge-agent.jar", "./usr/share/doc/hyperedge-agent/copyright")) {
            assertTrue(contents.stream().anyMatch(line -> line.startsWith("-rw-r--r--") && line.endsWith(" " + file)),
                    file + " is there, 0644: " + contents);
        }

        Path tree = dir.resolve("tree");
        run("dpkg-deb", "--extract", deb.toString(), tree.toString());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        assertTrue(run(java, "-jar", tree.resolve("usr/share/hyperedge-agent/hyperedge-agent.jar").toString(), "--help")
                .contains("Usage: hyperedge agent"), "java -jar runs the packaged agent on its packaged libraries");
    }

    private static boolean succeeds(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output.strip());
        }
        return output;
    }
}
