package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The System V IPC objects of a user: shared memory segments, semaphore sets and message queues. They outlive
 * the processes that made them (PostgreSQL leaves its segment behind when killed), and their permissions name a
 * uid: the next tenant given that uid would read and write them. A partition's user takes its objects with it.
 */
final class SysvIpc {

    /** A table under /proc/sysvipc and the ipcrm option that removes one of its objects by id. */
    private record Table(String name, String option) {
    }

    private static final Path PROC_SYSVIPC = Path.of("/proc/sysvipc");
    private static final List<Table> TABLES = List.of(new Table("shm", "-m"), new Table("sem", "-s"), new Table("msg", "-q"));

    private SysvIpc() {
    }

    /** Removes every object {@code uid} owns or made; fails naming those that stayed. Returns how many went. */
    static int removeOwned(int uid) throws IOException {
        int removed = 0;
        for (Table table : TABLES) {
            for (String id : owned(table, uid)) {
                ipcrm(table, id);
                removed++;
            }
        }
        List<String> left = new ArrayList<>();
        for (Table table : TABLES) {
            owned(table, uid).forEach(id -> left.add(table.name() + " " + id));
        }
        if (!left.isEmpty()) {
            throw new IOException("System V IPC objects of uid " + uid + " stayed after ipcrm: " + String.join(", ", left));
        }
        return removed;
    }

    /** The ids of the objects in {@code table} whose owner or creator is {@code uid}. */
    private static List<String> owned(Table table, int uid) throws IOException {
        Path file = PROC_SYSVIPC.resolve(table.name());
        if (!Files.isReadable(file)) {
            return List.of(); // a kernel without System V IPC
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> header = List.of(lines.get(0).trim().split("\\s+"));
        int owner = header.indexOf("uid");
        int creator = header.indexOf("cuid");
        if (owner < 0 || creator < 0 || header.size() < 2) {
            throw new IOException(file + " has no uid and cuid columns: " + lines.get(0).trim());
        }
        String wanted = String.valueOf(uid);
        List<String> ids = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length > Math.max(owner, creator) && (wanted.equals(fields[owner]) || wanted.equals(fields[creator]))) {
                ids.add(fields[1]); // the second column is the object's id (shmid, semid, msqid)
            }
        }
        return ids;
    }

    private static void ipcrm(Table table, String id) throws IOException {
        Process process = new ProcessBuilder("ipcrm", table.option(), id).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("ipcrm " + table.option() + " " + id + " did not finish within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while removing " + table.name() + " " + id, e);
        }
        // an object removed meanwhile (its last user detached) is no failure: what stays is checked after
    }
}
