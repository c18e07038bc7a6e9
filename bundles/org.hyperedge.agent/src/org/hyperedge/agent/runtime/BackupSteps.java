package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hyperedge.agent.backup.BackupStore;
import org.hyperedge.agent.partition.TemplateRenderer;
import org.hyperedge.agent.partition.TenantTree;
import org.hyperedge.agent.runtime.UnixUsers.Account;
import org.hyperedge.protocol.release.BackupSpec;
import org.hyperedge.protocol.release.SoftwareTypeDescriptor.PromiseSpec;

/**
 * The declared backup and restore commands of a software type, run in the partition as its user with the file's
 * path in {@code HYPEREDGE_BACKUP_FILE} (the partition's {@code tmp/}). The root agent reads the file the backup
 * wrote, and puts the file a restore reads, through directory handles that never follow the tenant's links
 * ({@link TenantTree}): a tenant that links its backup file to {@code /etc/shadow} gets an error, not the file.
 */
final class BackupSteps {

    /** Long enough for a large database's dump or restore; a hung one is ended and reported. */
    private static final Duration LIMIT = Duration.ofHours(2);
    /** How long a restore waits for the new instance's TCP promises to answer (a fresh cluster's initdb first). */
    private static final Duration SERVICE_UP = Duration.ofMinutes(3);
    private static final String BACKUP_NAME = "hyperedge-backup";
    private static final String RESTORE_NAME = "hyperedge-restore";

    private BackupSteps() {
    }

    /** Runs the backup command and keeps its file in the store; throws with why it failed. */
    static BackupStore.Kept backUp(RuntimeContext context, String reference, Optional<Account> account, BackupSpec spec,
            TemplateRenderer renderer, BackupStore store) throws IOException {
        Path partition = context.layout().directory(reference);
        try (SecureDirectoryStream<Path> tmp = tmp(partition)) {
            deleteQuietly(tmp, BACKUP_NAME);
            run("backup", spec.command(), account, partition, renderer, partition.resolve("tmp").resolve(BACKUP_NAME));
            PosixFileAttributes attributes = tmp.getFileAttributeView(Path.of(BACKUP_NAME), PosixFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS).readAttributes();
            if (!attributes.isRegularFile()) {
                throw new IOException("the backup command left no regular file at $HYPEREDGE_BACKUP_FILE (a link or "
                        + "something else is there): refused");
            }
            try (InputStream in = Channels.newInputStream(tmp.newByteChannel(Path.of(BACKUP_NAME),
                    Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)))) {
                return store.keep(in);
            } finally {
                deleteQuietly(tmp, BACKUP_NAME);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("the backup command wrote no file at $HYPEREDGE_BACKUP_FILE");
        }
    }

    /**
     * Restores {@code file} (checked by the caller) into the running instance: waits for its TCP promises to answer,
     * puts the file in the partition for its user, runs the restore command, removes the file.
     */
    static void restore(RuntimeContext context, String reference, Optional<Account> account, BackupSpec spec,
            List<PromiseSpec> promises, TemplateRenderer renderer, Path file) throws IOException {
        Path partition = context.layout().directory(reference);
        waitForService(promises, renderer);
        Optional<TenantTree.Owner> owner = account.isPresent() ? Optional.of(TenantTree.Owner.named(account.get().name()))
                : Optional.empty();
        try (TenantTree tree = TenantTree.open(partition, PartitionFiles.staging(context))) {
            tree.write("tmp/" + RESTORE_NAME, out -> Files.copy(file, out), PosixFilePermissions.fromString("rw-------"),
                    owner, PosixFilePermissions.fromString("rwx------"));
        }
        try {
            run("restore", spec.restore(), account, partition, renderer, partition.resolve("tmp").resolve(RESTORE_NAME));
        } finally {
            try (SecureDirectoryStream<Path> tmp = tmp(partition)) {
                deleteQuietly(tmp, RESTORE_NAME);
            }
        }
    }

    private static void run(String what, List<String> command, Optional<Account> account, Path partition,
            TemplateRenderer renderer, Path file) throws IOException {
        List<String> line = new ArrayList<>(List.of("env", "HYPEREDGE_BACKUP_FILE=" + file, "HYPEREDGE_PARTITION=" + partition,
                "HOME=" + partition));
        line.addAll(ShellCommand.processLine(renderer, command));
        AsAccount.Output output = AsAccount.run(account, line, partition, LIMIT, 4_096);
        if (output.exit() != 0) {
            String said = !output.stderr().isEmpty() ? output.stderr()
                    : new String(output.stdout(), StandardCharsets.UTF_8).strip();
            throw new IOException("the " + what + " command exited with " + output.exit()
                    + (said.isEmpty() ? "" : ": " + said.lines().findFirst().orElse("").strip()));
        }
    }

    /** Until every TCP promise of the type accepts a connection: the service the restore talks to is up. */
    private static void waitForService(List<PromiseSpec> promises, TemplateRenderer renderer) throws IOException {
        long deadline = System.nanoTime() + SERVICE_UP.toNanos();
        for (PromiseSpec promise : promises) {
            if (promise.kind() != PromiseSpec.Kind.TCP) {
                continue;
            }
            String target = renderer.render(promise.target());
            int colon = target.lastIndexOf(':');
            InetSocketAddress address = new InetSocketAddress(target.substring(0, colon),
                    Integer.parseInt(target.substring(colon + 1)));
            while (true) {
                try (Socket socket = new Socket()) {
                    socket.connect(address, 1_000);
                    break;
                } catch (IOException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IOException("the service did not listen on " + target + " within "
                                + SERVICE_UP.toMinutes() + " minutes: nothing restored");
                    }
                    sleep(200);
                }
            }
        }
    }

    private static SecureDirectoryStream<Path> tmp(Path partition) throws IOException {
        try (SecureDirectoryStream<Path> parent = TenantTree.handle(partition.getParent())) {
            try (SecureDirectoryStream<Path> top = TenantTree.openDirectory(parent, partition.getFileName())) {
                return TenantTree.openDirectory(top, Path.of("tmp"));
            }
        }
    }

    private static void deleteQuietly(SecureDirectoryStream<Path> directory, String name) {
        try {
            directory.deleteFile(Path.of(name));
        } catch (IOException e) {
            // nothing there (or a directory the tenant made: the command then fails to write its file)
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }
}
