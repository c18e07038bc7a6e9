package org.hyperedge.agent.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.hyperedge.protocol.desired.DesiredState;
import org.hyperedge.protocol.desired.DesiredStateCodec;

/**
 * The last desired state the agent accepted, kept on disk so it converges without a master. A new
 * document is checked first, then written to a temporary file, forced, and renamed over the old one:
 * a crash at any point leaves either the previous document or the new one, never a mix.
 */
public final class DesiredStateStore {

    private static final String FILE = "desired.json";

    private final Path directory;

    public DesiredStateStore(Path directory) {
        this.directory = directory;
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
        Optional<DesiredState> held = load();
        if (held.isPresent() && state.generation() < held.get().generation()) {
            throw new IllegalArgumentException("desired state generation " + state.generation()
                    + " is older than the held generation " + held.get().generation());
        }
        try {
            Files.createDirectories(directory);
            Path tmp = directory.resolve(FILE + ".tmp");
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer content = ByteBuffer.wrap(document);
                while (content.hasRemaining()) {
                    channel.write(content);
                }
                channel.force(true);
            }
            Files.move(tmp, directory.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
                dir.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the desired state in " + directory, e);
        }
        return state;
    }

    /** The held desired state, if any (a half-written temporary file from a crash is ignored). */
    public synchronized Optional<DesiredState> load() {
        Path file = directory.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(DesiredStateCodec.read(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the desired state " + file, e);
        }
    }
}
