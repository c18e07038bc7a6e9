package org.hyperedge.protocol.node;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.hyperedge.protocol.node.NodeInfo.Capacity;
import org.hyperedge.protocol.node.NodeInfo.PartitionInfo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON of {@link NodeInfo}. */
public final class NodeInfoCodec {

    /** The largest node description a master reads (a node of thousands of partitions fits many times). */
    public static final int MAX_BYTES = 4 << 20;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private NodeInfoCodec() {
    }

    public static byte[] write(NodeInfo info) {
        ObjectNode root = JSON.createObjectNode();
        root.put("protocol", 1);
        root.put("name", info.name());
        root.put("fingerprint", info.fingerprint());
        root.put("agentVersion", info.agentVersion());
        root.put("paired", info.paired());
        root.put("generation", info.generation());
        ObjectNode capacity = root.putObject("capacity");
        capacity.put("cpus", info.capacity().cpus());
        capacity.put("memoryMb", info.capacity().memoryMb());
        capacity.put("diskMb", info.capacity().diskMb());
        capacity.put("diskFreeMb", info.capacity().diskFreeMb());
        ArrayNode partitions = root.putArray("partitions");
        for (PartitionInfo p : info.partitions()) {
            partitions.addObject().put("reference", p.reference()).put("firstPort", p.firstPort())
                    .put("lastPort", p.lastPort()).put("instance", p.instanceId()).put("state", p.state())
                    .put("healthy", p.healthy());
        }
        ArrayNode releases = root.putArray("installedReleases");
        info.installedReleases().forEach(releases::add);
        if (info.sealingKey() != null) {
            root.put("sealingKey", info.sealingKey());
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static NodeInfo read(byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (IOException e) {
            throw new IllegalArgumentException("node information is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.hasNonNull("fingerprint")) {
            throw new IllegalArgumentException("node information must be an object with a fingerprint");
        }
        JsonNode c = root.path("capacity");
        List<PartitionInfo> partitions = new ArrayList<>();
        for (JsonNode p : root.path("partitions")) {
            partitions.add(new PartitionInfo(p.path("reference").asText(), p.path("firstPort").asInt(),
                    p.path("lastPort").asInt(), p.path("instance").asLong(), p.path("state").asText(),
                    p.path("healthy").asBoolean()));
        }
        List<String> releases = new ArrayList<>();
        root.path("installedReleases").forEach(r -> releases.add(r.asText()));
        return new NodeInfo(root.path("name").asText(), root.get("fingerprint").asText(),
                root.path("agentVersion").asText(), root.path("paired").asBoolean(), root.path("generation").asLong(),
                new Capacity(c.path("cpus").asInt(), c.path("memoryMb").asLong(), c.path("diskMb").asLong(),
                        c.path("diskFreeMb").asLong()),
                List.copyOf(partitions), List.copyOf(releases), root.hasNonNull("sealingKey") ? root.get("sealingKey").asText() : null);
    }
}
