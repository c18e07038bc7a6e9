package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hyperedge.agent.partition.PartitionLayout;
import org.hyperedge.agent.partition.TemplateRenderer;
import org.hyperedge.agent.runtime.UnixUsers.Account;
import org.hyperedge.protocol.release.SoftwareTypeDescriptor.FileTemplate;

/**
 * Lays out a partition for its service: the standard directories and the rendered templates, owned by the
 * partition's account. A file is written beside its target and renamed over it, so a symbolic link the
 * service planted there is replaced, never followed.
 */
final class PartitionFiles {

    static final List<String> STANDARD_DIRECTORIES = List.of("etc", "data", "log", "run", "tmp");

    private PartitionFiles() {
    }

    static void prepare(PartitionLayout layout, String reference, Optional<Account> account) throws IOException {
        Path directory = layout.directory(reference);
        own(directory, account);
        for (String name : STANDARD_DIRECTORIES) {
            Path sub = layout.resolve(reference, name);
            if (!Files.isDirectory(sub, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(sub);
                Files.createDirectory(sub);
            }
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwx------"));
            own(sub, account);
        }
    }

    static void render(PartitionLayout layout, String reference, List<FileTemplate> files, TemplateRenderer renderer,
            Optional<Account> account) throws IOException {
        for (FileTemplate file : files) {
            String content = renderer.render(file.template());
            Path target = layout.resolve(reference, file.path());
            createParents(layout.directory(reference), target.getParent(), account);
            Path tmp = target.resolveSibling("." + target.getFileName() + ".he-tmp");
            Files.deleteIfExists(tmp);
            Files.write(tmp, content.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            Files.setPosixFilePermissions(tmp, mode(file.mode()));
            own(tmp, account);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void createParents(Path partition, Path directory, Optional<Account> account) throws IOException {
        if (directory.equals(partition) || Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        createParents(partition, directory.getParent(), account);
        Files.createDirectory(directory);
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        own(directory, account);
    }

    private static void own(Path path, Optional<Account> account) throws IOException {
        if (account.isPresent()) {
            UnixUsers.own(path, account.get());
        }
    }

    static Set<PosixFilePermission> mode(String octal) {
        int bits = Integer.parseInt(octal, 8);
        StringBuilder text = new StringBuilder();
        String letters = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            text.append((bits & (1 << (8 - i))) != 0 ? letters.charAt(i) : '-');
        }
        return PosixFilePermissions.fromString(text.toString());
    }
}
