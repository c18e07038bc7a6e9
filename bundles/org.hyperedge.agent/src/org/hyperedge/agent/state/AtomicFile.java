package org.hyperedge.agent.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a small file of the agent's own state all at once: the content goes to a temporary file beside
 * it, is forced to disk, and is renamed over the old one; the directory is forced too. A crash at any point
 * leaves the old content or the new one, never a mix (a stale {@code .tmp} is simply overwritten next time).
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    public static void write(Path file, byte[] content) throws IOException {
        write(file, content, null);
    }

    /** As {@link #write(Path, byte[])}, the file having exactly {@code mode} from its first byte on. */
    public static void write(Path file, byte[] content, Set<PosixFilePermission> mode) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        if (mode != null) {
            // a stale temporary file keeps its mode on open: made anew, it is never readable beyond the mode
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(mode));
            Files.setPosixFilePermissions(tmp, mode); // the umask took bits away, never added any
        }
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(directory);
    }

    static void forceDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // some file systems cannot sync a directory; the file's own force still holds its content
        }
    }
}
