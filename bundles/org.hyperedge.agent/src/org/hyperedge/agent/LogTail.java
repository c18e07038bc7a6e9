package org.hyperedge.agent;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.hyperedge.agent.partition.PartitionLayout;

/**
 * The last lines of a partition's log for the field engineer: a process's output (kept by the agent) or a
 * file the service writes in its partition, checked against traversal and symbolic links leaving it.
 */
final class LogTail {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    private static final int MAX_BYTES = 1 << 20;

    private LogTail() {
    }

    static String read(PartitionLayout layout, Path privateRoot, String partition, String process, String file, int lines) {
        if (!Files.isDirectory(layout.root().resolve(PartitionLayout.checked(partition)), LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("partition '" + partition + "' hosts nothing on this node");
        }
        Path log;
        if (file != null) {
            log = layout.resolve(partition, file);
        } else {
            String name = process == null ? "" : process;
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("process '" + name + "' is not a process name; give ?process=NAME or ?file=PATH");
            }
            log = privateRoot.resolve(partition).resolve("logs").resolve(name + ".log");
        }
        if (!Files.isRegularFile(log)) {
            throw new IllegalArgumentException("partition " + partition + " has no log " + (file != null ? file : process));
        }
        try (RandomAccessFile in = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, in.length() - MAX_BYTES);
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
            int end = all.length > 0 && all[all.length - 1].isEmpty() ? all.length - 1 : all.length;
            int from = Math.max(0, end - lines);
            StringBuilder out = new StringBuilder();
            for (int i = from; i < end; i++) {
                out.append(all[i]).append('\n');
            }
            return out.toString();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + log.getFileName() + ": " + e.getMessage());
        }
    }
}
