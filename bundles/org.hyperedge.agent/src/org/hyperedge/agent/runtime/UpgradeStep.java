package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hyperedge.agent.runtime.UnixUsers.Account;
import org.hyperedge.protocol.release.SoftwareTypeDescriptor;

/**
 * The new version's declared upgrade step, run in the partition as the partition's user while no process of the
 * instance runs: the command line of the software type's {@code upgrade}, with the versions and software
 * directories of both sides in its environment ({@code HYPEREDGE_FROM_VERSION}, {@code HYPEREDGE_TO_VERSION},
 * {@code HYPEREDGE_FROM_SOFTWARE}, {@code HYPEREDGE_TO_SOFTWARE}, {@code HYPEREDGE_PARTITION}). No step, no work.
 */
final class UpgradeStep {

    /** Long enough for a database's data to be converted, short enough that a hung step is noticed. */
    private static final Duration LIMIT = Duration.ofMinutes(10);

    private UpgradeStep() {
    }

    /** Null when the step passed (or there is none), else why it failed. */
    static String run(SoftwareTypeDescriptor type, Optional<Account> account, Path partition, RunningRelease from,
            String toVersion, Path toSoftware) {
        if (type == null || type.upgrade().isEmpty()) {
            return null;
        }
        List<String> line = new ArrayList<>(List.of("env", "HYPEREDGE_FROM_VERSION=" + from.release().version(),
                "HYPEREDGE_TO_VERSION=" + toVersion, "HYPEREDGE_FROM_SOFTWARE=" + from.software(),
                "HYPEREDGE_TO_SOFTWARE=" + toSoftware, "HYPEREDGE_PARTITION=" + partition, "HOME=" + partition));
        line.addAll(type.upgrade());
        try {
            AsAccount.Output output = AsAccount.run(account, line, partition, LIMIT, 4_096);
            if (output.exit() == 0) {
                return null;
            }
            String said = !output.stderr().isEmpty() ? output.stderr()
                    : new String(output.stdout(), StandardCharsets.UTF_8).strip();
            return "the upgrade step exited with " + output.exit()
                    + (said.isEmpty() ? "" : ": " + said.lines().findFirst().orElse("").strip());
        } catch (IOException e) {
            return "the upgrade step did not run: " + e.getMessage();
        }
    }
}
