package org.hyperedge.agent.seal;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.hyperedge.protocol.seal.SealException;
import org.hyperedge.protocol.seal.SealedValue;
import org.hyperedge.protocol.seal.SealingKeyPair;
import org.hyperedge.protocol.seal.SealingPublicKey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * This node's side of zero knowledge: its sealing key pair (kept beside its TLS identity, 0600), which opens the
 * values other nodes sealed to it (a linked database's password), and the sealing of this node's secret
 * connection values to the keys the master names. Both are remembered, in memory: a value is sealed again
 * only when it or its recipients change, so a report does not change on every pass, and an opened value
 * costs one key agreement.
 *
 * <p>Every secret this agent handles in clear (partition secrets, opened values) is also known to
 * {@link #redact}, which takes them out of anything reported, should a promise's message or an error quote one.
 */
public final class NodeSeal {

    public static final String KEY_FILE = "sealing.key";
    /** What a secret found in a report's text is replaced with. */
    public static final String REDACTED = "(secret)";
    /** Shorter strings are not redacted: a partition secret is 32 characters, an opened URL longer still. */
    private static final int SHORTEST_REDACTED = 8;
    private static final int REMEMBERED = 4_096;

    private final SealingKeyPair key;
    private final Map<String, String> sealed = lru();
    private final Map<String, String> opened = lru();
    private final Set<String> secrets = ConcurrentHashMap.newKeySet();

    public NodeSeal(SealingKeyPair key) {
        this.key = key;
    }

    /** The node's key pair in {@code identityDirectory/sealing.key}, made on first start. */
    public static NodeSeal loadOrCreate(Path identityDirectory) {
        SealingKeyPair key = SealingKeyPair.loadOrCreate(identityDirectory.resolve(KEY_FILE));
        // loads the cipher's classes now (tens of ms on a cold JVM), not on the first instance's report
        SealedValue.seal("", List.of(key.publicKey())).open(key);
        return new NodeSeal(key);
    }

    public SealingPublicKey publicKey() {
        return key.publicKey();
    }

    /** The parameters, and the names of the top-level ones that held a sealed value. */
    public record Opened(ObjectNode parameters, Set<String> sealedNames) {
    }

    /**
     * The parameters with every sealed value opened with this node's key (at any depth). A value not sealed to
     * this node (yet) is a {@link SealedParameterException} naming the parameter.
     */
    public Opened open(ObjectNode parameters) {
        Set<String> sealedNames = new LinkedHashSet<>();
        ObjectNode copy = parameters.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> fields = copy.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = openAll(field.getKey(), field.getValue());
            if (value != field.getValue()) {
                sealedNames.add(field.getKey());
                field.setValue(value);
            }
        }
        return new Opened(copy, Set.copyOf(sealedNames));
    }

    /** {@code plaintext} sealed to {@code recipients}: the same text as last time while neither changed. */
    public String seal(String plaintext, List<SealingPublicKey> recipients) {
        remember(plaintext);
        String cacheKey = recipients.stream().map(SealingPublicKey::id).collect(Collectors.joining(",")) + "\n" + plaintext;
        synchronized (sealed) {
            String known = sealed.get(cacheKey);
            if (known != null) {
                return known;
            }
        }
        String text = SealedValue.seal(plaintext, recipients).text();
        synchronized (sealed) {
            sealed.put(cacheKey, text);
        }
        return text;
    }

    /** A secret this agent handles in clear: never to be reported as such. Returns it. */
    public String remember(String secret) {
        if (secret != null && secret.length() >= SHORTEST_REDACTED) {
            secrets.add(secret);
        }
        return secret;
    }

    /** The report data with every known secret in its texts replaced by {@value #REDACTED}. */
    public ObjectNode redact(ObjectNode data) {
        if (secrets.isEmpty() || !containsSecret(data)) {
            return data;
        }
        return (ObjectNode) redacted(data.deepCopy());
    }

    private JsonNode openAll(String parameter, JsonNode value) {
        if (value.isTextual() && SealedValue.isSealed(value.textValue())) {
            return TextNode.valueOf(open(parameter, value.textValue()));
        }
        if (value.isContainerNode()) {
            JsonNode copy = value.deepCopy();
            boolean changed = false;
            if (copy.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> fields = copy.fields(); fields.hasNext();) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    JsonNode inner = openAll(parameter, field.getValue());
                    changed |= inner != field.getValue();
                    field.setValue(inner);
                }
            } else {
                for (int i = 0; i < copy.size(); i++) {
                    JsonNode inner = openAll(parameter, copy.get(i));
                    changed |= inner != copy.get(i);
                    ((com.fasterxml.jackson.databind.node.ArrayNode) copy).set(i, inner);
                }
            }
            return changed ? copy : value;
        }
        return value;
    }

    private String open(String parameter, String text) {
        synchronized (opened) {
            String known = opened.get(text);
            if (known != null) {
                return known;
            }
        }
        String plain;
        try {
            plain = SealedValue.parse(text).open(key);
        } catch (SealException e) {
            throw new SealedParameterException(parameter, e.notSealedToKey()
                    ? "parameter " + parameter + " is sealed, not (yet) to this node's key " + key.publicKey().id()
                            + ": waiting for the agent that published it to seal it to this node too"
                    : "parameter " + parameter + " is sealed and was altered on its way: it does not open", e);
        } catch (IllegalArgumentException e) {
            throw new SealedParameterException(parameter, "parameter " + parameter + ": " + e.getMessage(), e);
        }
        remember(plain);
        synchronized (opened) {
            opened.put(text, plain);
        }
        return plain;
    }

    private boolean containsSecret(JsonNode node) {
        if (node.isTextual()) {
            String text = node.textValue();
            return text.length() >= SHORTEST_REDACTED && secrets.stream().anyMatch(text::contains);
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                if (containsSecret(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    private JsonNode redacted(JsonNode node) {
        if (node.isTextual()) {
            String text = node.textValue();
            for (String secret : secrets) {
                text = text.replace(secret, REDACTED);
            }
            return TextNode.valueOf(text);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> field.setValue(redacted(field.getValue())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, redacted(node.get(i)));
            }
        }
        return node;
    }

    private static Map<String, String> lru() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > REMEMBERED;
            }
        };
    }
}
