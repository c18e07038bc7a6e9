package org.hyperedge.cli;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hyperedge.cli.input.InputRefused;
import org.hyperedge.cli.input.Numbers;
import org.hyperedge.cli.input.Text;
import org.hyperedge.master.allocation.SlaFilter;

/**
 * {@code --node KEY=VALUE}: where a request may go and what it takes. Names are names (no control or bidirectional
 * characters), amounts are bounded; the master checks the rest (unknown keys, with what is known).
 */
final class Sla {

    private Sla() {
    }

    static Map<String, String> read(Arguments parsed) {
        Map<String, String> sla = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : parsed.pairs("node").entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue();
            String what = "--node " + key;
            switch (key) {
                case "node", "site" -> Text.name(what, value, Limits.NAME);
                case "cpu" -> Numbers.decimal(what, value, BigDecimal.ZERO, Limits.SLA_CPU, 3, "cores");
                case "memory-mb", "disk-mb" -> Numbers.whole(what, value, 0, Limits.SLA_MB, "MB");
                default -> {
                    if (!key.startsWith(SlaFilter.LABEL_PREFIX)) {
                        throw new InputRefused("--node " + Text.quote(key + "=" + value) + " has an unknown key; give node, "
                                + "site, label.NAME, cpu, memory-mb or disk-mb");
                    }
                    Text.name("--node label name", key.substring(SlaFilter.LABEL_PREFIX.length()), Limits.NAME);
                    Text.name(what, value, Limits.NAME);
                }
            }
            sla.put(key, value);
        }
        return sla;
    }
}
