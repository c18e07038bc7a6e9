package org.hyperedge.ui.properties;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.hyperedge.master.monitoring.ProcessExit;
import org.hyperedge.master.view.InstanceDetail;
import org.hyperedge.master.view.NodeRow;
import org.hyperedge.protocol.seal.Unsealer;
import org.hyperedge.ui.parts.ConsoleIcons;
import org.hyperedge.ui.parts.RowIcons;
import org.hyperedge.console.core.monitoring.Staleness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The Properties view's content as sections of name/value rows, built off the UI thread's concerns. */
final class PropertyRows {

    record Section(String title, List<String[]> rows) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A third entry of a row whose value was sealed in the master: the value column shows the lock beside it. */
    static final String SEALED = "sealed";

    private PropertyRows() {
    }

    /** The instance's sections; sealed values opened with {@code unsealer}'s key when sealed to it, else "(sealed)". */
    static List<Section> of(InstanceDetail detail, Unsealer unsealer) {
        Instant now = Instant.now();
        var row = detail.row();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Instance", List.of(
                new String[] { "Title", row.title() },
                new String[] { "Release", row.releaseId() },
                new String[] { "Software type", row.softwareType() },
                new String[] { "Node", row.nodeId() == null ? "not placed: " + nullToEmpty(row.pendingReason()) : row.nodeId() },
                new String[] { "Partition", nullToEmpty(row.partition()) },
                new String[] { "Requested", row.requestedState() },
                new String[] { "Reported", row.reportedState() },
                new String[] { "Healthy", row.lastReportAt() == null ? "not reported yet" : row.healthy() ? "yes" : "no" },
                new String[] { "Last report", Staleness.reportAge(row.lastReportAt(), now) },
                new String[] { "Error", nullToEmpty(row.error()) },
                new String[] { "Last backup", backup(detail.lastBackup(), now) })));
        sections.add(new Section("Parameters", json(detail.parameters(), unsealer)));
        sections.add(new Section("Connection parameters", json(detail.connectionParameters(), unsealer)));
        sections.add(new Section("SLA", json(detail.sla())));
        List<String[]> promises = new ArrayList<>();
        detail.promises().forEach(p -> promises.add(new String[] { p.name(),
                (p.ok() ? "ok" : "FAILING") + " · " + Staleness.age(p.checkedAt(), now) + " · " + p.message() }));
        sections.add(new Section("Promises", promises));
        detail.exits().forEach(exit -> sections.add(exit(exit, now)));
        List<String[]> history = new ArrayList<>();
        detail.history().forEach(h -> history.add(new String[] { Staleness.age(h.at(), now), HistoryText.of(h.kind(), h.summary()) }));
        sections.add(new Section("History (newest first)", history));
        return sections;
    }

    /** The newest data backup: its age, size, node, and whether the master holds it (only then can it be restored). */
    static String backup(org.hyperedge.master.recovery.InstanceBackups.Backup backup, Instant now) {
        if (backup == null) {
            return "none yet";
        }
        return Staleness.age(backup.takenAt(), now) + " · " + String.format("%,d", backup.size()) + " bytes · on "
                + backup.nodeId() + (backup.stored() ? " · held by the master" : " · not on the master yet")
                + (backup.replicated() ? " · and by " + backup.replicaNode() : "");
    }

    /** How a process last ended: its status, when, and its last lines of output (why a crash loop loops). */
    static Section exit(ProcessExit exit, Instant now) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "Status", exit.status() });
        rows.add(new String[] { "When", Staleness.age(exit.at(), now) + (exit.restartInMs() < 0 ? ""
                : " · restarting after " + exit.restartInMs() / 1000.0 + " s") });
        for (int i = 0; i < exit.log().size(); i++) {
            rows.add(new String[] { i == 0 ? "Last output" : "", exit.log().get(i) });
        }
        return new Section("Last exit of " + exit.process(), rows);
    }

    /** The master's record of the node, and what its agent said just now ({@code live}: its NodeInfo or why not). */
    static List<Section> of(NodeRow node, Object live) {
        Instant now = Instant.now();
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] { "Address", nullToEmpty(node.address()) });
        facts.add(new String[] { "Site", node.site() });
        facts.add(new String[] { "Last report", Staleness.reportAge(node.lastReportAt(), now) });
        facts.add(new String[] { "Sync", node.syncError() == null ? "ok" : "failing: " + node.syncError() });
        facts.add(new String[] { "Clock", node.clock() == null ? "not measured yet" : node.clock().describe()
                + (node.clock().off() ? " the master's: its report times are corrected by that much" : "") });
        facts.add(new String[] { "Partitions", node.usedPartitions() + " used of " + node.partitions() });
        facts.add(new String[] { "CPU", node.usedCpuMillis() + " of " + node.cpuMillis() + " millicores allocated" });
        facts.add(new String[] { "Memory", node.usedMemoryMb() + " of " + node.memoryMb() + " MB allocated" });
        facts.add(new String[] { "Disk", node.usedDiskMb() + " of " + node.diskMb() + " MB allocated" });
        List<String[]> labels = new ArrayList<>();
        node.labels().forEach((name, value) -> labels.add(new String[] { name, value }));
        List<String[]> releases = new ArrayList<>();
        node.releases().forEach(release -> releases.add(new String[] { release, "" }));
        List<Section> sections = new ArrayList<>(List.of(new Section("Node " + node.id(), facts),
                new Section("Labels", labels), new Section("Releases in use", releases)));
        if (live instanceof org.hyperedge.protocol.node.NodeInfo info) {
            List<String[]> agent = new ArrayList<>();
            agent.add(new String[] { "Agent", info.name() + " · version " + info.agentVersion() });
            agent.add(new String[] { "Machine", info.capacity().cpus() + " CPUs · " + info.capacity().memoryMb()
                    + " MB memory · " + info.capacity().diskFreeMb() + " of " + info.capacity().diskMb() + " MB disk free" });
            agent.add(new String[] { "Desired state held", "generation " + info.generation() });
            info.installedReleases().forEach(release -> agent.add(new String[] { "Installed", release }));
            sections.add(new Section("Live from the agent", agent));
            List<String[]> partitions = new ArrayList<>();
            info.partitions().forEach(p -> partitions.add(new String[] { p.reference(), p.instanceId() == 0 ? "free"
                    : "instance " + p.instanceId() + " · " + p.state() + (p.healthy() ? ", healthy" : "")
                            + " · ports " + p.firstPort() + "-" + p.lastPort() }));
            sections.add(new Section("Partitions (live)", partitions));
        } else if (live != null) {
            sections.add(new Section("Live from the agent", List.<String[]>of(new String[] { "Not reachable", live.toString() })));
        }
        return sections;
    }

    static void fill(Tree tree, List<Section> sections) {
        tree.setRedraw(false);
        tree.removeAll();
        for (Section section : sections) {
            TreeItem head = new TreeItem(tree, SWT.NONE);
            head.setText(new String[] { section.title(), section.rows().isEmpty() ? "none" : "" });
            head.setFont(org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT));
            for (String[] row : section.rows()) {
                TreeItem item = new TreeItem(head, SWT.NONE);
                item.setText(new String[] { row[0], row[1] });
                if (row.length > 2 && SEALED.equals(row[2])) {
                    item.setImage(1, ConsoleIcons.image(tree.getDisplay(), ConsoleIcons.SEALED_SECRET));
                }
            }
            head.setExpanded(true);
        }
        tree.setRedraw(true);
    }

    /** A JSON object as rows; nested values as compact JSON. */
    static List<String[]> json(String text) {
        return json(text, Unsealer.NONE);
    }

    /** A JSON object as rows, sealed values shown as {@code unsealer} may show them; nested values as compact JSON. */
    static List<String[]> json(String text, Unsealer unsealer) {
        List<String[]> rows = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return rows;
        }
        try {
            JsonNode node = JSON.readTree(text);
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = unsealer.shown(field.getValue());
                String shown = value.isValueNode() ? value.asText() : value.toString();
                rows.add(RowIcons.value(field.getValue().asText(null)) == null ? new String[] { field.getKey(), shown }
                        : new String[] { field.getKey(), shown, SEALED });
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            rows.add(new String[] { "(not JSON)", text });
        }
        return rows;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
