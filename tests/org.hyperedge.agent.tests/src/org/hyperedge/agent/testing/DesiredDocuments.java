package org.hyperedge.agent.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hyperedge.protocol.desired.DesiredState;
import org.hyperedge.protocol.desired.DesiredState.PartitionState;
import org.hyperedge.protocol.desired.DesiredStateCodec;
import org.hyperedge.protocol.release.ReleaseDescriptorReader;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.seal.SealedValue;
import org.hyperedge.protocol.seal.SealingKeyPair;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Desired states as a master would send them to a test agent whose ports start at {@code firstPort}, each
 * instance's secret values sealed to the test's operator key, {@link #OPERATOR}.
 */
public final class DesiredDocuments {

    /** The operator of every test agent: what their secret connection values are sealed to. */
    public static final SealingKeyPair OPERATOR = SealingKeyPair.generate();

    private final int firstPort;
    private final Map<String, String> releases = new LinkedHashMap<>();

    public DesiredDocuments(int firstPort) {
        this.firstPort = firstPort;
    }

    /** Adds a release (by its catalog name, or its descriptor text); returns its id. */
    public String release(String catalogNameOrDescriptor) throws Exception {
        String text = catalogNameOrDescriptor.strip().startsWith("{") ? catalogNameOrDescriptor
                : TestCatalog.descriptor(catalogNameOrDescriptor);
        String id = ReleaseDescriptorReader.read("test", text).id();
        releases.put(id, text);
        return id;
    }

    public PartitionState partition(int index, long instanceId, String releaseId, String state, ObjectNode parameters) {
        int first = firstPort + index * AgentHarness.PORTS_PER_PARTITION;
        return new PartitionState(String.format("p%03d", index), first, first + AgentHarness.PORTS_PER_PARTITION - 1,
                instanceId, "instance-" + instanceId, releaseId, "default", state, parameters, List.of(), 0,
                List.of(OPERATOR.publicKey()));
    }

    /** A reported value as the test's operator reads it: opened when sealed. */
    public static String open(String value) {
        return SealedValue.isSealed(value) ? SealedValue.parse(value).open(OPERATOR) : value;
    }

    public static ObjectNode parameters(String... keyValues) {
        ObjectNode parameters = ReportCodec.JSON.createObjectNode();
        for (int i = 0; i < keyValues.length; i += 2) {
            parameters.put(keyValues[i], keyValues[i + 1]);
        }
        return parameters;
    }

    public byte[] document(long generation, PartitionState... partitions) {
        return DesiredStateCodec.write(new DesiredState(DesiredState.PROTOCOL, "test-node", generation, List.of(partitions),
                Map.copyOf(releases)));
    }
}
