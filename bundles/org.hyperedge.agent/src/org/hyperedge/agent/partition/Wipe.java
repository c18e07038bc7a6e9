package org.hyperedge.agent.partition;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.UUID;

/**
 * Removes a directory tree a tenant may have written, as root, without ever following a link: every name
 * is removed relative to a handle of the directory that holds it ({@code unlinkat}), and directories are
 * entered with {@link TenantTree#openDirectory}. A link, wherever it points, loses only its own name. A
 * tree deeper than {@value #MAX_OPEN} directories is moved up level by level, so the handles open at once
 * stay few.
 */
public final class Wipe {

    private static final int MAX_OPEN = 64;
    private static final int MAX_ROUNDS = 100;
    private static final Path DOT = Path.of(".");

    private Wipe() {
    }

    /** Removes {@code directory} and everything in it; its parent must be a directory the tenant cannot change. */
    public static void tree(Path directory) throws IOException {
        try (SecureDirectoryStream<Path> parent = TenantTree.handle(directory.getParent())) {
            remove(parent, directory.getFileName());
        } catch (NoSuchFileException gone) {
            // nothing to remove
        }
    }

    /** Removes the entry {@code name} of {@code parent}, a whole tree when it is a directory. */
    public static void remove(SecureDirectoryStream<Path> parent, Path name) throws IOException {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            if (unlinkUnlessDirectory(parent, name)) {
                return;
            }
            try (SecureDirectoryStream<Path> top = TenantTree.openDirectory(parent, name)) {
                empty(top);
            } catch (NoSuchFileException gone) {
                return;
            } catch (FileSystemException swapped) {
                continue; // no longer a directory: removed as a file in the next round
            }
            try {
                parent.deleteDirectory(name);
                return;
            } catch (NoSuchFileException gone) {
                return;
            } catch (DirectoryNotEmptyException refilled) {
                // something was added meanwhile: once more
            }
        }
        throw new IOException("'" + name + "' kept changing while the agent removed it");
    }

    /**
     * Removes, under the directory of {@code top}, every entry {@code owner} owns (a whole tree when it is a
     * directory). A user can make an entry only in a directory it may write: its own (removed whole) or one
     * that everyone may write, so only those are searched, not the whole tree. Returns how many entries went.
     */
    public static int removeOwned(SecureDirectoryStream<Path> top, UserPrincipal owner) throws IOException {
        int found = 0;
        Deque<Frame> frames = new ArrayDeque<>();
        SecureDirectoryStream<Path> first = TenantTree.openDirectory(top, DOT);
        frames.push(new Frame(first, first.iterator(), null));
        try {
            while (!frames.isEmpty()) {
                Frame frame = frames.peek();
                if (!frame.entries().hasNext()) {
                    frames.pop().directory().close();
                    continue;
                }
                Path name = frame.entries().next().getFileName();
                PosixFileAttributes attributes;
                try {
                    attributes = frame.directory().getFileAttributeView(name, PosixFileAttributeView.class,
                            LinkOption.NOFOLLOW_LINKS).readAttributes();
                } catch (NoSuchFileException gone) {
                    continue;
                }
                if (owner.equals(attributes.owner())) {
                    found++;
                    remove(frame.directory(), name);
                } else if (attributes.isDirectory() && frames.size() < MAX_OPEN
                        && attributes.permissions().contains(PosixFilePermission.OTHERS_WRITE)) {
                    try {
                        SecureDirectoryStream<Path> sub = TenantTree.openDirectory(frame.directory(), name);
                        frames.push(new Frame(sub, sub.iterator(), name));
                    } catch (FileSystemException notThere) {
                        // gone, swapped or unreadable meanwhile: nothing of the owner's can be reached there
                    }
                }
            }
        } finally {
            while (!frames.isEmpty()) {
                frames.pop().directory().close();
            }
        }
        return found;
    }

    /** Empties the directory of {@code top}; entries are removed relative to the handle that holds them. */
    private static void empty(SecureDirectoryStream<Path> top) throws IOException {
        int interfered = 0;
        while (true) {
            Pass pass = emptyOnce(top);
            if (pass == Pass.EMPTY) {
                return;
            }
            // a pass that moved a deep directory up removed a path of directories: it counts as progress
            if (pass == Pass.INTERFERED && ++interfered >= MAX_ROUNDS) {
                throw new IOException("a directory kept changing while the agent emptied it");
            }
        }
    }

    private enum Pass {
        EMPTY, MOVED_UP, INTERFERED
    }

    /** One pass down the tree; what it left for another pass, if anything. */
    private static Pass emptyOnce(SecureDirectoryStream<Path> top) throws IOException {
        Pass result = Pass.EMPTY;
        Deque<Frame> frames = new ArrayDeque<>();
        SecureDirectoryStream<Path> first = TenantTree.openDirectory(top, DOT);
        frames.push(new Frame(first, first.iterator(), null));
        try {
            while (!frames.isEmpty()) {
                Frame frame = frames.peek();
                if (frame.entries().hasNext()) {
                    Path name = frame.entries().next().getFileName();
                    if (unlinkUnlessDirectory(frame.directory(), name)) {
                        continue;
                    }
                    if (frames.size() >= MAX_OPEN) {
                        // deep down: move this directory up into the top one, where a later pass finds it
                        frame.directory().move(name, top, Path.of(".he-wipe-" + UUID.randomUUID()));
                        result = result == Pass.INTERFERED ? result : Pass.MOVED_UP;
                        continue;
                    }
                    try {
                        SecureDirectoryStream<Path> sub = TenantTree.openDirectory(frame.directory(), name);
                        frames.push(new Frame(sub, sub.iterator(), name));
                    } catch (NoSuchFileException gone) {
                        // removed meanwhile
                    } catch (FileSystemException swapped) {
                        result = Pass.INTERFERED;
                    }
                } else {
                    frames.pop().directory().close();
                    if (frame.name() != null) {
                        try {
                            frames.peek().directory().deleteDirectory(frame.name());
                        } catch (NoSuchFileException gone) {
                            // removed meanwhile
                        } catch (DirectoryNotEmptyException refilled) {
                            result = Pass.INTERFERED;
                        }
                    }
                }
            }
        } finally {
            while (!frames.isEmpty()) {
                frames.pop().directory().close();
            }
        }
        return result;
    }

    /** Removes the name unless it is a directory; true when it is gone. */
    private static boolean unlinkUnlessDirectory(SecureDirectoryStream<Path> parent, Path name) throws IOException {
        try {
            parent.deleteFile(name);
            return true;
        } catch (NoSuchFileException gone) {
            return true;
        } catch (FileSystemException e) {
            boolean directory;
            try {
                directory = parent.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                        .readAttributes().isDirectory();
            } catch (NoSuchFileException gone) {
                return true;
            }
            if (!directory) {
                throw e;
            }
            return false;
        }
    }

    private record Frame(SecureDirectoryStream<Path> directory, Iterator<Path> entries, Path name) {
    }
}
