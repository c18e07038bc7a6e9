package org.hyperedge.agent.partition;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * What the root agent does inside a directory tree a tenant can write (a partition, a release's software
 * directory while it installs), immune to the tenant's links. Every step is taken relative to a directory
 * handle that was opened without following links ({@code openat} with {@code O_NOFOLLOW}, which Java's
 * {@link SecureDirectoryStream} is on Linux), one path component at a time, so a link planted or swapped
 * in at any moment is never followed. Anything new is made in the agent's own staging directory, which
 * the tenant cannot reach, given its content, mode and owner there, and then renamed into place relative to
 * its handle ({@code renameat}): nothing that exists in the tenant's tree is ever written, chmodded or
 * chowned by path. The staging directory must be on the tree's file system.
 */
public final class TenantTree implements AutoCloseable {

    /** Who should own what is made: the partition's or the build user's account. */
    public record Owner(UserPrincipal user, GroupPrincipal group) {

        public static Owner named(String name) throws IOException {
            var lookup = Path.of("/").getFileSystem().getUserPrincipalLookupService();
            return new Owner(lookup.lookupPrincipalByName(name), lookup.lookupPrincipalByGroupName(name));
        }
    }

    private final SecureDirectoryStream<Path> root;
    private final Path staging;
    private final SecureDirectoryStream<Path> stagingHandle;

    private TenantTree(SecureDirectoryStream<Path> root, Path staging, SecureDirectoryStream<Path> stagingHandle) {
        this.root = root;
        this.staging = staging;
        this.stagingHandle = stagingHandle;
    }

    /**
     * The tree at {@code directory}, whose own path the tenant cannot change (its parent is the agent's);
     * {@code staging} is the agent's private directory for new files, created 0700 when missing.
     */
    public static TenantTree open(Path directory, Path staging) throws IOException {
        Files.createDirectories(staging);
        Files.setPosixFilePermissions(staging, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE));
        SecureDirectoryStream<Path> stagingHandle = handle(staging);
        try {
            SecureDirectoryStream<Path> parent = handle(directory.getParent());
            try (parent) {
                return new TenantTree(openDirectory(parent, directory.getFileName()), staging, stagingHandle);
            }
        } catch (IOException | RuntimeException e) {
            stagingHandle.close();
            throw e;
        }
    }

    /** Gives the tree's top directory its mode and owner (through its handle: {@code fchmod}, {@code fchown}). */
    public void setTop(Set<PosixFilePermission> mode, Optional<Owner> owner) throws IOException {
        apply(root.getFileAttributeView(PosixFileAttributeView.class), mode, owner);
    }

    /**
     * Makes sure {@code relative} is a directory of the tree, made with {@code mode} and {@code owner} where
     * missing, and where anything else (a link, a file) stood in its place. {@code fixExisting}: an existing
     * directory gets the mode and owner too.
     */
    public void directory(String relative, Set<PosixFilePermission> mode, Optional<Owner> owner, boolean fixExisting)
            throws IOException {
        List<Path> names = components(relative);
        try (Handles handles = walk(names, names.size(), mode, owner)) {
            if (fixExisting) {
                apply(handles.last().getFileAttributeView(PosixFileAttributeView.class), mode, owner);
            }
        }
    }

    /**
     * Writes a file at {@code relative} with {@code content}, {@code mode} and {@code owner}, replacing what
     * stood there (a link is replaced, never followed); missing directories on the way are made with
     * {@code directoryMode} and the owner.
     */
    public void write(String relative, byte[] content, Set<PosixFilePermission> mode, Optional<Owner> owner,
            Set<PosixFilePermission> directoryMode) throws IOException {
        write(relative, out -> out.write(content), mode, owner, directoryMode);
    }

    /** What writes a new file's content. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public void write(String relative, Content content, Set<PosixFilePermission> mode, Optional<Owner> owner,
            Set<PosixFilePermission> directoryMode) throws IOException {
        List<Path> names = components(relative);
        Path staged = Files.createTempFile(staging, ".file-", "");
        try {
            try (OutputStream out = Files.newOutputStream(staged)) {
                content.writeTo(out);
            }
            Files.setPosixFilePermissions(staged, mode);
            if (owner.isPresent()) {
                apply(Files.getFileAttributeView(staged, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS), mode, owner);
            }
            try (Handles handles = walk(names, names.size() - 1, directoryMode, owner)) {
                stagingHandle.move(staged.getFileName(), handles.last(), names.get(names.size() - 1));
            }
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    /**
     * Whether something (a link counts) is at {@code relative} inside {@code directory} (whose own path the
     * tenant cannot change), looked up without following any link.
     */
    public static boolean exists(Path directory, String relative) throws IOException {
        List<Path> names = components(relative);
        try (SecureDirectoryStream<Path> parent = handle(directory.getParent())) {
            SecureDirectoryStream<Path> at = openDirectory(parent, directory.getFileName());
            List<SecureDirectoryStream<Path>> opened = new ArrayList<>(List.of(at));
            try {
                for (int i = 0; i < names.size() - 1; i++) {
                    at = openDirectory(at, names.get(i));
                    opened.add(at);
                }
                at.getFileAttributeView(names.get(names.size() - 1), BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                        .readAttributes();
                return true;
            } catch (FileSystemException e) {
                return false; // missing, or a component is a link or a file: nothing is at that path inside the tree
            } finally {
                for (SecureDirectoryStream<Path> handle : opened) {
                    handle.close();
                }
            }
        }
    }

    /**
     * The content of the regular file at {@code relative} inside {@code directory} (whose own path the tenant cannot
     * change), read without following any link: a link, a FIFO, a directory or a file larger than {@code maxBytes}
     * the tenant put there reads as nothing, so the root agent never reads for a tenant what the tenant cannot.
     */
    public static Optional<byte[]> read(Path directory, String relative, int maxBytes) throws IOException {
        List<Path> names = components(relative);
        Path name = names.get(names.size() - 1);
        try (SecureDirectoryStream<Path> parent = handle(directory.getParent())) {
            SecureDirectoryStream<Path> at = openDirectory(parent, directory.getFileName());
            List<SecureDirectoryStream<Path>> opened = new ArrayList<>(List.of(at));
            try {
                for (int i = 0; i < names.size() - 1; i++) {
                    at = openDirectory(at, names.get(i));
                    opened.add(at);
                }
                var attributes = at.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                        .readAttributes();
                if (!attributes.isRegularFile() || attributes.size() > maxBytes) {
                    return Optional.empty();
                }
                SecureDirectoryStream<Path> last = at;
                // swapped for a FIFO after the check, the open would wait for a writer: the watchdog is that writer
                ScheduledFuture<?> unblock = WATCHDOG.schedule(() -> {
                    try (var writer = last.newByteChannel(name, Set.of(StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS))) {
                        // opened and closed, nothing written
                    } catch (IOException | RuntimeException e) {
                        // gone, or nothing was waiting
                    }
                }, 500, TimeUnit.MILLISECONDS);
                try (var channel = at.newByteChannel(name, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
                    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(maxBytes + 1);
                    while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                        // reads until the end or one byte past the bound
                    }
                    if (buffer.position() > maxBytes) {
                        return Optional.empty();
                    }
                    return Optional.of(java.util.Arrays.copyOf(buffer.array(), buffer.position()));
                } finally {
                    unblock.cancel(false);
                }
            } catch (FileSystemException e) {
                return Optional.empty(); // missing, or a component is a link or a file
            } finally {
                for (SecureDirectoryStream<Path> handle : opened) {
                    handle.close();
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            root.close();
        } finally {
            stagingHandle.close();
        }
    }

    /** The handles of the first {@code depth} directories of {@code names}, made where missing. */
    private Handles walk(List<Path> names, int depth, Set<PosixFilePermission> mode, Optional<Owner> owner)
            throws IOException {
        Handles handles = new Handles(root);
        try {
            for (int i = 0; i < depth; i++) {
                handles.add(enter(handles.last(), names.get(i), mode, owner));
            }
            return handles;
        } catch (IOException | RuntimeException e) {
            handles.close();
            throw e;
        }
    }

    /** The directory {@code name} in {@code parent}, made (or put in place of a non-directory) when need be. */
    private SecureDirectoryStream<Path> enter(SecureDirectoryStream<Path> parent, Path name, Set<PosixFilePermission> mode,
            Optional<Owner> owner) throws IOException {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return openDirectory(parent, name);
            } catch (NoSuchFileException missing) {
                place(parent, name, mode, owner);
            } catch (FileSystemException notADirectory) {
                // a link (ELOOP) or a file (ENOTDIR) where a directory belongs: its name is removed, never followed
                try {
                    parent.deleteFile(name);
                } catch (NoSuchFileException gone) {
                    // the tenant removed it meanwhile
                }
                place(parent, name, mode, owner);
            }
        }
        throw new IOException("'" + name + "' keeps changing while the agent makes it a directory");
    }

    private void place(SecureDirectoryStream<Path> parent, Path name, Set<PosixFilePermission> mode, Optional<Owner> owner)
            throws IOException {
        Path staged = Files.createTempDirectory(staging, ".dir-");
        try {
            Files.setPosixFilePermissions(staged, mode);
            apply(Files.getFileAttributeView(staged, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS), mode, owner);
            stagingHandle.move(staged.getFileName(), parent, name);
        } catch (FileSystemException raced) {
            // something appeared there meanwhile (a file, a link, a directory with content): the caller looks again
        } finally {
            if (Files.isDirectory(staged, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(staged);
            }
        }
    }

    private static void apply(PosixFileAttributeView view, Set<PosixFilePermission> mode, Optional<Owner> owner)
            throws IOException {
        if (owner.isPresent()) {
            view.setOwner(owner.get().user());
            view.setGroup(owner.get().group());
        }
        view.setPermissions(mode);
    }

    /** The plain names of a relative path; absolute paths, empty names, {@code .} and {@code ..} are refused. */
    static List<Path> components(String relative) {
        if (relative == null || relative.isBlank() || relative.startsWith("/")) {
            throw new IllegalArgumentException("path '" + relative + "' is not relative to the directory");
        }
        List<Path> names = new ArrayList<>();
        for (String name : relative.split("/+")) {
            if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("path '" + relative + "' must stay inside the directory (no '.', '..')");
            }
            names.add(Path.of(name));
        }
        return names;
    }

    /** A directory of a path the tenant cannot change, as a handle; refused where the platform has none. */
    public static SecureDirectoryStream<Path> handle(Path directory) throws IOException {
        DirectoryStream<Path> stream = Files.newDirectoryStream(directory);
        if (stream instanceof SecureDirectoryStream<Path> secure) {
            return secure;
        }
        stream.close();
        throw new IOException("this platform has no directory handles (openat): the agent cannot work safely in " + directory);
    }

    /** The handles opened on the way down, closed together. */
    private static final class Handles implements AutoCloseable {

        private final SecureDirectoryStream<Path> root;
        private final List<SecureDirectoryStream<Path>> opened = new ArrayList<>();

        Handles(SecureDirectoryStream<Path> root) {
            this.root = root;
        }

        void add(SecureDirectoryStream<Path> handle) {
            opened.add(handle);
        }

        SecureDirectoryStream<Path> last() {
            return opened.isEmpty() ? root : opened.get(opened.size() - 1);
        }

        @Override
        public void close() throws IOException {
            for (SecureDirectoryStream<Path> handle : opened) {
                handle.close();
            }
        }
    }

    /**
     * Opens the directory {@code name} of {@code parent} without following a link. Java opens it with
     * {@code openat(O_RDONLY|O_NOFOLLOW)}, which waits for a writer when the name is a FIFO the tenant
     * swapped in: should the open not return at once, the agent opens the same name for writing, which
     * ends that wait (the open then fails as not a directory) and changes nothing else.
     */
    public static SecureDirectoryStream<Path> openDirectory(SecureDirectoryStream<Path> parent, Path name) throws IOException {
        ScheduledFuture<?> unblock = WATCHDOG.schedule(() -> {
            try (var writer = parent.newByteChannel(name, Set.of(StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS))) {
                // opened and closed: a reader waiting on a FIFO goes on
            } catch (IOException | RuntimeException e) {
                // a directory (EISDIR) or gone: nothing was waiting
            }
        }, 500, TimeUnit.MILLISECONDS);
        try {
            return parent.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS);
        } finally {
            unblock.cancel(false);
        }
    }

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "hyperedge-agent-fifo-watchdog");
        thread.setDaemon(true);
        return thread;
    });
}
