package org.hyperedge.agent.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.hyperedge.agent.runtime.UnixUsers.Account;
import org.hyperedge.agent.software.HostCommands;

/**
 * Runs a short command as an account (through {@code setpriv}, no new privileges, no supplementary groups)
 * with a clean environment, a time limit and a bound on what it may print: what the agent does with a
 * tenant's files when doing it as root could be turned against it (reading a file a link may lead
 * anywhere). Without accounts it runs as the agent's user, which is then the services' user too.
 */
public final class AsAccount {

    /** The exit status, standard output (at most the bound asked for) and the start of standard error. */
    public record Output(int exit, byte[] stdout, String stderr, boolean truncated) {
    }

    private AsAccount() {
    }

    public static Output run(Optional<Account> account, List<String> command, Path directory, Duration timeout, int maxBytes)
            throws IOException {
        List<String> line = new ArrayList<>();
        account.ifPresent(a -> line.addAll(List.of("setpriv", "--reuid=" + a.uid(), "--regid=" + a.gid(), "--clear-groups",
                "--no-new-privs", "--")));
        line.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(line).directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().clear();
        builder.environment().put("PATH", HostCommands.SERVICE_PATH);
        builder.environment().put("LANG", "C.UTF-8");
        Process process = builder.start();
        try {
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            Thread stderr = new Thread(() -> copy(process.getErrorStream(), errors, 4_096), "hyperedge-agent-stderr");
            stderr.setDaemon(true);
            stderr.start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long deadline = System.nanoTime() + timeout.toNanos();
            Thread reader = new Thread(() -> copy(process.getInputStream(), out, maxBytes + 1), "hyperedge-agent-stdout");
            reader.setDaemon(true);
            reader.start();
            reader.join(Math.max(1, timeout.toMillis()));
            boolean truncated = out.size() > maxBytes;
            if (reader.isAlive() || truncated) {
                process.destroyForcibly();
                if (!truncated) {
                    throw new IOException("'" + String.join(" ", command) + "' did not finish within " + timeout.toSeconds() + " s");
                }
            }
            if (!process.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS) && !truncated) {
                process.destroyForcibly();
                throw new IOException("'" + String.join(" ", command) + "' did not finish within " + timeout.toSeconds() + " s");
            }
            stderr.join(1_000);
            byte[] bytes = out.toByteArray();
            if (truncated) {
                bytes = java.util.Arrays.copyOf(bytes, maxBytes);
            }
            synchronized (errors) {
                return new Output(truncated ? 0 : process.exitValue(), bytes,
                        errors.toString(StandardCharsets.UTF_8).strip(), truncated);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out, int max) {
        byte[] buffer = new byte[8_192];
        try (in) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                synchronized (out) {
                    int room = max - out.size();
                    out.write(buffer, 0, Math.min(read, Math.max(room, 0)));
                    if (out.size() >= max) {
                        return;
                    }
                }
            }
        } catch (IOException e) {
            // the process was ended: what was read is kept
        }
    }
}
