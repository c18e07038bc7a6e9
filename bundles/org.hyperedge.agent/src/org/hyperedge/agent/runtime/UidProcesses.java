package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hyperedge.agent.runtime.UnixUsers.Account;

/**
 * The processes of a unix user, found by their uids in {@code /proc} (real, effective, saved or file-system:
 * a process that changed any of them to the user's is the user's), and their end. A service can leave its
 * session and process group ({@code setsid}, a double fork), but not its uid.
 */
final class UidProcesses {

    private static final Path PROC = Path.of("/proc");

    private UidProcesses() {
    }

    /** The live processes (zombies are only an exit status waiting to be read) whose uids include {@code uid}. */
    static List<Long> of(int uid) {
        List<Long> pids = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path entry : entries) {
                if (belongs(entry.resolve("status"), uid)) {
                    pids.add(Long.parseLong(entry.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the processes in /proc: " + e.getMessage(), e);
        }
        return pids;
    }

    /**
     * Kills every process of the account with SIGKILL, again until none is left: as the account itself
     * ({@code kill -KILL -1}, which reaches all of its processes at once, children being forked included),
     * and by pid from the agent. Fails naming the processes that outlived {@code patience}.
     */
    static void killAll(Account account, Duration patience) throws IOException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            List<Long> pids = of(account.uid());
            if (pids.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("process" + (pids.size() > 1 ? "es " : " ") + pids + " of user " + account.name()
                        + " outlived SIGKILL for " + patience.toSeconds() + " s");
            }
            killAsAccount(account);
            for (long pid : pids) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while ending the processes of " + account.name(), e);
            }
        }
    }

    private static void killAsAccount(Account account) throws IOException {
        Process kill = new ProcessBuilder("setpriv", "--reuid=" + account.uid(), "--regid=" + account.gid(), "--clear-groups",
                "--", "kill", "-s", "KILL", "--", "-1").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            kill.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean belongs(Path status, int uid) {
        String text;
        try {
            text = Files.readString(status, StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException gone) {
            return false;
        }
        boolean ours = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("State:") && line.substring(6).trim().startsWith("Z")) {
                return false;
            }
            if (line.startsWith("Uid:")) {
                for (String id : line.substring(4).trim().split("\\s+")) {
                    ours |= id.equals(Integer.toString(uid));
                }
            }
        }
        return ours;
    }
}
