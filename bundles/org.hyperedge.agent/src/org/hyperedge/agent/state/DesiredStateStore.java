package org.hyperedge.agent.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.hyperedge.protocol.desired.DesiredState;
import org.hyperedge.protocol.desired.DesiredStateCodec;
import org.hyperedge.protocol.report.HeldDesired;

/**
 * The last desired state the agent accepted, kept on disk so it converges without a master. A new
 * document is checked first, then written to a temporary file, forced, and renamed over the old one:
 * a crash at any point leaves either the previous document or the new one, never a mix.
 *
 * <p>A file that is missing or unreadable is not a desired state: the agent then holds none, says why
 * ({@link #problem()}), and waits for the master to send one; an unreadable file is renamed aside
 * ({@code desired.json.corrupt-TIME}) so nothing is lost and the next document can be stored. The state is
 * read from disk once and kept in memory.
 */
public final class DesiredStateStore {

    private static final String FILE = "desired.json";
    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path directory;
    private final Clock clock;
    private boolean read;
    private Optional<DesiredState> held = Optional.empty();
    private String problem;
    private Path setAside;

    public DesiredStateStore(Path directory) {
        this(directory, Clock.systemUTC());
    }

    public DesiredStateStore(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Accepts the document if it reads and is not older than the one held; returns it. A refused document
     * leaves the stored one untouched.
     */
    public synchronized DesiredState accept(byte[] document) {
        return accept(document, state -> { });
    }

    /** As {@link #accept(byte[])}, with the node's own checks run before anything is written. */
    public synchronized DesiredState accept(byte[] document, java.util.function.Consumer<DesiredState> check) {
        DesiredState state = DesiredStateCodec.read(document);
        check.accept(state);
        Optional<DesiredState> current = load();
        if (current.isPresent() && state.olderThan(current.get())) {
            throw new IllegalArgumentException("desired state " + state.version() + " is older than the held "
                    + current.get().version());
        }
        try {
            AtomicFile.write(directory.resolve(FILE), document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the desired state in " + directory, e);
        }
        held = Optional.of(state);
        problem = null;
        setAside = null;
        return state;
    }

    /** The held desired state, if any (a half-written temporary file from a crash is ignored). */
    public synchronized Optional<DesiredState> load() {
        if (!read) {
            read = true;
            readFile();
        }
        return held;
    }

    /** Why no desired state is held (missing, or unreadable and set aside); null while one is. */
    public synchronized String problem() {
        load();
        return problem;
    }

    /** Where this agent put an unreadable desired state it found at start; null when it found none. */
    public synchronized Path setAside() {
        load();
        return setAside;
    }

    /** What the agent tells the master with its reports: the generation held, or none and why. */
    public synchronized HeldDesired heldDesired() {
        return new HeldDesired(load().map(DesiredState::generation).orElse(0L), problem);
    }

    private void readFile() {
        Path file = directory.resolve(FILE);
        if (!Files.exists(file)) {
            problem = "no desired state held: " + FILE + " is missing";
            return;
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the desired state " + file, e);
        }
        try {
            held = Optional.of(DesiredStateCodec.read(content));
        } catch (RuntimeException unreadable) {
            Path aside = directory.resolve(FILE + ".corrupt-" + ASIDE.format(clock.instant()));
            try {
                Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
                AtomicFile.forceDirectory(directory);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot set the unreadable desired state " + file + " aside", e);
            }
            setAside = aside;
            problem = "no desired state held: " + FILE + " was unreadable (" + unreadable.getMessage()
                    + ") and is set aside as " + aside.getFileName();
        }
    }
}
