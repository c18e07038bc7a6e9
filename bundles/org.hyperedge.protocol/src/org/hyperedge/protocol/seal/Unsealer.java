package org.hyperedge.protocol.seal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * How an operator's tools show values: a plain value as it is, a sealed one opened with the operator's key when
 * it was sealed to it, else {@value SealedValue#SHOWN}. Opened values are remembered (a table repaints often;
 * an X25519 agreement per cell would show), in memory only.
 */
public final class Unsealer {

    /** An operator with no key at hand: every sealed value shows as sealed. */
    public static final Unsealer NONE = new Unsealer(null);

    private static final int REMEMBERED = 1_024;

    private final SealingKeyPair key;
    private final Map<String, String> opened = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    };

    public Unsealer(SealingKeyPair key) {
        this.key = key;
    }

    public boolean hasKey() {
        return key != null;
    }

    /** The key's id, or null without a key. */
    public String keyId() {
        return key == null ? null : key.publicKey().id();
    }

    /** The value as its reader may see it. */
    public String shown(String value) {
        if (!SealedValue.isSealed(value)) {
            return value;
        }
        if (key == null) {
            return SealedValue.SHOWN;
        }
        synchronized (opened) {
            String known = opened.get(value);
            if (known != null) {
                return known;
            }
        }
        String plain;
        try {
            plain = SealedValue.parse(value).open(key);
        } catch (SealException | IllegalArgumentException e) {
            return SealedValue.SHOWN;
        }
        synchronized (opened) {
            opened.put(value, plain);
        }
        return plain;
    }

    /** A copy of the JSON object with each sealed text value (at any depth) shown as {@link #shown} does. */
    public JsonNode shown(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return SealedValue.isSealed(node.textValue()) ? TextNode.valueOf(shown(node.textValue())) : node;
        }
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).objectNode();
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), shown(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            var copy = ((com.fasterxml.jackson.databind.node.ArrayNode) node).arrayNode();
            node.forEach(element -> copy.add(shown(element)));
            return copy;
        }
        return node;
    }
}
