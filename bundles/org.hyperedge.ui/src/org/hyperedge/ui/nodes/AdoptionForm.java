package org.hyperedge.ui.nodes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.hyperedge.protocol.tls.PairingCode;

/**
 * What the adoption wizard asks: the agent's address, the pairing code it printed, the site and labels;
 * each checked as typed, with a message that names the field and the rule.
 */
public record AdoptionForm(String address, String code, String site, String labels) {

    /** The first problem, or empty when the node can be adopted with these answers. */
    public Optional<String> problem() {
        if (!address.strip().matches("[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}")) {
            return Optional.of("Address: HOST:PORT of the agent, e.g. 192.168.1.20:7443");
        }
        int port = Integer.parseInt(address.strip().substring(address.strip().lastIndexOf(':') + 1));
        if (port < 1 || port > 65_535) {
            return Optional.of("Address: the port must be between 1 and 65535");
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
