package org.hyperedge.agent.software;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.hyperedge.agent.partition.TenantTree;
import org.hyperedge.agent.partition.TenantTree.Owner;
import org.hyperedge.agent.partition.Wipe;
import org.hyperedge.agent.runtime.UnixUsers;
import org.hyperedge.agent.runtime.UnixUsers.Account;

/**
 * Install steps as the agent's build user: anyone who may author a release decides what they run, so they
 * run unprivileged ({@code setpriv}, no new privileges, no groups), with a clean environment (nothing of
 * the agent's), and may write only the release's software directory, which the build user owns while the
 * install lasts. The build user is made for the install and removed after it, with every process and
 * every file in /tmp of it; the directory is handed to root first (no set-id bits, no group or other
 * write), so no later install can change it.
 */
final class BuildUser {

    private static final long STEP_TIMEOUT_MINUTES = 30;
    private static final int MAX_DEPTH = 256;

    private final UnixUsers users;
    private Optional<Account> account = Optional.empty();

    BuildUser(UnixUsers users) {
        this.users = users;
    }

    /**
     * Makes the build user for an install that runs commands (none when the agent is not root: installs run as
     * the agent's user). An install of copies and zips only needs none: the agent puts the files in place.
     */
    void begin(boolean runsCommands) throws IOException {
        account = runsCommands ? users.freshBuildAccount() : Optional.empty();
    }

    /** Removes the build user once the install is done (or failed): no process of it, no file of it in /tmp. */
    void end() throws IOException {
        if (account.isPresent()) {
            account = Optional.empty();
            users.removeBuildAccount();
        }
    }

    Optional<Account> account() {
        return account;
    }

    Optional<Owner> owner() throws IOException {
        Optional<Account> account = account();
        return account.isPresent() ? Optional.of(Owner.named(account.get().name())) : Optional.empty();
    }

    /** Gives the new, empty software directory to the build user for the time of the install. */
    void lend(Path directory) throws IOException {
        Optional<Owner> owner = owner();
        if (owner.isPresent()) {
            PosixFileAttributeView view = Files.getFileAttributeView(directory, PosixFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS);
            view.setOwner(owner.get().user());
            view.setGroup(owner.get().group());
        }
    }

    /**
     * Runs one step's command in the software directory; {@code input} is its standard input (an artifact the
     * agent opened, as the build user cannot read the cache), or null. Its output goes to {@code log}.
     */
    void run(List<String> command, Path directory, File input, Path log) throws IOException {
        run(List.of(), command, directory, input, log);
    }

    /** A background step's command: at the lowest CPU priority, so a service starting beside it keeps the processor. */
    void runAtLowPriority(List<String> command, Path directory, Path log) throws IOException {
        run(List.of("nice", "-n", "19"), command, directory, null, log);
    }

    private void run(List<String> prefix, List<String> command, Path directory, File input, Path log) throws IOException {
        List<String> line = new ArrayList<>(prefix);
        account().ifPresent(a -> line.addAll(List.of("setpriv", "--reuid=" + a.uid(), "--regid=" + a.gid(), "--clear-groups",
                "--no-new-privs", "--")));
        line.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(line).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(input == null ? ProcessBuilder.Redirect.from(new File("/dev/null"))
                        : ProcessBuilder.Redirect.from(input));
        builder.environment().clear();
        builder.environment().put("PATH", HostCommands.SERVICE_PATH);
        builder.environment().put("HOME", directory.toString());
        builder.environment().put("TMPDIR", directory.toString());
        builder.environment().put("LANG", "C.UTF-8");
        Process process = builder.start();
        try {
            if (!process.waitFor(STEP_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("'" + String.join(" ", command) + "' ran longer than " + STEP_TIMEOUT_MINUTES + " minutes");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            users.endBuildProcesses(); // a step leaves nothing running behind it
        }
        if (process.exitValue() != 0) {
            throw new IOException("'" + String.join(" ", command) + "' exited with " + process.exitValue() + " (see " + log + ")");
        }
    }

    /**
     * Hands the installed directory to root: what the build user owns becomes root's, without set-id bits or
     * write for group and others, and special files it made (FIFOs, sockets) go. Links are never followed:
     * each directory is taken (its handle chowned and chmodded) before its entries are looked at, so from
     * then on only root changes them, even where the build user had let everyone write.
     */
    void handBack(Path directory) throws IOException {
        Optional<Owner> builder = owner();
        if (builder.isEmpty()) {
            return;
        }
        users.endBuildProcesses();
        var lookup = directory.getFileSystem().getUserPrincipalLookupService();
        Owner root = new Owner(lookup.lookupPrincipalByName("root"), lookup.lookupPrincipalByGroupName("root"));
        UserPrincipal build = builder.get().user();
        Deque<Frame> frames = new ArrayDeque<>();
        try {
            try (SecureDirectoryStream<Path> parent = TenantTree.handle(directory.getParent())) {
                frames.push(enter(TenantTree.openDirectory(parent, directory.getFileName()), build, root));
            }
            while (!frames.isEmpty()) {
                Frame frame = frames.peek();
                if (!frame.entries().hasNext()) {
                    frames.pop().directory().close();
                    continue;
                }
                Path name = frame.entries().next().getFileName();
                PosixFileAttributeView view = frame.directory().getFileAttributeView(name, PosixFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS);
                PosixFileAttributes attributes = view.readAttributes();
                if (attributes.isDirectory() && !build.equals(attributes.owner())) {
                    Wipe.remove(frame.directory(), name); // another user's, made where the build user let everyone write
                } else if (attributes.isDirectory()) {
                    if (frames.size() >= MAX_DEPTH) {
                        throw new IOException("the installed tree is deeper than " + MAX_DEPTH + " directories");
                    }
                    frames.push(enter(TenantTree.openDirectory(frame.directory(), name), build, root));
                } else if (!build.equals(attributes.owner()) || attributes.isSymbolicLink()) {
                    continue; // someone else's file (a hard link), or a link: it points, it grants nothing
                } else if (attributes.isRegularFile()) {
                    take(view, attributes, root);
                } else {
                    frame.directory().deleteFile(name);
                }
            }
        } finally {
            while (!frames.isEmpty()) {
                frames.pop().directory().close();
            }
        }
    }

    /** A directory taken (when the build user's) before its entries are read: from then on they hold still. */
    private static Frame enter(SecureDirectoryStream<Path> directory, UserPrincipal build, Owner root) throws IOException {
        try {
            PosixFileAttributeView own = directory.getFileAttributeView(PosixFileAttributeView.class);
            PosixFileAttributes attributes = own.readAttributes();
            if (build.equals(attributes.owner())) {
                take(own, attributes, root);
            }
            return new Frame(directory, directory.iterator());
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private record Frame(SecureDirectoryStream<Path> directory, Iterator<Path> entries) {
    }

    private static void take(PosixFileAttributeView view, PosixFileAttributes attributes, Owner root) throws IOException {
        Set<PosixFilePermission> mode = EnumSet.noneOf(PosixFilePermission.class);
        mode.addAll(attributes.permissions());
        mode.removeAll(Set.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE));
        view.setPermissions(mode); // first, and with a mode that has no set-id bits: they cannot be set here
        view.setOwner(root.user());
        view.setGroup(root.group());
    }
}
