package org.hyperedge.agent.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hyperedge.protocol.desired.DesiredState.PartitionState;
import org.hyperedge.protocol.release.SoftwareTypeDescriptor;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a partition's configuration is made of: the ports its software type names, taken in order from the
 * partition's range, and one digest of everything that, changed, means the files are rendered again and the
 * processes restarted.
 */
final class PartitionConfiguration {

    private PartitionConfiguration() {
    }

    /** The software type's ports by name, the first of the partition's range first; too few ports is an error. */
    static Map<String, Integer> ports(PartitionState state, SoftwareTypeDescriptor type) {
        int available = state.lastPort() - state.firstPort() + 1;
        if (type.ports().size() > available) {
            throw new IllegalStateException("software type " + state.softwareType() + " needs " + type.ports().size()
                    + " ports; partition " + state.reference() + " has " + available);
        }
        Map<String, Integer> ports = new LinkedHashMap<>();
        List<String> names = type.ports();
        for (int i = 0; i < names.size(); i++) {
            ports.put(names.get(i), state.firstPort() + i);
        }
        return ports;
    }

    /**
     * The configuration's digest, over the opened parameter values: a value sealed again (to new recipients) is the
     * same configuration.
     */
    static String digest(String descriptorText, PartitionState state, ObjectNode openedParameters,
            Map<String, Integer> ports, String serviceIp) {
        String text = descriptorText + "\n" + state.softwareType() + "\n" + openedParameters + "\n" + ports + "\n"
                + serviceIp;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
