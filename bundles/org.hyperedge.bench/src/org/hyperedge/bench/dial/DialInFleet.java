package org.hyperedge.bench.dial;

import java.io.IOException;
import java.util.List;

/** Simulated dial-in nodes as the benchmark drives them: in this JVM (tests) or in a process of their own. */
public interface DialInFleet extends AutoCloseable {

    /** The nodes' certificate fingerprints, in node order. */
    List<String> fingerprints();

    /** Every node dials the master now. */
    void start() throws IOException, InterruptedException;

    /** Whether the nodes' journals grow each time the master reads them; producing nodes tell the master so. */
    void producing(boolean producing) throws IOException, InterruptedException;

    SimulatedDialInFleet.Stats stats() throws IOException;

    /** Where the nodes run, for the benchmark's output. */
    String where();
}
