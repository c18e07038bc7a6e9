package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;

import org.hyperedge.agent.partition.TenantTree;
import org.hyperedge.agent.partition.Wipe;

/**
 * The directories every user may write ({@code /tmp} and its kin), where a tenant leaves files outside its
 * partition. What a partition user owns there goes with it, before the user does. Searched and removed without
 * following links ({@link Wipe}).
 */
final class SharedDirectories {

    static final List<Path> WRITABLE_BY_ALL = List.of(Path.of("/tmp"), Path.of("/var/tmp"), Path.of("/dev/shm"),
            Path.of("/run/lock"), Path.of("/dev/mqueue"));

    private SharedDirectories() {
    }

    /** Removes what {@code owner} owns in the shared directories; returns how many entries went. */
    static int removeOwned(UserPrincipal owner) throws IOException {
        int removed = 0;
        for (Path directory : existing()) {
            try (SecureDirectoryStream<Path> top = TenantTree.handle(directory)) {
                removed += Wipe.removeOwned(top, owner);
            }
        }
        return removed;
    }

    private static List<Path> existing() {
        return WRITABLE_BY_ALL.stream().filter(d -> Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)).toList();
    }
}
