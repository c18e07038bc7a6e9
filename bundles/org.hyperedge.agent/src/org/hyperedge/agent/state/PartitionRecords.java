package org.hyperedge.agent.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyperedge.protocol.desired.DesiredState;
import org.hyperedge.protocol.desired.DesiredState.PartitionState;
import org.hyperedge.protocol.desired.DesiredStateCodec;

/**
 * What each partition was last asked to be, kept in the partition's private directory as a desired state of
 * that one partition with its release: an agent that lost its desired state ({@code desired.json} missing or
 * unreadable) keeps supervising the partitions it finds from these, and never destroys or stops one, until
 * the master sends a desired state again. A record goes away with its partition's private directory.
 */
public final class PartitionRecords {

    private static final String FILE = "last-desired.json";
    /** Partitions being destroyed, beside the partitions' private directories (a dot: never a partition's name). */
    private static final String DESTROYING = ".destroying";

    private final Path privateRoot;
    private final Map<String, byte[]> written = new HashMap<>();

    public PartitionRecords(Path privateRoot) {
        this.privateRoot = privateRoot;
    }

    /** Records the partition as the held desired state names it (written only when it changed). */
    public synchronized void save(DesiredState held, PartitionState partition) {
        String release = held.releases().get(partition.releaseId());
        byte[] document = DesiredStateCodec.write(new DesiredState(held.protocol(), held.node(), held.epoch(), held.generation(),
                List.of(partition), release == null ? Map.of() : Map.of(partition.releaseId(), release)));
        Path file = privateRoot.resolve(partition.reference()).resolve(FILE);
        if (Arrays.equals(document, written.get(partition.reference())) && Files.exists(file)) {
            return;
        }
        try {
            AtomicFile.write(file, document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record partition " + partition.reference() + " in " + file, e);
        }
        written.put(partition.reference(), document);
    }

    /** The partition's record, if it has a readable one. */
    public Optional<DesiredState> load(String reference) {
        return read(privateRoot.resolve(reference));
    }

    /** Marks the partition as being destroyed (it was asked to be, and its final usage is sent). */
    public static void markDestroying(Path privateRoot, PartitionState partition) {
        Path mark = privateRoot.resolve(DESTROYING).resolve(partition.reference() + ".json");
        try {
            AtomicFile.write(mark, DesiredStateCodec.write(new DesiredState(DesiredState.PROTOCOL, "", 0, List.of(partition),
                    Map.of())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark partition " + partition.reference() + " as being destroyed", e);
        }
    }

    public static void clearDestroying(Path privateRoot, String reference) {
        try {
            Files.deleteIfExists(privateRoot.resolve(DESTROYING).resolve(reference + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the destroy mark of partition " + reference, e);
        }
    }

    /** Partitions whose destroy a crash interrupted: what each was when it began. */
    public static List<PartitionState> destroying(Path privateRoot) {
        Path marks = privateRoot.resolve(DESTROYING);
        if (!Files.isDirectory(marks)) {
            return List.of();
        }
        try (var files = Files.list(marks)) {
            return files.filter(f -> f.getFileName().toString().matches("[a-z][a-z0-9-]{0,62}\\.json"))
                    .map(PartitionRecords::readFile).flatMap(Optional::stream).map(r -> r.partitions().get(0)).toList();
        } catch (IOException e) {
            return List.of(); // unreadable now: the next pass tries again
        }
    }

    /** The record in a partition's private directory, if it has a readable one. */
    public static Optional<DesiredState> read(Path partitionPrivateDirectory) {
        return readFile(partitionPrivateDirectory.resolve(FILE));
    }

    private static Optional<DesiredState> readFile(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            DesiredState record = DesiredStateCodec.read(Files.readAllBytes(file));
            return record.partitions().size() == 1 ? Optional.of(record) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable record: the partition is left as it is
        }
    }
}
