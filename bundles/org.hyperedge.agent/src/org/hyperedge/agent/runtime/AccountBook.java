package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.hyperedge.agent.state.AtomicFile;

/**
 * Which unix account is whose, as only the agent knows it: kept in the agent's private directory ({@code .accounts},
 * root's, 0600, replaced whole and forced to disk at each change), never read from anything a tenant can write. Lines:
 * {@code serial N} (the next account name's number: names are never given twice), {@code tenant PARTITION NAME},
 * {@code spare NAME} (made, checked, never a tenant's) and {@code unchecked NAME} (being made, or left by an agent
 * stopped on the way: checked before it may be a spare). Not thread-safe: {@link UnixUsers} holds it under its lock.
 */
final class AccountBook {

    static final String FILE = ".accounts";

    private final Path file;
    private final Map<String, String> tenants = new TreeMap<>();
    private final Set<String> spares = new LinkedHashSet<>();
    private final Set<String> unchecked = new LinkedHashSet<>();
    private long serial;

    private AccountBook(Path file) {
        this.file = file;
    }

    /** The book of the agent whose private directory is {@code privateRoot}; empty when it has none yet. */
    static AccountBook load(Path privateRoot) {
        AccountBook book = new AccountBook(privateRoot.resolve(FILE));
        if (!Files.exists(book.file, LinkOption.NOFOLLOW_LINKS)) {
            return book;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(book.file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the agent's accounts in " + book.file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!book.read(lines.get(i).strip().split(" "))) {
                // an account of this agent's that it would no longer know could run a tenant's process unseen: stop here
                throw new IllegalStateException("line " + (i + 1) + " of " + book.file + " is not an account record: '"
                        + lines.get(i) + "' (expected serial N, tenant PARTITION NAME, spare NAME or unchecked NAME)");
            }
        }
        return book;
    }

    private boolean read(String[] fields) {
        switch (fields[0]) {
            case "serial" -> {
                if (fields.length != 2 || !fields[1].matches("[0-9]{1,18}")) {
                    return false;
                }
                serial = Long.parseLong(fields[1]);
                return true;
            }
            case "tenant" -> {
                return fields.length == 3 && tenants.put(fields[1], fields[2]) == null;
            }
            case "spare" -> {
                return fields.length == 2 && spares.add(fields[1]);
            }
            case "unchecked" -> {
                return fields.length == 2 && unchecked.add(fields[1]);
            }
            default -> {
                return fields[0].isEmpty() || fields[0].startsWith("#");
            }
        }
    }

    Optional<String> tenant(String partition) {
        return Optional.ofNullable(tenants.get(partition));
    }

    int tenantCount() {
        return tenants.size();
    }

    List<String> tenants() {
        return new ArrayList<>(tenants.values());
    }

    List<String> spares() {
        return new ArrayList<>(spares);
    }

    List<String> unchecked() {
        return new ArrayList<>(unchecked);
    }

    /** A new account name, never given before, recorded as unchecked until it is made and checked. */
    String reserve(String prefix) {
        String name = prefix + String.format("%06x", serial++);
        unchecked.add(name);
        return name;
    }

    /** The oldest spare, no longer one; empty when there is none. */
    Optional<String> takeSpare() {
        Optional<String> first = spares.stream().findFirst();
        first.ifPresent(spares::remove);
        return first;
    }

    void spare(String name) {
        unchecked.remove(name);
        spares.add(name);
    }

    void assign(String partition, String name) {
        unchecked.remove(name);
        spares.remove(name);
        tenants.put(partition, name);
    }

    void unassign(String partition) {
        tenants.remove(partition);
    }

    void unchecked(String name) {
        spares.remove(name);
        unchecked.add(name);
    }

    /** The name is no account of this agent's any more (removed, or never made). */
    void forget(String name) {
        spares.remove(name);
        unchecked.remove(name);
        tenants.values().remove(name);
    }

    void save() {
        StringBuilder text = new StringBuilder("# the agent's unix accounts: do not edit while it runs\n");
        text.append("serial ").append(serial).append('\n');
        tenants.forEach((partition, name) -> text.append("tenant ").append(partition).append(' ').append(name).append('\n'));
        spares.forEach(name -> text.append("spare ").append(name).append('\n'));
        unchecked.forEach(name -> text.append("unchecked ").append(name).append('\n'));
        try {
            AtomicFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8), PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the agent's accounts in " + file, e);
        }
    }
}
