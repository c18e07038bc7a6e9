package org.hyperedge.master.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a site step did, in counts ({@code releases: 4}, {@code usage records: 120}), with the bundle's id and
 * signer, and for a return import the conflicts the operator has to look at (for a site set-up, its problems; for a
 * site import, where it kept the agent packages the bundle carried).
 */
public record SiteSummary(String step, String bundleId, String signer, Map<String, Long> counts, List<String> conflicts) {

    public SiteSummary {
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        conflicts = List.copyOf(conflicts);
    }

    public long count(String what) {
        return counts.getOrDefault(what, 0L);
    }

    /** One line: {@code site import of 3f2a…: 4 releases, 2 artifacts, …}, then one line per conflict. */
    @Override
    public String toString() {
        String line = step + " " + bundleId + ": " + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        if (conflicts.isEmpty()) {
            return line;
        }
        String heading = switch (step) {
            case "return import" -> conflicts.size() + " conflict" + (conflicts.size() == 1 ? "" : "s")
                    + " (the office's request was kept):\n";
            case "site import" -> "";
            default -> conflicts.size() + " problem" + (conflicts.size() == 1 ? "" : "s") + ":\n";
        };
        return line + "\n" + heading + conflicts.stream().map(c -> "  " + c).collect(Collectors.joining("\n"));
    }

    /** Counts in the order they were added. */
    static final class Counts {
        private final Map<String, Long> counts = new LinkedHashMap<>();

        Counts add(String what, long n) {
            counts.merge(what, n, Long::sum);
            return this;
        }

        Counts put(String what, long n) {
            counts.put(what, n);
            return this;
        }

        Map<String, Long> map() {
            return counts;
        }
    }
}
