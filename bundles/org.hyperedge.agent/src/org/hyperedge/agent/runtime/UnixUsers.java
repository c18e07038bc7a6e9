package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One unprivileged unix user per partition when the agent runs as root ({@code he} and eight hex digits
 * of the agent's directory and the partition, so two agents on one machine never share one). Without root
 * there are no accounts: services run as the agent's user.
 */
public final class UnixUsers {

    /** A partition's account. */
    public record Account(String name, int uid, int gid) {
    }

    private final boolean enabled;
    private final String agentDirectory;

    public UnixUsers(boolean enabled, Path agentDirectory) {
        this.enabled = enabled;
        this.agentDirectory = agentDirectory.toString();
    }

    public boolean enabled() {
        return enabled;
    }

    public synchronized Optional<Account> account(String reference) {
        if (!enabled) {
            return Optional.empty();
        }
        String name = name(reference);
        try {
            if (run("id", "-u", name).exit() != 0) {
                Result added = run("useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent", "--shell",
                        "/usr/sbin/nologin", "--user-group", name);
                if (added.exit() != 0 && run("id", "-u", name).exit() != 0) {
                    throw new IllegalStateException("cannot create the partition user " + name + ": " + added.output());
                }
            }
            int uid = Integer.parseInt(run("id", "-u", name).output().strip());
            int gid = Integer.parseInt(run("id", "-g", name).output().strip());
            return Optional.of(new Account(name, uid, gid));
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the partition user " + name + ": " + e.getMessage(), e);
        }
    }

    public synchronized void remove(String reference) {
        if (enabled) {
            try {
                run("userdel", name(reference));
            } catch (IOException e) {
                // a user left behind owns nothing once its partition is gone; the next use recreates it
            }
        }
    }

    /** Gives the file (never following a symbolic link) to the account. */
    public static void own(Path path, Account account) throws IOException {
        UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal user = lookup.lookupPrincipalByName(account.name());
        GroupPrincipal group = lookup.lookupPrincipalByGroupName(account.name());
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        view.setOwner(user);
        view.setGroup(group);
    }

    /** The command line that runs {@code command} as the account, in a session of its own. */
    public static List<String> asAccount(Optional<Account> account, List<String> command) {
        List<String> line = new java.util.ArrayList<>(List.of("setsid"));
        account.ifPresent(a -> line.addAll(List.of("setpriv", "--reuid=" + a.uid(), "--regid=" + a.gid(),
                "--clear-groups", "--no-new-privs", "--")));
        line.addAll(command);
        return line;
    }

    private String name(String reference) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((agentDirectory + "/" + reference).getBytes(StandardCharsets.UTF_8));
            return "he" + HexFormat.of().formatHex(digest, 0, 4);
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
