package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.hyperedge.agent.runtime.UnixUsers.Account;

/**
 * The machine's users as the agent makes and removes them ({@code useradd}, {@code userdel}, /etc/passwd): a user is
 * made with a uid that runs no process, and removed only with all of its processes, its files in the directories
 * every user may write and its System V IPC objects. Which user is whose is {@link UnixUsers}'s business.
 */
final class SystemUsers {

    private static final Path PASSWD = Path.of("/etc/passwd");
    /** Several agents in one JVM (tests) change /etc/passwd one at a time: {@code useradd} waits a second on a lock it finds taken. */
    private static final Object PASSWD_WRITER = new Object();
    private static final Duration KILL_PATIENCE = Duration.ofSeconds(10);
    private static final int UID_ATTEMPTS = 20;
    private static final int LOWEST_SYSTEM_UID = 100;
    private static final int USERADD_PATIENCE_SECONDS = 30;
    private static final long LOCKED_PATIENCE_MS = 3_000;
    private static final long SPAWN_GRACE_MS = 300;

    private SystemUsers() {
    }

    /** Ends every process of the account, those that left their session included. */
    static void endProcesses(Account account) throws IOException {
        UidProcesses.killAll(account, KILL_PATIENCE);
    }

    /**
     * Removes the user, if it exists: every process of it ended, what it owns in the directories all users may write
     * and its System V IPC objects removed, then the user itself; fails naming what stopped it, and the user stays then.
     */
    static void remove(String name) throws IOException {
        Optional<Account> account = lookup(name);
        if (account.isEmpty()) {
            return;
        }
        UidProcesses.killAll(account.get(), KILL_PATIENCE);
        SharedDirectories.removeOwned(principal(name));
        SysvIpc.removeOwned(account.get().uid());
        Result deleted = changePasswd("userdel", name);
        if (lookup(name).isPresent()) {
            throw new IOException("cannot remove the user " + name + " (uid " + account.get().uid() + "): "
                    + deleted.output().strip());
        }
    }

    /**
     * Waits (at most {@value #USERADD_PATIENCE_SECONDS} s) while the user does not exist yet but a {@code useradd} of it
     * runs: one that an agent killed on its way had started goes on without it, and makes the user afterwards. A
     * moment more in any case: the JVM starts a program through a helper ({@code jspawnhelper}), which may not have
     * become {@code useradd} yet when the agent is killed.
     */
    static void settle(String name) {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(USERADD_PATIENCE_SECONDS);
        long grace = start + TimeUnit.MILLISECONDS.toNanos(SPAWN_GRACE_MS);
        while (lookup(name).isEmpty() && (System.nanoTime() < grace || useraddRuns(name)) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean useraddRuns(String name) {
        return ProcessHandle.allProcesses().anyMatch(process -> process.info().command().filter(c -> c.endsWith("/useradd"))
                .isPresent() && process.info().arguments().filter(a -> List.of(a).contains(name)).isPresent());
    }

    /** Makes the user; a uid that still runs a process is refused (the user is made again with another). */
    static Account create(String name) {
        try {
            Result added = changePasswd(useradd(name, -1));
            Optional<Account> made = lookup(name);
            Set<Integer> refused = new HashSet<>();
            for (int attempt = 0; made.isPresent(); attempt++) {
                String dirty = dirty(made.get());
                if (dirty == null) {
                    return made.get();
                }
                // a uid that still runs a process or owns a file would hand them to this user: take another
                refused.add(made.get().uid());
                changePasswd("userdel", name);
                if (attempt == UID_ATTEMPTS) {
                    throw new IllegalStateException("cannot create the user " + name + ": no free uid without processes or "
                            + "files found (the last, " + made.get().uid() + ", " + dirty + ")");
                }
                added = changePasswd(useradd(name, freeUidBelow(made.get().uid(), refused)));
                made = lookup(name);
            }
            throw new IllegalStateException("cannot create the user " + name + ": " + added.output().strip());
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the user " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Why the account's uid is not clean for a new user, or null when it is. Files are not searched here (the
     * whole of /tmp on every new tenant would cost seconds): a uid this agent gives back owns nothing there,
     * as {@link #remove} deletes the user only once its files there are gone.
     */
    static String dirty(Account account) {
        List<Long> processes = UidProcesses.of(account.uid());
        return processes.isEmpty() ? null : "still runs process" + (processes.size() > 1 ? "es " : " ") + processes;
    }

    private static String[] useradd(String name, int uid) {
        List<String> command = new ArrayList<>(List.of("useradd", "--system", "--no-create-home", "--home-dir",
                "/nonexistent", "--shell", "/usr/sbin/nologin", "--user-group"));
        if (uid >= 0) {
            command.addAll(List.of("--uid", Integer.toString(uid)));
        }
        command.add(name);
        return command.toArray(String[]::new);
    }

    private static int freeUidBelow(int uid, Set<Integer> refused) throws IOException {
        Set<Integer> taken = new HashSet<>(refused);
        for (String line : Files.readAllLines(PASSWD, StandardCharsets.UTF_8)) {
            String[] fields = line.split(":");
            if (fields.length > 2 && fields[2].matches("\\d+")) {
                taken.add(Integer.parseInt(fields[2]));
            }
        }
        for (int candidate = uid - 1; candidate >= LOWEST_SYSTEM_UID; candidate--) {
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
        throw new IOException("no free system uid below " + uid);
    }

    /** The local user of that name ({@code useradd} writes /etc/passwd). */
    static Optional<Account> lookup(String name) {
        try {
            for (String line : Files.readAllLines(PASSWD, StandardCharsets.UTF_8)) {
                String[] fields = line.split(":");
                if (fields.length > 3 && fields[0].equals(name)) {
                    return Optional.of(new Account(name, Integer.parseInt(fields[2]), Integer.parseInt(fields[3])));
                }
            }
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("cannot read the users in " + PASSWD + ": " + e.getMessage(), e);
        }
    }

    private static UserPrincipal principal(String name) throws IOException {
        return PASSWD.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(name);
    }

    private record Result(int exit, String output) {
    }

    /**
     * {@code useradd} or {@code userdel}, one at a time in this JVM; again for up to {@value #LOCKED_PATIENCE_MS} ms while
     * another program (another agent on the machine) holds /etc/passwd's lock: they give up at once when they find it taken.
     */
    private static Result changePasswd(String... command) throws IOException {
        synchronized (PASSWD_WRITER) {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LOCKED_PATIENCE_MS);
            while (true) {
                Result result = run(command);
                if (result.exit() == 0 || !result.output().contains(".lock") || System.nanoTime() > deadline) {
                    return result;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return result;
                }
            }
        }
    }

    private static Result run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(USERADD_PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return new Result(process.exitValue(), output);
    }
}
