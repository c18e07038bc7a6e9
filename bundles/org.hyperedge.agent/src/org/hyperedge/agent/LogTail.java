package org.hyperedge.agent;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.hyperedge.agent.partition.PartitionLayout;
import org.hyperedge.agent.runtime.AsAccount;
import org.hyperedge.agent.runtime.UnixUsers;
import org.hyperedge.agent.runtime.UnixUsers.Account;

/**
 * The last lines of a partition's log for the field engineer: a process's output (kept by the agent in its
 * private directory, with the older files rotation kept) or a file the service writes in its partition.
 * The partition is the tenant's, who may swap any of its names for a link at any moment, so a file there
 * is read by the partition's own user ({@code tail} through {@code setpriv}): a link can only lead it to
 * what the tenant may read anyway. The checks against {@code ..} and links are for a clear answer.
 */
final class LogTail {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    private static final int MAX_BYTES = 1 << 20;
    private static final Duration READ_TIME = Duration.ofSeconds(5);

    private LogTail() {
    }

    static String read(PartitionLayout layout, Path privateRoot, UnixUsers users, String partition, String process,
            String file, int lines) {
        if (!Files.isDirectory(layout.root().resolve(PartitionLayout.checked(partition)), LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("partition '" + partition + "' hosts nothing on this node");
        }
        if (file != null) {
            return lastLines(tenantFile(layout, users, partition, file), lines);
        }
        String name = process == null ? "" : process;
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("process '" + name + "' is not a process name; give ?process=NAME or ?file=PATH");
        }
        Path log = privateRoot.resolve(partition).resolve("logs").resolve(name + ".log");
        if (!Files.isRegularFile(log)) {
            throw new IllegalArgumentException("partition " + partition + " has no log " + process);
        }
        try {
            String text = tail(log);
            Path older = log.resolveSibling(log.getFileName() + ".1");
            if (count(text) <= lines && text.length() < MAX_BYTES && Files.isRegularFile(older)) {
                text = tail(older) + text; // just rotated: the lines before are in the previous file
            }
            return lastLines(text, lines);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + log.getFileName() + ": " + e.getMessage());
        }
    }

    /** The end of a file in the partition, read as the partition's user. */
    private static String tenantFile(PartitionLayout layout, UnixUsers users, String partition, String file) {
        Path path = layout.resolve(partition, file);
        Optional<Account> account = users.existing(partition);
        if (users.enabled() && account.isEmpty()) {
            throw new IllegalArgumentException("partition '" + partition + "' hosts nothing on this node");
        }
        try {
            AsAccount.Output output = AsAccount.run(account, List.of("tail", "-c", Integer.toString(MAX_BYTES), "--",
                    path.toString()), layout.root(), READ_TIME, MAX_BYTES);
            if (output.exit() != 0) {
                throw new IllegalArgumentException("partition " + partition + " has no readable log " + file + ": "
                        + output.stderr().replaceFirst("^tail: ", ""));
            }
            return new String(output.stdout(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + " of partition " + partition + ": " + e.getMessage());
        }
    }

    private static String tail(Path log) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, in.length() - MAX_BYTES);
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static int count(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    private static String lastLines(String text, int lines) {
        String[] all = text.split("\n", -1);
        int end = all.length > 0 && all[all.length - 1].isEmpty() ? all.length - 1 : all.length;
        int from = Math.max(0, end - lines);
        StringBuilder out = new StringBuilder();
        for (int i = from; i < end; i++) {
            out.append(all[i]).append('\n');
        }
        return out.toString();
    }
}
