package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hyperedge.agent.partition.TemplateRenderer;
import org.hyperedge.agent.partition.TenantTree;
import org.hyperedge.agent.partition.TenantTree.Owner;
import org.hyperedge.agent.runtime.UnixUsers.Account;
import org.hyperedge.protocol.release.SoftwareTypeDescriptor.FileTemplate;

/**
 * Lays out a partition for its service: the standard directories and the rendered templates, owned by the
 * partition's account. The partition is the tenant's to change at any moment, so everything goes through
 * {@link TenantTree}: no link the service plants or swaps in is ever followed, and no file is written,
 * chmodded or chowned by path.
 */
final class PartitionFiles {

    static final List<String> STANDARD_DIRECTORIES = List.of("etc", "data", "log", "run", "tmp");
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    private PartitionFiles() {
    }

    static void prepare(RuntimeContext context, String reference, Optional<Account> account) throws IOException {
        Optional<Owner> owner = owner(account);
        try (TenantTree tree = TenantTree.open(context.layout().directory(reference), staging(context))) {
            tree.setTop(PRIVATE, owner);
            for (String name : STANDARD_DIRECTORIES) {
                tree.directory(name, PRIVATE, owner, true);
            }
        }
    }

    static void render(RuntimeContext context, String reference, List<FileTemplate> files, TemplateRenderer renderer,
            Optional<Account> account) throws IOException {
        Optional<Owner> owner = owner(account);
        try (TenantTree tree = TenantTree.open(context.layout().directory(reference), staging(context))) {
            for (FileTemplate file : files) {
                String content = file.template().startsWith("#!") ? renderer.renderScript(file.template())
                        : renderer.render(file.template());
                tree.write(file.path(), content.getBytes(StandardCharsets.UTF_8), mode(file.mode()), owner, PRIVATE);
            }
        }
    }

    /** The agent's own directory for files on their way into partitions (on the partitions' file system). */
    static Path staging(RuntimeContext context) {
        return context.privateRoot().resolve(".staging");
    }

    private static Optional<Owner> owner(Optional<Account> account) throws IOException {
        return account.isPresent() ? Optional.of(Owner.named(account.get().name())) : Optional.empty();
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
