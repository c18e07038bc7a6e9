package org.hyperedge.ui.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hyperedge.master.allocation.NodeOffers.NodeOffer;
import org.hyperedge.master.allocation.SlaFilter;

/**
 * Where the instance may go: a node, a site, node labels, and the CPU, memory and disk it reserves, chosen
 * among the master's nodes (listed with their free capacity). Produces the request's SLA map.
 */
final class SlaPanel {

    static final String NODE_KEY = "hyperedge.sla.node";
    static final String SITE_KEY = "hyperedge.sla.site";
    static final String LABEL_KEY = "hyperedge.sla.label";
    static final String NODES_KEY = "hyperedge.sla.nodes";
    private static final String ANY_NODE = "Any node";
    private static final String ANY_SITE = "Any site";

    private final Composite panel;
    private final Combo node;
    private final Combo site;
    private final Composite labels;
    private final Text cpu;
    private final Text memory;
    private final Text disk;
    private final Table table;
    private final List<Runnable> listeners = new ArrayList<>();
    private final List<String> nodeIds = new ArrayList<>();
    private final List<String> sites = new ArrayList<>();
    private final List<Button> labelBoxes = new ArrayList<>();

    SlaPanel(Composite parent) {
        panel = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.horizontalSpacing = 10;
        panel.setLayout(layout);
        node = combo("Node", ANY_NODE, NODE_KEY);
        site = combo("Site", ANY_SITE, SITE_KEY);
        label("Labels");
        labels = new Composite(panel, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.marginLeft = 0;
        row.marginTop = 0;
        row.marginBottom = 0;
        row.spacing = 12;
        labels.setLayout(row);
        labels.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        cpu = amount("CPU (cores)");
        memory = amount("Memory (MB)");
        disk = amount("Disk (MB)");
        Label hint = new Label(panel, SWT.WRAP);
        hint.setText("Left empty, the instance may go to any node with a free partition, and reserves no CPU, memory or "
                + "disk. The master's nodes and what they have free:");
        GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        hintData.widthHint = 500;
        hint.setLayoutData(hintData);
        table = new Table(panel, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(NODES_KEY, Boolean.TRUE);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tableData.heightHint = 110;
        table.setLayoutData(tableData);
        for (String column : List.of("Node", "Site", "Labels", "Free partitions", "Free CPU", "Free memory", "Free disk")) {
            new TableColumn(table, SWT.LEAD).setText(column);
        }
        table.addListener(SWT.DefaultSelection, e -> {
            int index = table.getSelectionIndex();
            if (index >= 0) {
                node.select(index + 1);
                changed();
            }
        });
        setNodes(List.of());
    }

    Composite control() {
        return panel;
    }

    void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    private Label label(String text) {
        Label label = new Label(panel, SWT.NONE);
        label.setText(text);
        return label;
    }

    private Combo combo(String text, String any, String key) {
        label(text);
        Combo combo = new Combo(panel, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.add(any);
        combo.select(0);
        combo.setData(key, Boolean.TRUE);
        GridData data = new GridData(SWT.LEAD, SWT.CENTER, false, false);
        data.widthHint = 320;
        combo.setLayoutData(data);
        combo.addListener(SWT.Selection, e -> changed());
        return combo;
    }

    private Text amount(String text) {
        label(text);
        Text amount = new Text(panel, SWT.BORDER);
        GridData data = new GridData(SWT.LEAD, SWT.CENTER, false, false);
        data.widthHint = 100;
        amount.setLayoutData(data);
        amount.addModifyListener(e -> changed());
        return amount;
    }

    /** Shows the master's nodes: in the node and site choices, as label boxes, and in the capacity table. */
    void setNodes(List<NodeOffer> offers) {
        String chosenNode = selected(node, nodeIds);
        String chosenSite = selected(site, sites);
        nodeIds.clear();
        sites.clear();
        node.removeAll();
        node.add(ANY_NODE);
        site.removeAll();
        site.add(ANY_SITE);
        table.removeAll();
        TreeSet<String> siteNames = new TreeSet<>();
        TreeSet<String> labelPairs = new TreeSet<>();
        for (NodeOffer offer : offers) {
            nodeIds.add(offer.id());
            node.add(offer.id() + " — " + offer.site() + ", " + offer.freePartitions() + " of " + offer.partitions()
                    + " partitions free");
            siteNames.add(offer.site());
            offer.labels().forEach((k, v) -> labelPairs.add(k + "=" + v));
            TableItem row = new TableItem(table, SWT.NONE);
            row.setText(new String[] { offer.id(), offer.site(), String.join(", ", offer.labels().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList()), offer.freePartitions() + " / " + offer.partitions(),
                    PlacementPreview.cores(offer.freeCpuMillis()) + " cores", PlacementPreview.mb(offer.freeMemoryMb()),
                    PlacementPreview.mb(offer.freeDiskMb()) });
        }
        sites.addAll(siteNames);
        sites.forEach(site::add);
        node.select(Math.max(0, nodeIds.indexOf(chosenNode) + 1));
        site.select(Math.max(0, sites.indexOf(chosenSite) + 1));
        List<String> checked = labelBoxes.stream().filter(Button::getSelection).map(Button::getText).toList();
        labelBoxes.forEach(Button::dispose);
        labelBoxes.clear();
        for (Control old : labels.getChildren()) {
            old.dispose();
        }
        if (labelPairs.isEmpty()) {
            new Label(labels, SWT.NONE).setText(offers.isEmpty() ? "No nodes yet" : "No node has labels");
        }
        for (String pair : labelPairs) {
            Button box = new Button(labels, SWT.CHECK);
            box.setText(pair);
            box.setData(LABEL_KEY, pair);
            box.setSelection(checked.contains(pair));
            box.addListener(SWT.Selection, e -> changed());
            labelBoxes.add(box);
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        panel.layout(true, true);
    }

    private static String selected(Combo combo, List<String> values) {
        int index = combo.getSelectionIndex();
        return index > 0 && index - 1 < values.size() ? values.get(index - 1) : null;
    }

    /** The SLA as the request carries it: node, site, label.NAME, cpu, memory-mb, disk-mb. */
    Map<String, String> sla() {
        Map<String, String> sla = new LinkedHashMap<>();
        String chosenNode = selected(node, nodeIds);
        if (chosenNode != null) {
            sla.put("node", chosenNode);
        }
        String chosenSite = selected(site, sites);
        if (chosenSite != null) {
            sla.put("site", chosenSite);
        }
        for (Button box : labelBoxes) {
            if (box.getSelection()) {
                String[] pair = box.getText().split("=", 2);
                sla.put(SlaFilter.LABEL_PREFIX + pair[0], pair[1]);
            }
        }
        put(sla, "cpu", cpu);
        put(sla, "memory-mb", memory);
        put(sla, "disk-mb", disk);
        return sla;
    }

    private static void put(Map<String, String> sla, String key, Text amount) {
        if (!amount.getText().isBlank()) {
            sla.put(key, amount.getText().strip());
        }
    }

    /** What is wrong with the SLA, in the master's words. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        SlaFilter.parse(sla(), problems);
        return problems;
    }
}
