package org.hyperedge.agent.api;

import java.io.IOException;
import java.io.InputStream;

import org.hyperedge.agent.pairing.Pairing;
import org.hyperedge.agent.software.ArtifactRefusedException;

/** What the API serves, implemented by the agent. */
public interface NodeService {

    Pairing pairing();

    byte[] nodeInfo();

    /** Checks and stores a desired state; returns its generation; the held one stays on any refusal. */
    long acceptDesired(byte[] document);

    void putArtifact(String sha256, InputStream content) throws ArtifactRefusedException, IOException;

    /** The events after {@code after}, as a page carrying the journal's epoch. */
    byte[] reports(long after, int max);

    /**
     * The master stored every event up to {@code seq} of the journal epoch (null: of the current journal).
     * Returns false, and acknowledges nothing, when the epoch is not the journal's: it was reset since.
     */
    boolean acknowledge(long seq, String epoch);

    /** An instance data backup this node took, by its sha256, to send to the master; empty when it holds none. */
    java.util.Optional<java.nio.file.Path> backup(String sha256);

    /** The tail of a process's output ({@code process}) or of a file in the partition ({@code file}). */
    String log(String partition, String process, String file, int lines);
}
