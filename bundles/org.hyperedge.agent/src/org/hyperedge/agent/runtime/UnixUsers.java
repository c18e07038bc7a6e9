package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The unprivileged unix users of an agent that runs as root: one per partition ({@code he} and eight hex
 * digits of the agent's directory and the partition, so two agents on one machine never share one) and
 * one build user for install steps ({@code hb} and eight hex digits of the agent's directory), which lives
 * only as long as an install. Without root there are no accounts: services and installs run as the agent's
 * user.
 *
 * <p>A user is removed only once none of its processes is left and it owns nothing in the directories every
 * user may write; a user that cannot be removed is an error naming why, and keeps its uid. So a uid this
 * agent gives back owns no process and no file there, and a new tenant is given no uid that still runs a
 * process (such a uid is skipped).
 */
public final class UnixUsers {

    /** A partition's (or the build) account. */
    public record Account(String name, int uid, int gid) {
    }

    private static final Path PASSWD = Path.of("/etc/passwd");
    private static final Duration KILL_PATIENCE = Duration.ofSeconds(10);
    private static final int UID_ATTEMPTS = 20;
    private static final int LOWEST_SYSTEM_UID = 100;

    private final boolean enabled;
    private final String agentDirectory;

    public UnixUsers(boolean enabled, Path agentDirectory) {
        this.enabled = enabled;
        this.agentDirectory = agentDirectory.toString();
    }

    public boolean enabled() {
        return enabled;
    }

    /** The partition's account, created when missing. */
    public synchronized Optional<Account> account(String reference) {
        return enabled ? Optional.of(ensure(name("", reference))) : Optional.empty();
    }

    /**
     * The account of a new tenant of the partition: a user left by a previous tenant (a removal that failed,
     * an agent killed while destroying) is removed first, with its processes and files, then the account is
     * made anew.
     */
    public synchronized Optional<Account> freshAccount(String reference) throws IOException {
        if (!enabled) {
            return Optional.empty();
        }
        remove(reference);
        return Optional.of(ensure(name("", reference)));
    }

    /** The partition's account if it exists; never makes one. */
    public Optional<Account> existing(String reference) {
        return enabled ? lookup(name("", reference)) : Optional.empty();
    }

    /**
     * The agent's build user for one install, made anew (a user left by an install the agent was killed in is
     * removed first, with its processes and files); {@link #removeBuildAccount} when the install is done.
     */
    public synchronized Optional<Account> freshBuildAccount() throws IOException {
        if (!enabled) {
            return Optional.empty();
        }
        removeUser(name("b", "build"));
        return Optional.of(ensure(name("b", "build")));
    }

    /** Removes the build user as {@link #remove} does a partition's: its processes, its files in /tmp and kin, itself. */
    public synchronized void removeBuildAccount() throws IOException {
        if (enabled) {
            removeUser(name("b", "build"));
        }
    }

    /** Ends every process of the partition's user, those that left the service's session included. */
    public synchronized void endProcesses(String reference) throws IOException {
        Optional<Account> account = existing(reference);
        if (account.isPresent()) {
            UidProcesses.killAll(account.get(), KILL_PATIENCE);
        }
    }

    /** Ends every process of the build user (an install step may not leave one behind). */
    public synchronized void endBuildProcesses() throws IOException {
        Optional<Account> account = enabled ? lookup(name("b", "build")) : Optional.empty();
        if (account.isPresent()) {
            UidProcesses.killAll(account.get(), KILL_PATIENCE);
        }
    }

    /**
     * Removes the partition's user: every process of it ended, what it owns in the directories all users may
     * write and its System V IPC objects removed, then the user itself; fails naming what stopped it, and the user stays then.
     */
    public synchronized void remove(String reference) throws IOException {
        if (enabled) {
            removeUser(name("", reference));
        }
    }

    private void removeUser(String name) throws IOException {
        Optional<Account> account = lookup(name);
        if (account.isEmpty()) {
            return;
        }
        UidProcesses.killAll(account.get(), KILL_PATIENCE);
        SharedDirectories.removeOwned(principal(name));
        SysvIpc.removeOwned(account.get().uid());
        Result deleted = run("userdel", name);
        if (lookup(name).isPresent()) {
            throw new IOException("cannot remove the user " + name + " (uid " + account.get().uid() + "): "
                    + deleted.output().strip());
        }
    }

    /** The command line that runs {@code command} as the account, in a session of its own. */
    public static List<String> asAccount(Optional<Account> account, List<String> command) {
        List<String> line = new ArrayList<>(List.of("setsid"));
        account.ifPresent(a -> line.addAll(List.of("setpriv", "--reuid=" + a.uid(), "--regid=" + a.gid(),
                "--clear-groups", "--no-new-privs", "--")));
        line.addAll(command);
        return line;
    }

    private Account ensure(String name) {
        Optional<Account> known = lookup(name);
        if (known.isPresent()) {
            return known.get();
        }
        try {
            Result added = run(useradd(name, -1));
            Optional<Account> made = lookup(name);
            Set<Integer> refused = new HashSet<>();
            for (int attempt = 0; made.isPresent(); attempt++) {
                String dirty = dirty(made.get());
                if (dirty == null) {
                    return made.get();
                }
                // a uid that still runs a process or owns a file would hand them to this user: take another
                refused.add(made.get().uid());
                run("userdel", name);
                if (attempt == UID_ATTEMPTS) {
                    throw new IllegalStateException("cannot create the user " + name + ": no free uid without processes or "
                            + "files found (the last, " + made.get().uid() + ", " + dirty + ")");
                }
                added = run(useradd(name, freeUidBelow(made.get().uid(), refused)));
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
    private static String dirty(Account account) {
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
    private static Optional<Account> lookup(String name) {
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

    private String name(String kind, String what) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((kind.isEmpty() ? agentDirectory + "/" + what : agentDirectory).getBytes(StandardCharsets.UTF_8));
            return "h" + (kind.isEmpty() ? "e" : kind) + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
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
