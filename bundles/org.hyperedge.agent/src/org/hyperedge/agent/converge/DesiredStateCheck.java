package org.hyperedge.agent.converge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hyperedge.agent.AgentOptions;
import org.hyperedge.protocol.desired.DesiredState;
import org.hyperedge.protocol.desired.DesiredState.PartitionState;
import org.hyperedge.protocol.release.InvalidDescriptorException;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.protocol.release.ReleaseDescriptorReader;

/**
 * What a desired state must satisfy on this node before it replaces the held one: partitions this node
 * has, with its port ranges, each named once, each instance's release present and readable with the
 * requested software type, and known requested states. Every problem is named, not just the first.
 */
public final class DesiredStateCheck {

    private static final Set<String> STATES = Set.of("started", "stopped", "destroyed");

    private DesiredStateCheck() {
    }

    /** The partitions this node offers: {@code p000}, {@code p001}, ... with the port range shared out evenly. */
    public static List<int[]> partitionPorts(AgentOptions options) {
        List<int[]> ranges = new ArrayList<>();
        int size = options.portsPerPartition();
        for (int i = 0; i < options.partitions(); i++) {
            ranges.add(new int[] { options.firstPort() + i * size, options.firstPort() + (i + 1) * size - 1 });
        }
        return ranges;
    }

    public static String reference(int index) {
        return String.format("p%03d", index);
    }

    public static void check(DesiredState state, AgentOptions options) {
        List<String> problems = new ArrayList<>();
        List<int[]> ranges = partitionPorts(options);
        Set<String> seen = new HashSet<>();
        for (PartitionState partition : state.partitions()) {
            String ref = partition.reference();
            int index = ref.matches("p\\d{3}") ? Integer.parseInt(ref.substring(1)) : -1;
            if (index < 0 || index >= ranges.size()) {
                problems.add("partition '" + ref + "' is not one of this node's (" + reference(0) + " to "
                        + reference(ranges.size() - 1) + ")");
                continue;
            }
            if (!seen.add(ref)) {
                problems.add("partition " + ref + " appears twice");
            }
            int[] range = ranges.get(index);
            if (partition.firstPort() != range[0] || partition.lastPort() != range[1]) {
                problems.add("partition " + ref + " has ports " + partition.firstPort() + "-" + partition.lastPort()
                        + " but this node gives it " + range[0] + "-" + range[1]);
            }
            if (!STATES.contains(partition.state())) {
                problems.add("partition " + ref + " requests state '" + partition.state() + "' (known: started, stopped, destroyed)");
            }
            partition.shared().stream().filter(g -> !STATES.contains(g.state())).forEach(g -> problems.add("shared instance "
                    + g.title() + " in " + ref + " requests state '" + g.state() + "'"));
            checkRelease(partition, state.releases(), problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("desired state refused: " + String.join("; ", problems));
        }
    }

    private static void checkRelease(PartitionState partition, Map<String, String> releases, List<String> problems) {
        String text = releases.get(partition.releaseId());
        if (text == null) {
            problems.add("partition " + partition.reference() + " uses release '" + partition.releaseId()
                    + "', which the document does not carry (unknown release)");
            return;
        }
        try {
            ReleaseDescriptor release = ReleaseDescriptorReader.read(partition.releaseId(), text);
            if (!release.types().containsKey(partition.softwareType())) {
                problems.add("partition " + partition.reference() + ": release " + release.id()
                        + " has no software type '" + partition.softwareType() + "'");
            }
        } catch (InvalidDescriptorException e) {
            problems.add("release '" + partition.releaseId() + "' is invalid: " + e.getMessage());
        }
    }
}
