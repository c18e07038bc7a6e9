package org.hyperedge.protocol.desired;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hyperedge.protocol.desired.DesiredState.PartitionState;
import org.hyperedge.protocol.desired.DesiredState.SharedInstance;
import org.hyperedge.protocol.seal.SealingPublicKey;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON form of a desired state, written by the master and read (and checked) by the agent. */
public final class DesiredStateCodec {

    /** The largest document an agent accepts. */
    public static final int MAX_BYTES = 16 << 20;

    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private DesiredStateCodec() {
    }

    public static byte[] write(DesiredState state) {
        ObjectNode root = JSON.createObjectNode();
        root.put("protocol", state.protocol());
        root.put("node", state.node());
        if (state.epoch() != 0) {
            root.put("epoch", state.epoch());
        }
        root.put("generation", state.generation());
        ArrayNode partitions = root.putArray("partitions");
        // each key once, by id; partitions and shared instances name theirs
        Map<String, String> sealingKeys = new LinkedHashMap<>();
        for (PartitionState partition : state.partitions()) {
            ObjectNode p = partitions.addObject();
            p.put("reference", partition.reference());
            p.put("firstPort", partition.firstPort());
            p.put("lastPort", partition.lastPort());
            p.put("instanceId", partition.instanceId());
            p.put("title", partition.title());
            p.put("release", partition.releaseId());
            p.put("softwareType", partition.softwareType());
            p.put("state", partition.state());
            p.set("parameters", partition.parameters());
            if (partition.bang() > 0) {
                p.put("bang", partition.bang());
            }
            sealTo(p, partition.sealTo(), sealingKeys);
            backup(p, partition.backup());
            ArrayNode shared = p.putArray("shared");
            for (SharedInstance guest : partition.shared()) {
                ObjectNode g = shared.addObject();
                g.put("instanceId", guest.instanceId());
                g.put("title", guest.title());
                g.put("state", guest.state());
                g.set("parameters", guest.parameters());
                sealTo(g, guest.sealTo(), sealingKeys);
            }
        }
        if (!sealingKeys.isEmpty()) {
            ObjectNode keys = root.putObject("sealingKeys");
            sealingKeys.forEach(keys::put);
        }
        ObjectNode releases = root.putObject("releases");
        state.releases().forEach(releases::put);
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a desired state: " + e.getMessage(), e);
        }
    }

    /** Reads a document, refusing one that is too large, malformed or of another protocol version. */
    public static DesiredState read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("desired state of " + content.length + " bytes is larger than " + MAX_BYTES);
        }
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (IOException e) {
            throw new IllegalArgumentException("desired state is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("desired state must be a JSON object");
        }
        int protocol = required(root, "protocol").asInt();
        if (protocol != DesiredState.PROTOCOL) {
            throw new IllegalArgumentException("desired state protocol " + protocol + " is not " + DesiredState.PROTOCOL);
        }
        Map<String, SealingPublicKey> keys = sealingKeys(root.path("sealingKeys"));
        List<PartitionState> partitions = new ArrayList<>();
        for (JsonNode p : required(root, "partitions")) {
            List<SharedInstance> shared = new ArrayList<>();
            for (JsonNode g : p.path("shared")) {
                shared.add(new SharedInstance(required(g, "instanceId").asLong(), text(g, "title"), text(g, "state"),
                        objectOrEmpty(g.get("parameters")), sealTo(g, keys)));
            }
            partitions.add(new PartitionState(text(p, "reference"), required(p, "firstPort").asInt(),
                    required(p, "lastPort").asInt(), required(p, "instanceId").asLong(), text(p, "title"),
                    text(p, "release"), text(p, "softwareType"), text(p, "state"), objectOrEmpty(p.get("parameters")),
                    List.copyOf(shared), p.path("bang").asLong(0), sealTo(p, keys), backup(p.path("backup"))));
        }
        Map<String, String> releases = new LinkedHashMap<>();
        required(root, "releases").fields().forEachRemaining(e -> releases.put(e.getKey(), e.getValue().asText()));
        JsonNode epoch = root.path("epoch");
        if (!epoch.isMissingNode() && !(epoch.canConvertToLong() && epoch.asLong() >= 0)) {
            throw new IllegalArgumentException("epoch is not a whole number ≥ 0: " + epoch);
        }
        return new DesiredState(protocol, text(root, "node"), epoch.asLong(0), required(root, "generation").asLong(),
                partitions, releases);
    }

    private static void backup(ObjectNode target, DesiredState.BackupOrders orders) {
        if (orders.serial() == 0 && !orders.restores()) {
            return;
        }
        ObjectNode backup = target.putObject("backup");
        if (orders.serial() > 0) {
            backup.put("serial", orders.serial());
        }
        if (orders.restores()) {
            backup.put("restoreSha256", orders.restoreSha256());
            backup.put("restoreSize", orders.restoreSize());
        }
    }

    /** The backup orders of a partition; a restore names its file by sha256 (64 lower-case hex digits) and size. */
    private static DesiredState.BackupOrders backup(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return DesiredState.BackupOrders.NONE;
        }
        String sha256 = node.hasNonNull("restoreSha256") ? node.get("restoreSha256").asText() : null;
        if (sha256 != null && !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("desired state: backup.restoreSha256 '" + sha256 + "' is not a sha256 digest");
        }
        long size = node.path("restoreSize").asLong(0);
        if (size < 0 || node.path("serial").asLong(0) < 0) {
            throw new IllegalArgumentException("desired state: backup.serial and backup.restoreSize must be ≥ 0");
        }
        return new DesiredState.BackupOrders(node.path("serial").asLong(0), sha256, size);
    }

    private static void sealTo(ObjectNode target, List<SealingPublicKey> recipients, Map<String, String> keys) {
        if (recipients.isEmpty()) {
            return;
        }
        ArrayNode ids = target.putArray("sealTo");
        for (SealingPublicKey key : recipients) {
            keys.put(key.id(), key.text());
            ids.add(key.id());
        }
    }

    /** The document's keys by id; a key whose id is not its own is refused, as a key that does not read. */
    private static Map<String, SealingPublicKey> sealingKeys(JsonNode node) {
        Map<String, SealingPublicKey> keys = new LinkedHashMap<>();
        if (!node.isMissingNode() && !node.isObject()) {
            throw new IllegalArgumentException("desired state: sealingKeys must be an object of keys by id, not "
                    + node.getNodeType());
        }
        node.fields().forEachRemaining(entry -> {
            SealingPublicKey key;
            try {
                key = SealingPublicKey.parse(entry.getValue().asText());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("desired state: sealing key " + entry.getKey() + ": " + e.getMessage(), e);
            }
            if (!key.id().equals(entry.getKey())) {
                throw new IllegalArgumentException("desired state: sealing key " + entry.getKey() + " has the id " + key.id());
            }
            keys.put(key.id(), key);
        });
        return keys;
    }

    private static List<SealingPublicKey> sealTo(JsonNode node, Map<String, SealingPublicKey> keys) {
        List<SealingPublicKey> recipients = new ArrayList<>();
        JsonNode sealTo = node.path("sealTo");
        if (!sealTo.isMissingNode() && !sealTo.isArray()) {
            throw new IllegalArgumentException("desired state: instance " + node.path("instanceId").asText()
                    + ": sealTo must be a list of key ids, not " + sealTo.getNodeType());
        }
        for (JsonNode id : sealTo) {
            SealingPublicKey key = keys.get(id.asText());
            if (key == null) {
                throw new IllegalArgumentException("desired state: instance " + node.path("instanceId").asText()
                        + " is to be sealed to key " + id.asText() + ", which the document does not carry in sealingKeys");
            }
            recipients.add(key);
        }
        return List.copyOf(recipients);
    }

    private static ObjectNode objectOrEmpty(JsonNode node) {
        return node instanceof ObjectNode object ? object : JSON.createObjectNode();
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("desired state lacks '" + field + "'");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        return required(node, field).asText();
    }
}
