package org.hyperedge.agent.runtime;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A service's output, carried from a FIFO to its log file and rotated by size: at {@value #FILE_BYTES}
 * bytes (at a line's end: a file may run up to {@value #LINE_SLACK} bytes more to finish its last line) the
 * file becomes {@code NAME.log.1}, the older ones move up and the oldest past {@value #KEPT} goes, so a
 * chatty service holds a bounded share of the agent's disk: {@code KEPT + 1} files. The service only ever writes into the FIFO; the files are the agent's,
 * in its private directory, and the service has no say in when or where they move.
 *
 * <p>The service holds its end of the FIFO open for reading and writing, so it never meets a FIFO without a
 * reader: while the agent is down its output waits in the FIFO (a full FIFO makes its writes wait), and
 * the agent that comes back and adopts the service carries on from there. Nothing is lost either way.
 */
final class LogPump {

    static final int FILE_BYTES = 4 << 20;
    static final int KEPT = 4;
    /** How far past its size a file may run to end with a whole line. */
    static final int LINE_SLACK = 64 * 1024;

    private final Path log;
    private final Path fifo;
    private RandomAccessFile end;
    private FileChannel in;
    private FileInputStream waiting;
    private Thread thread;
    private volatile boolean busy;

    LogPump(Path log) {
        this.log = log;
        this.fifo = log.resolveSibling(log.getFileName() + ".pipe");
    }

    /** The FIFO the service writes into (made when missing). */
    Path fifo() throws IOException {
        if (!isFifo(fifo)) {
            Files.deleteIfExists(fifo);
            Process mkfifo = new ProcessBuilder("mkfifo", "-m", "0600", fifo.toString()).redirectErrorStream(true).start();
            String output = new String(mkfifo.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            try {
                if (!mkfifo.waitFor(10, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
                    throw new IOException("cannot make the FIFO " + fifo + ": " + output.strip());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        return fifo;
    }

    private static boolean isFifo(Path path) {
        try {
            return Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .isOther();
        } catch (IOException e) {
            return false;
        }
    }

    /** The command line that runs {@code line} with its output and errors into the FIFO, opened read-write. */
    List<String> wrap(List<String> line) throws IOException {
        List<String> wrapped = new java.util.ArrayList<>(line);
        int at = wrapped.get(0).equals("setsid") ? 1 : 0;
        wrapped.addAll(at, List.of("/bin/sh", "-c", "exec 1<>\"$0\" 2>&1 && exec \"$@\"", fifo().toString()));
        return wrapped;
    }

    /** Carries the FIFO's content into the log from now on (again after an agent restart); idempotent. */
    synchronized void start() throws IOException {
        if (thread != null && thread.isAlive()) {
            return;
        }
        if (!isFifo(fifo)) {
            return; // no FIFO: a process started by an agent before these logs existed writes its file itself
        }
        end = new RandomAccessFile(fifo.toFile(), "rw"); // read-write: the open never waits for a writer
        in = end.getChannel();
        waiting = new FileInputStream(end.getFD());
        FileChannel source = in;
        thread = new Thread(() -> pump(source), "hyperedge-agent-log-" + log.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits (a little) until what the service wrote so far is in the log: after it exits, before its log is read. */
    void settle(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            while (System.nanoTime() < deadline && (busy || pending() > 0)) {
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Once the service has ended: the rest of its output into the log, then the FIFO closed. */
    void stop() {
        settle(Duration.ofSeconds(2));
        Thread pumping;
        synchronized (this) {
            pumping = thread;
            thread = null;
            try {
                if (end != null) {
                    end.close(); // closing the channel ends the read the pump waits in
                }
            } catch (IOException e) {
                // closed already
            }
        }
        if (pumping != null) {
            try {
                pumping.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private synchronized int pending() {
        try {
            return waiting == null ? 0 : waiting.available();
        } catch (IOException e) {
            return 0;
        }
    }

    private void pump(FileChannel source) {
        ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
        try {
            FileChannel out = open();
            try {
                while (true) {
                    buffer.clear();
                    if (source.read(buffer) < 0) {
                        return;
                    }
                    busy = true;
                    buffer.flip();
                    out = write(out, buffer);
                    busy = false;
                }
            } finally {
                busy = false;
                out.close();
            }
        } catch (IOException e) {
            // the FIFO was closed (the service ended, the agent stops) or the disk failed: the pump ends
        }
    }

    /**
     * Appends the buffer, rotating where the file reaches its size: after the last whole line that fits, or
     * else after the line that crosses the size, unless that line runs past {@link #LINE_SLACK} more bytes.
     */
    private FileChannel write(FileChannel out, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            long size = out.size();
            if (size + buffer.remaining() <= FILE_BYTES) {
                writeAll(out, buffer);
                return out;
            }
            int start = buffer.position();
            int fits = start + (int) Math.max(0, Math.min(buffer.remaining(), FILE_BYTES - size));
            int cut = -1;
            for (int i = fits - 1; i >= start && cut < 0; i--) {
                cut = buffer.get(i) == '\n' ? i + 1 : -1;
            }
            for (int i = fits; i < buffer.limit() && cut < 0; i++) {
                cut = buffer.get(i) == '\n' ? i + 1 : -1;
            }
            long hardCap = FILE_BYTES + LINE_SLACK;
            if (cut < 0 || size + (cut - start) > hardCap) {
                if (size + buffer.remaining() <= hardCap) {
                    writeAll(out, buffer); // the line goes on in the next read: the file ends with it
                    return out;
                }
                cut = start + (int) Math.max(0, hardCap - size); // a line longer than the slack: cut at the cap
            }
            ByteBuffer head = buffer.duplicate();
            head.limit(cut);
            writeAll(out, head);
            buffer.position(cut);
            out.close();
            rotate();
            out = open();
        }
        return out;
    }

    private static void writeAll(FileChannel out, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    private void rotate() throws IOException {
        for (int i = KEPT - 1; i >= 1; i--) {
            Path older = log.resolveSibling(log.getFileName() + "." + i);
            if (Files.exists(older, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(older, log.resolveSibling(log.getFileName() + "." + (i + 1)), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private FileChannel open() throws IOException {
        Files.createDirectories(log.getParent());
        if (!Files.exists(log, LinkOption.NOFOLLOW_LINKS)) {
            Files.createFile(log, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return FileChannel.open(log, StandardOpenOption.WRITE, StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS);
    }
}
