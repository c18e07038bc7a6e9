package org.hyperedge.ui.nodes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyperedge.protocol.tls.PairingCode;

/**
 * What the adoption wizard asks: the agent's address (or several, comma-separated, for a node on several links),
 * the pairing code it printed, the site and labels; each checked as typed, with a message that names the field and
 * the rule.
 */
public record AdoptionForm(String address, String code, String site, String labels) {

    /** As many addresses as {@code nodes adopt} takes for one node. */
    public static final int MAX_ADDRESSES = 8;

    /** The first problem, or empty when the node can be adopted with these answers. */
    public Optional<String> problem() {
        String[] parts = address.split(",", -1);
        if (parts.length > MAX_ADDRESSES) {
            return Optional.of("Address: at most " + MAX_ADDRESSES + " addresses for one node");
        }
        List<String> seen = new ArrayList<>();
        for (String part : parts) {
            String one = part.strip();
            if (!one.matches("[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}")) {
                return Optional.of(parts.length == 1 ? "Address: HOST:PORT of the agent, e.g. 192.168.1.20:7443"
                        : "Address: '" + one + "' is not HOST:PORT (several: 192.168.1.20:7443, 10.8.0.20:7443)");
            }
            int port = Integer.parseInt(one.substring(one.lastIndexOf(':') + 1));
            if (port < 1 || port > 65_535) {
                return Optional.of("Address: the port must be between 1 and 65535");
            }
            if (seen.contains(one)) {
                return Optional.of("Address: " + one + " is given twice");
            }
            seen.add(one);
        }
        try {
            PairingCode.parse(code);
        } catch (IllegalArgumentException e) {
            return Optional.of("Pairing code: 32 hex digits, a dash, 8 letters or digits, as the agent printed it");
        }
        if (!site.strip().matches("[A-Za-z0-9][A-Za-z0-9._\\-]{0,62}")) {
            return Optional.of("Site: letters, digits, '.', '_' or '-', up to 63, e.g. factory-lyon");
        }
        try {
            labelMap();
        } catch (IllegalArgumentException e) {
            return Optional.of("Labels: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The addresses, in the order given: the node is synced over the first that works. */
    public List<String> addresses() {
        return java.util.Arrays.stream(address.split(",")).map(String::strip).toList();
    }

    /** "zone=hall-a, gpu=yes" as a map; a part without '=' or with an empty name is refused. */
    public Map<String, String> labelMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String part : labels.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not NAME=VALUE");
            }
            map.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
        }
        return map;
    }
}
