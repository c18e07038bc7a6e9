package org.hyperedge.agent.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A partition's tenant as an attacker is one: a process running as the partition's unix user (through
 * {@code setpriv}), started by the test beside the agent; and what that user has on the machine.
 */
public final class Tenant {

    public final int uid;
    public final int gid;

    private Tenant(int uid, int gid) {
        this.uid = uid;
        this.gid = gid;
    }

    /** The user owning a partition's directory: the partition's tenant. */
    public static Tenant of(Path partitionDirectory) throws IOException {
        return new Tenant((Integer) Files.getAttribute(partitionDirectory, "unix:uid", LinkOption.NOFOLLOW_LINKS),
                (Integer) Files.getAttribute(partitionDirectory, "unix:gid", LinkOption.NOFOLLOW_LINKS));
    }

    /** Runs {@code command} as the tenant in {@code directory}, its output to {@code output}. */
    public Process run(Path directory, Path output, String... command) throws IOException {
        List<String> line = new ArrayList<>(List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--"));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        return builder.start();
    }

    /** A Python program run as the tenant: the racing loops of the attacks. */
    public Process python(Path directory, Path output, String program, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", "-c", program));
        command.addAll(List.of(arguments));
        return run(directory, output, command.toArray(String[]::new));
    }

    /** The live (not zombie) processes whose real, effective, saved or file-system uid is this uid. */
    public static List<Long> processes(int uid) throws IOException {
        List<Long> pids = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path entry : entries) {
                String status;
                try {
                    status = Files.readString(entry.resolve("status"), StandardCharsets.US_ASCII);
                } catch (IOException gone) {
                    continue;
                }
                boolean ours = false;
                boolean zombie = false;
                for (String line : status.split("\n")) {
                    if (line.startsWith("State:")) {
                        zombie = line.substring(6).trim().startsWith("Z");
                    }
                    if (line.startsWith("Uid:")) {
                        for (String id : line.substring(4).trim().split("\\s+")) {
                            ours |= id.equals(Integer.toString(uid));
                        }
                    }
                }
                if (ours && !zombie) {
                    pids.add(Long.parseLong(entry.getFileName().toString()));
                }
            }
        }
        return pids;
    }

    /** The name /etc/passwd gives the uid, if any. */
    public static Optional<String> userName(int uid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
            String[] fields = line.split(":");
            if (fields.length > 2 && fields[2].equals(Integer.toString(uid))) {
                return Optional.of(fields[0]);
            }
        }
        return Optional.empty();
    }

    /** Whether /etc/passwd still knows the user. */
    public static boolean userExists(String name) throws IOException {
        return Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch(line -> line.startsWith(name + ":"));
    }

    /** The files and directories the uid owns in the directories every user may write (links not followed). */
    public static List<Path> ownedInSharedDirectories(int uid) throws IOException {
        List<Path> owned = new ArrayList<>();
        for (Path top : List.of(Path.of("/tmp"), Path.of("/var/tmp"), Path.of("/dev/shm"))) {
            if (!Files.isDirectory(top)) {
                continue;
            }
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    check(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    check(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                private void check(Path path) {
                    try {
                        if ((Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS) == uid) {
                            owned.add(path);
                        }
                    } catch (IOException | RuntimeException gone) {
                        // removed meanwhile
                    }
                }
            });
        }
        return owned;
    }

    /** Ends every process of the uid (a test's cleanup after a failure: nothing of an attack stays behind). */
    public static void killAll(int uid) throws IOException {
        for (long pid : processes(uid)) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }
}
