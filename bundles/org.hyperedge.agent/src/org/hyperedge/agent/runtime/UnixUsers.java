package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The unprivileged unix users of an agent that runs as root: one per tenant of a partition, and one build user
 * for install steps ({@code hb} and eight hex digits of the agent's directory), which lives only as long as an
 * install. Without root there are no accounts: services and installs run as the agent's user.
 *
 * <p>A tenant's account is not named after its partition: {@code he}, eight hex digits of the agent's directory
 * (two agents on one machine never share one) and a serial number, never given twice. Which account is whose is
 * the agent's own record ({@link AccountBook}, root's, 0600 in its private directory), never read from a partition.
 * Making a user ({@code useradd}: a lock, eight files rewritten and forced to disk) costs 60-220 ms, so the agent
 * keeps a few <em>spare</em> accounts made ahead, in the background, once it starts and after each destroy or new
 * tenant ({@link #keepSpares}): as many as it has free partitions, at most {@value #MAX_SPARES}. A new tenant takes
 * a spare, checked first (it still exists and no process runs as its uid), and the agent makes one only when none
 * is left. A spare never hosted anything; a clean stop of the agent removes its spares ({@link #close}).
 *
 * <p>A user is removed only once none of its processes is left and it owns nothing in the directories every
 * user may write; a user that cannot be removed is an error naming why, and keeps its uid. So a uid this
 * agent gives back owns no process and no file there, and no account is made or given with a uid that still
 * runs a process (such a uid is skipped). A destroyed tenant's account goes with it; the partition's next tenant
 * has another.
 *
 * <p>Crashes: a name is recorded {@code unchecked} (forced to disk) before {@code useradd} runs, and as a tenant's
 * before the tenant gets it, so an agent killed at any point leaves no account it does not know of, and none it
 * may take for a spare that was ever a tenant's. At the next start, unchecked accounts are checked again (once a
 * {@code useradd} the killed agent left running is over): made and clean, they are spares; otherwise they are
 * removed.
 *
 * <p>Older agents named a partition's account after the partition ({@code he} and eight hex digits of the agent's
 * directory and the partition): such an account is still its tenant's, until the tenant is destroyed.
 */
public final class UnixUsers implements AutoCloseable {

    /** A partition's (or the build) account. */
    public record Account(String name, int uid, int gid) {
    }

    /** Spares kept at most: enough for a destroy and a new tenant, or two new tenants at once, without many idle users. */
    static final int MAX_SPARES = 2;
    /** Spares are made a moment after the change that wants them, so they do not compete with a service starting. */
    private static final long REFILL_DELAY_MS = 1_000;
    private static final long RETRY_DELAY_MS = 10_000;

    private final boolean enabled;
    private final String agentDirectory;
    private final String prefix;
    private final Path privateRoot;
    private AccountBook book;
    private int partitions;
    private ScheduledExecutorService spareMaker;
    private boolean refillScheduled;
    /** Names being made now (by a tenant's start or by the spare maker): unchecked, but not to be checked yet. */
    private final Set<String> making = new HashSet<>();

    public UnixUsers(boolean enabled, Path agentDirectory) {
        this.enabled = enabled;
        this.agentDirectory = agentDirectory.toString();
        this.prefix = "he" + hash(this.agentDirectory);
        this.privateRoot = agentDirectory.resolve("private");
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * Keeps spare accounts for the node's {@code partitions} from now on, made in the background; the agent calls it
     * once it starts. Accounts an agent killed on the way left (spares, unchecked) are checked first: spares again
     * when they exist and no process runs as them, removed otherwise.
     */
    public synchronized void keepSpares(int partitions) {
        if (!enabled || spareMaker != null) {
            return;
        }
        this.partitions = partitions;
        ScheduledThreadPoolExecutor maker = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "hyperedge-agent-spare-accounts");
            thread.setDaemon(true);
            return thread;
        });
        // at a stop, a spare being made is finished and recorded (never interrupted: useradd would go on unseen)
        maker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        spareMaker = maker;
        List<String> left = book().spares();
        if (!left.isEmpty()) {
            left.forEach(book::unchecked); // kept by the agent's last run (killed, not stopped): checked before any is taken
            book.save();
        }
        refillScheduled = true;
        spareMaker.schedule(this::refill, 0, TimeUnit.MILLISECONDS);
    }

    /** How this agent's tenants' account names begin. */
    String prefix() {
        return prefix;
    }

    /** The spare accounts' names, oldest first. */
    synchronized List<String> spares() {
        return book().spares();
    }

    /**
     * The partition's account: its tenant's (one an older agent named after the partition is recorded as the
     * tenant's from now on), or a new one when none is recorded or the recorded one is gone.
     */
    public Optional<Account> account(String reference) {
        if (!enabled) {
            return Optional.empty();
        }
        Optional<Account> known = existing(reference);
        synchronized (this) {
            if (known.isPresent() && book.tenant(reference).isEmpty()) {
                book.assign(reference, known.get().name());
                book.save();
            } else if (known.isEmpty() && book.tenant(reference).isPresent()) {
                book.unassign(reference);
                book.save();
            }
        }
        return known.isPresent() ? known : Optional.of(assign(reference));
    }

    /**
     * The account of a new tenant of the partition: an account left by a previous tenant (a removal that failed, an
     * agent killed while destroying) is removed first, with its processes and files; then the tenant takes a spare,
     * or an account is made for it when none is left.
     */
    public Optional<Account> freshAccount(String reference) throws IOException {
        if (!enabled) {
            return Optional.empty();
        }
        remove(reference);
        return Optional.of(assign(reference));
    }

    /** The partition's account if it exists; never makes one. */
    public Optional<Account> existing(String reference) {
        if (!enabled) {
            return Optional.empty();
        }
        Optional<String> name;
        synchronized (this) {
            name = book().tenant(reference);
        }
        return name.isPresent() ? SystemUsers.lookup(name.get()) : SystemUsers.lookup(legacyName(reference));
    }

    /**
     * The agent's build user for one install, made anew (a user left by an install the agent was killed in is
     * removed first, with its processes and files); {@link #removeBuildAccount} when the install is done.
     */
    public Optional<Account> freshBuildAccount() throws IOException {
        if (!enabled) {
            return Optional.empty();
        }
        SystemUsers.remove(buildName());
        return Optional.of(SystemUsers.create(buildName()));
    }

    /** Removes the build user as {@link #remove} does a partition's: its processes, its files in /tmp and kin, itself. */
    public void removeBuildAccount() throws IOException {
        if (enabled) {
            SystemUsers.remove(buildName());
        }
    }

    /** Ends every process of the partition's user, those that left the service's session included. */
    public void endProcesses(String reference) throws IOException {
        Optional<Account> account = existing(reference);
        if (account.isPresent()) {
            SystemUsers.endProcesses(account.get());
        }
    }

    /** Ends every process of the build user (an install step may not leave one behind). */
    public void endBuildProcesses() throws IOException {
        Optional<Account> account = enabled ? SystemUsers.lookup(buildName()) : Optional.empty();
        if (account.isPresent()) {
            SystemUsers.endProcesses(account.get());
        }
    }

    /**
     * Removes the partition's user: every process of it ended, what it owns in the directories all users may
     * write and its System V IPC objects removed, then the user itself; fails naming what stopped it, and the user
     * stays then. The partition is free again: a spare is made for it.
     */
    public void remove(String reference) throws IOException {
        if (!enabled) {
            return;
        }
        Optional<String> name;
        synchronized (this) {
            name = book().tenant(reference);
        }
        if (name.isPresent()) {
            SystemUsers.remove(name.get());
            synchronized (this) {
                book.unassign(reference);
                book.save();
            }
            refillSoon();
        }
        SystemUsers.remove(legacyName(reference));
    }

    /** Removes the spare accounts (and those left unchecked): whoever ran an agent only for a while cleans up so. */
    public void removeSpares() throws IOException {
        if (!enabled) {
            return;
        }
        List<String> names;
        synchronized (this) {
            names = new ArrayList<>(book().spares());
            names.addAll(book.unchecked());
            names.removeAll(making);
            names.forEach(book::unchecked); // recorded as unchecked until gone: a removal that fails is tried again
        }
        if (names.isEmpty()) {
            return;
        }
        IOException failed = null;
        for (String name : names) {
            try {
                SystemUsers.settle(name);
                SystemUsers.remove(name);
                synchronized (this) {
                    book.forget(name);
                }
            } catch (IOException e) {
                failed = failed == null ? e : failed;
            }
        }
        synchronized (this) {
            book.save();
        }
        if (failed != null) {
            throw failed;
        }
    }

    /**
     * Removes every account of the agent: its tenants' (their processes ended), its spares and its build user. For
     * whoever ran an agent only for a while (a test, a benchmark), once the agent is gone.
     */
    public void removeAll() throws IOException {
        if (!enabled) {
            return;
        }
        stopMakingSpares();
        List<String> tenants;
        synchronized (this) {
            tenants = book().tenants();
        }
        for (String name : tenants) {
            SystemUsers.remove(name);
            synchronized (this) {
                book.forget(name);
                book.save();
            }
        }
        removeSpares();
        removeBuildAccount();
    }

    /** Stops making spares, and removes those made: a spare outlives no agent that stops cleanly. */
    @Override
    public void close() throws IOException {
        if (enabled) {
            stopMakingSpares();
            removeSpares();
        }
    }

    /** Makes no more spares (one being made is finished first); those made stay. */
    void stopMakingSpares() {
        ScheduledExecutorService maker;
        synchronized (this) {
            maker = spareMaker;
            partitions = 0;
        }
        if (maker != null) {
            maker.shutdown();
            try {
                maker.awaitTermination(30, TimeUnit.SECONDS); // a useradd under way is finished and recorded
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A spare for the partition's tenant, checked, or an account made now when no spare is left. */
    private Account assign(String reference) {
        while (true) {
            Optional<String> spare;
            synchronized (this) {
                spare = book().takeSpare();
            }
            if (spare.isEmpty()) {
                break;
            }
            Optional<Account> account = SystemUsers.lookup(spare.get());
            if (account.isPresent() && SystemUsers.dirty(account.get()) == null) {
                synchronized (this) {
                    book.assign(reference, spare.get());
                    book.save();
                }
                refillSoon();
                return account.get();
            }
            // gone, or a process runs as it (someone else's doing): never a tenant's; checked again in the background
            synchronized (this) {
                book.unchecked(spare.get());
                book.save();
            }
            refillSoon();
        }
        String name = reserve();
        try {
            Account made = SystemUsers.create(name);
            synchronized (this) {
                book.assign(reference, name);
                book.save();
            }
            refillSoon();
            return made;
        } finally {
            made(name);
        }
    }

    /** A new name, recorded unchecked (forced to disk) before any useradd makes it. */
    private synchronized String reserve() {
        String name = book().reserve(prefix);
        book.save();
        making.add(name);
        return name;
    }

    /** The making of the name is over: when it failed (the user does not exist), the name is forgotten. */
    private synchronized void made(String name) {
        making.remove(name);
        if (book.unchecked().contains(name) && SystemUsers.lookup(name).isEmpty()) {
            book.forget(name);
            book.save();
        }
    }

    private synchronized void refillSoon() {
        if (spareMaker != null && !refillScheduled && !spareMaker.isShutdown()) {
            refillScheduled = true;
            spareMaker.schedule(this::refill, REFILL_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** Checks the unchecked accounts (spares if clean, removed if not), then makes spares up to the target. */
    private void refill() {
        synchronized (this) {
            refillScheduled = false;
        }
        try {
            List<String> unchecked;
            synchronized (this) {
                unchecked = book().unchecked();
            }
            for (String name : unchecked) {
                check(name);
            }
            while (true) {
                synchronized (this) {
                    if (book.spares().size() + making.size() >= Math.min(MAX_SPARES, partitions - book.tenantCount())) {
                        return;
                    }
                }
                String name = reserve();
                try {
                    SystemUsers.create(name);
                    synchronized (this) {
                        book.spare(name);
                        book.save();
                    }
                } finally {
                    made(name);
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("hyperedge-agent: cannot make a spare account (tried again in a while; a new tenant's is "
                    + "made when it starts): " + e.getMessage());
            synchronized (this) {
                if (!spareMaker.isShutdown() && !refillScheduled) {
                    refillScheduled = true;
                    spareMaker.schedule(this::refill, RETRY_DELAY_MS, TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    /** An unchecked account: a spare when it exists and no process runs as it; otherwise removed and forgotten. */
    private void check(String name) throws IOException {
        synchronized (this) {
            if (making.contains(name) || !book.unchecked().contains(name)) {
                return;
            }
        }
        SystemUsers.settle(name);
        Optional<Account> account = SystemUsers.lookup(name);
        if (account.isPresent() && SystemUsers.dirty(account.get()) == null) {
            synchronized (this) {
                book.spare(name);
                book.save();
            }
            return;
        }
        SystemUsers.remove(name);
        synchronized (this) {
            book.forget(name);
            book.save();
        }
    }

    private AccountBook book() {
        if (book == null) {
            book = AccountBook.load(privateRoot);
        }
        return book;
    }

    /** The command line that runs {@code command} as the account, in a session of its own. */
    public static List<String> asAccount(Optional<Account> account, List<String> command) {
        List<String> line = new ArrayList<>(List.of("setsid"));
        account.ifPresent(a -> line.addAll(List.of("setpriv", "--reuid=" + a.uid(), "--regid=" + a.gid(),
                "--clear-groups", "--no-new-privs", "--")));
        line.addAll(command);
        return line;
    }

    /** The name older agents gave the partition's account. */
    private String legacyName(String reference) {
        return "he" + hash(agentDirectory + "/" + reference);
    }

    private String buildName() {
        return "hb" + hash(agentDirectory);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
