package org.hyperedge.master.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another local user of the master's machine, with no privilege: a system account made for the tests (as root),
 * whose commands run through {@code setpriv} with its uid and gid and no supplementary group.
 */
final class LocalIntruder {

    static final String USER = "he-intruder";

    /** What a command run as the intruder did. */
    record Run(int exit, String output) {
    }

    private LocalIntruder() {
    }

    static boolean canBeMade() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Makes the account the first time (idempotent). */
    static void ensureExists() throws IOException, InterruptedException {
        if (run(List.of("id", "-u", USER), false).exit() != 0) {
            Run made = run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER), false);
            if (made.exit() != 0 && run(List.of("id", "-u", USER), false).exit() != 0) {
                throw new IOException("cannot make the test user " + USER + ": " + made.output());
            }
        }
    }

    /** Runs the command as the intruder; its standard output and error together. */
    static Run runAs(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of("setpriv", "--reuid", USER, "--regid", USER, "--clear-groups", "--"));
        full.addAll(List.of(command));
        return run(full, true);
    }

    private static Run run(List<String> command, boolean check) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " ran longer than 60 s");
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
