package org.hyperedge.ui.nodes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.hyperedge.connector.Connector;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.fleet.FleetModel;
import org.hyperedge.master.fleet.NodeRows;
import org.hyperedge.master.view.NodeRow;
import org.hyperedge.protocol.node.SiteSummary;
import org.hyperedge.ui.ConsolePreferences;
import org.hyperedge.console.core.monitoring.Staleness;
import org.hyperedge.ui.handlers.FilterInstancesHandler;
import org.hyperedge.ui.instances.InstancesPart;
import org.hyperedge.ui.parts.ConsoleIcons;
import org.hyperedge.ui.parts.MasterPart;
import org.hyperedge.ui.parts.MenuItems;
import org.hyperedge.ui.parts.ModelChanges;
import org.hyperedge.ui.parts.RowIcons;
import org.hyperedge.ui.theme.Palette;

import jakarta.inject.Inject;

/**
 * Sites and their nodes: capacity and what is allocated, partitions, the releases they run, and the age of
 * each node's last report, said as it is and coloured by the thresholds in the preferences. Adopt and
 * revoke from here.
 * <p>
 * Bound to the master's fleet model: a notification that can change a node's line (its site, the node, its
 * partitions, an instance placed or freed: {@link NodeRows#concernNodes}) has the lines made again from the model,
 * in the background and without reading the database; the ages are said again every {@value #AGE_REFRESH_MS} ms
 * from the lines shown.
 */
public class NodesPart extends MasterPart {

    public static final String TREE_KEY = "org.hyperedge.ui.nodes.tree";
    public static final String ADOPT_KEY = "org.hyperedge.ui.nodes.adopt";
    /** The data key of the node rows' menu item that lists the node's instances. */
    public static final String SHOW_INSTANCES_KEY = "org.hyperedge.ui.nodes.showInstances";
    /** The data key of the node rows' menu item that copies the node's address. */
    public static final String COPY_ADDRESS_KEY = "org.hyperedge.ui.nodes.copyAddress";
    /** The data key of the rows' menu item that makes an enrolment token for a node behind NAT. */
    public static final String ENROL_KEY = "org.hyperedge.ui.nodes.enrol";
    /** The data key of a release row under a federated site: the id of a release its catalog offers. */
    public static final String OFFERED_KEY = "org.hyperedge.ui.nodes.offered";
    /** The data key of a site row: the site's name. */
    static final String SITE_KEY = "org.hyperedge.ui.nodes.site";
    static final int AGE_REFRESH_MS = 5_000;
    /**
     * The age of the last report comes right after the name: it is what a narrow view must still show; then how far
     * the node's clock is off the master's.
     */
    public static final String[] HEADERS = { "Node", "Mode", "Last report", "Clock", "Partitions", "CPU", "Memory", "Disk",
            "Address", "Labels", "Releases" };
    static final int LAST_REPORT_COLUMN = 2;
    static final int CLOCK_COLUMN = 3;
    static final int PARTITIONS_COLUMN = 4;
    private static final int[] WIDTHS = { 130, 70, 95, 110, 75, 70, 110, 110, 200, 120, 220 };

    @Inject
    MApplication application;
    @Inject
    ConsolePreferences preferences;
    @Inject
    EPartService parts;

    private Tree tree;
    private Label summary;
    private List<NodeRow> shown = List.of();
    private boolean reading;
    /** A notification came while the lines were being made: make them once more when done. */
    private boolean readAgain;

    @Override
    protected void createContent(Composite parent, EmbeddedMaster master) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        ToolBar tools = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
        ToolItem adopt = new ToolItem(tools, SWT.PUSH);
        adopt.setImage(ConsoleIcons.image(parent.getDisplay(), "adopt-node"));
        adopt.setToolTipText("Adopt a node by its agent's address and pairing code (Ctrl+Shift+A)");
        adopt.setData(ADOPT_KEY, Boolean.TRUE);
        adopt.addListener(SWT.Selection, event -> openAdoption(tools.getShell(), master, connectorOrSay(tools.getShell())));
        ToolItem revoke = new ToolItem(tools, SWT.PUSH);
        revoke.setImage(ConsoleIcons.image(parent.getDisplay(), "revoke-node"));
        revoke.setToolTipText("Revoke: stop talking to the selected node until it is paired and adopted again");
        revoke.addListener(SWT.Selection, event -> revokeSelected());
        summary = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

        tree = new Tree(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        tree.setHeaderVisible(true);
        tree.setData(TREE_KEY, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
        for (int i = 0; i < HEADERS.length; i++) {
            TreeColumn column = new TreeColumn(tree, SWT.LEFT);
            column.setText(HEADERS[i]);
            column.setWidth(WIDTHS[i]);
        }
        tree.addListener(SWT.Selection, event -> {
            Object data = event.item == null ? null : event.item.getData();
            if (data instanceof NodeRow node) {
                org.hyperedge.ui.parts.ConsoleSelection.set(application, node);
            }
        });
        tree.setMenu(rowMenu(master));
        org.hyperedge.ui.parts.KeyboardMenuPlacement.install(tree);
        bindTo(master.fleet());
        whileShown(AGE_REFRESH_MS, tree, () -> show(shown));
    }

    /** Observes the fleet model for as long as the tree lives; only the notifications that concern nodes count. */
    private void bindTo(FleetModel fleet) {
        ModelChanges changes = new ModelChanges(tree.getDisplay(), this::reload);
        Adapter nodeChanges = new AdapterImpl() {
            @Override
            public void notifyChanged(Notification notification) {
                if (NodeRows.concernNodes(notification)) {
                    changes.notifyChanged(notification);
                }
            }
        };
        fleet.observe(nodeChanges);
        tree.addDisposeListener(event -> {
            changes.stop();
            fleet.stopObserving(nodeChanges);
        });
    }

    @Override
    protected boolean followsMasterEvents() {
        return false;
    }

    /**
     * The node rows' menu: adopt another node, revoke this one, list the instances placed on it, copy its address, or make
     * a token for a node behind NAT to enrol itself in the selected row's site.
     */
    private Menu rowMenu(EmbeddedMaster master) {
        Menu menu = new Menu(tree);
        MenuItems.push(menu, "&Adopt Node…", "adopt-node", null, null,
                () -> openAdoption(tree.getShell(), master, connectorOrSay(tree.getShell())));
        MenuItem revoke = MenuItems.push(menu, "&Revoke…", "revoke-node", null, null, this::revokeSelected);
        MenuItem instances = MenuItems.push(menu, "Show &Instances", "part-instances", SHOW_INSTANCES_KEY, Boolean.TRUE,
                this::showInstancesOfSelected);
        MenuItem copyAddress = MenuItems.push(menu, "&Copy Address", "copy", COPY_ADDRESS_KEY, Boolean.TRUE,
                this::copyAddressOfSelected);
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItems.push(menu, "&Enrol a Node Behind NAT…", "node-dial-in", ENROL_KEY, Boolean.TRUE,
                () -> EnrolmentDialog.issue(tree.getShell(), master, selectedSite(), preferences.endpointListen().orElse(null)));
        menu.addListener(SWT.Show, event -> {
            NodeRow node = selectedNode();
            revoke.setEnabled(node != null);
            instances.setEnabled(node != null);
            copyAddress.setEnabled(node != null && node.address() != null && !node.address().isBlank());
        });
        return menu;
    }

    /** The site of the selected row (a site's or a node's); "default", the CLI's, when nothing is selected. */
    private String selectedSite() {
        TreeItem[] selected = tree.getSelection();
        if (selected.length == 1 && selected[0].getData() instanceof NodeRow node) {
            return node.site();
        }
        if (selected.length == 1 && selected[0].getData(SITE_KEY) instanceof String site) {
            return site;
        }
        return "default";
    }

    private NodeRow selectedNode() {
        TreeItem[] selected = tree.getSelection();
        return selected.length == 1 && selected[0].getData() instanceof NodeRow node ? node : null;
    }

    /** The node's address (a dial-in node's: where its session comes from) on the clipboard, as the CLI prints it. */
    private void copyAddressOfSelected() {
        NodeRow node = selectedNode();
        if (node == null || node.address() == null) {
            return;
        }
        org.hyperedge.ui.parts.ClipboardText.put(tree.getDisplay(), node.address());
    }

    /** The Instances view filtered to the node's id (the filter matches nodes too). */
    private void showInstancesOfSelected() {
        NodeRow node = selectedNode();
        if (node == null) {
            return;
        }
        MPart part = parts.showPart(FilterInstancesHandler.INSTANCES_PART, EPartService.PartState.ACTIVATE);
        if (part != null && part.getObject() instanceof InstancesPart instances) {
            instances.setFilterText(node.id());
        }
    }

    /** Selects the node's row, as a click would (Properties follows); false when no such node is listed. */
    public boolean reveal(String nodeId) {
        for (TreeItem site : tree.getItems()) {
            for (TreeItem item : site.getItems()) {
                if (item.getData() instanceof NodeRow node && node.id().equals(nodeId)) {
                    tree.setSelection(item);
                    tree.showItem(item);
                    org.hyperedge.ui.parts.ConsoleSelection.set(application, node);
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Opens the adoption wizard, which adopts through the connector; the adopted node shows once the master's model
     * hears of it (told at once). Nothing opens without a connector.
     */
    public static void openAdoption(org.eclipse.swt.widgets.Shell shell, EmbeddedMaster master, Connector connector) {
        if (connector == null) {
            return;
        }
        AdoptNodeWizard wizard = new AdoptNodeWizard(connector, master::changed);
        new WizardDialog(shell, wizard).open();
    }

    /** The connector, or null after telling the operator the console is not connected to its nodes yet. */
    private Connector connectorOrSay(org.eclipse.swt.widgets.Shell shell) {
        try {
            return connector();
        } catch (java.io.IOException e) {
            MessageDialog.openInformation(shell, "Adopt a Node", e.getMessage() + ".");
            return null;
        }
    }

    private void revokeSelected() {
        TreeItem[] selected = tree.getSelection();
        if (selected.length == 0 || !(selected[0].getData() instanceof NodeRow node)) {
            MessageDialog.openInformation(tree.getShell(), "Revoke", "Select a node first.");
            return;
        }
        if (!MessageDialog.openConfirm(tree.getShell(), "Revoke node", "Revoke node " + node.id() + " at "
                + node.address() + "?\n\nThe master stops syncing it; its services keep running on the node. "
                + "Adopting it again needs a new pairing code (agent --new-pairing).")) {
            return;
        }
        Job.create("Revoking node " + node.id(), monitor -> {
            try {
                connector().revoke(node.id());
                master().changed();
                return Status.OK_STATUS;
            } catch (java.io.IOException e) {
                return Status.error("cannot revoke node " + node.id() + ": " + e.getMessage(), e);
            }
        }).schedule();
    }

    /**
     * Makes the lines again from the fleet model, off the UI thread: the model's lock can be held by a refresh
     * applying a large read. On the UI thread.
     */
    @Override
    protected void reload() {
        if (reading) {
            readAgain = true;
            return;
        }
        reading = true;
        readAgain = false;
        Job job = Job.create("Reading nodes", monitor -> {
            List<NodeRow> nodes = master().fleet().nodes();
            tree.getDisplay().asyncExec(() -> {
                reading = false;
                if (!tree.isDisposed()) {
                    show(nodes);
                    if (readAgain) {
                        reload();
                    }
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(List<NodeRow> nodes) {
        shown = nodes;
        Instant now = Instant.now();
        Staleness staleness = preferences.staleness();
        Palette palette = Palette.of(tree);
        Map<String, List<NodeRow>> bySite = new TreeMap<>(nodes.stream().collect(Collectors.groupingBy(NodeRow::site)));
        // the ages are said again every few seconds: the same rows are updated where they differ, not made again
        TreeItems items = TreeItems.of(tree, shape(bySite));
        String selectedId = items.rebuilding() && tree.getSelectionCount() == 1
                && tree.getSelection()[0].getData() instanceof NodeRow n ? n.id() : null;
        bySite.forEach((site, members) -> {
            TreeItem siteItem = items.next(null);
            int used = members.stream().mapToInt(NodeRow::usedPartitions).sum();
            int all = members.stream().mapToInt(NodeRow::partitions).sum();
            boolean federated = members.stream().allMatch(NodeRow::federated);
            TreeItems.image(siteItem, ConsoleIcons.image(tree.getDisplay(), federated ? ConsoleIcons.FEDERATED_SITE : ConsoleIcons.SITE));
            String[] siteText = new String[HEADERS.length];
            java.util.Arrays.fill(siteText, "");
            siteText[0] = federated ? site + " (federated)" : site + " (" + members.size() + ")";
            siteItem.setData(SITE_KEY, site);
            siteText[PARTITIONS_COLUMN] = federated ? NodeText.federatedSite(members.get(0), now)[PARTITIONS_COLUMN]
                    : used + " / " + all;
            TreeItems.text(siteItem, siteText);
            for (NodeRow node : members) {
                TreeItem item = items.next(siteItem);
                TreeItems.text(item, NodeText.columns(node, now));
                item.setData(node);
                Staleness.Level level = staleness.level(node.lastReportAt(), now);
                TreeItems.image(item, ConsoleIcons.image(tree.getDisplay(),
                        RowIcons.node(node, level.compareTo(Staleness.Level.ALARM) >= 0)));
                TreeItems.foreground(item, LAST_REPORT_COLUMN, level == Staleness.Level.FRESH ? null
                        : level == Staleness.Level.WARNING ? palette.warning() : palette.alarm());
                TreeItems.foreground(item, CLOCK_COLUMN, node.clock() != null && node.clock().off() ? palette.alarm() : null);
                if (node.id().equals(selectedId)) {
                    tree.setSelection(item);
                }
                if (node.told() != null) {
                    for (SiteSummary.OfferedRelease release : node.told().summary().catalog()) {
                        TreeItem offered = items.next(item);
                        TreeItems.text(offered, NodeText.offered(release, HEADERS.length));
                        offered.setData(OFFERED_KEY, release.id());
                    }
                }
            }
            if (items.rebuilding()) {
                siteItem.setExpanded(true);
            }
        });
        items.done();
        long silent = nodes.stream().filter(n -> staleness.level(n.lastReportAt(), now).compareTo(Staleness.Level.ALARM) >= 0)
                .count();
        long clockOff = nodes.stream().filter(n -> n.clock() != null && n.clock().off()).count();
        List<NodeRow> federatedSites = nodes.stream().filter(NodeRow::federated).toList();
        int own = nodes.size() - federatedSites.size();
        long ownSites = bySite.values().stream().filter(members -> !members.stream().allMatch(NodeRow::federated)).count();
        // a federated site is another master's fleet: what it told is on this line, which a narrow view still shows
        String line = own + (own == 1 ? " node" : " nodes") + " in " + ownSites + (ownSites == 1 ? " site" : " sites")
                + (silent > 0 ? " · " + silent + " silent" : "")
                + (clockOff > 0 ? " · " + clockOff + " with the clock off" : "")
                + federatedSites.stream().map(site -> " · federated " + site.id() + ": " + NodeText.shortSummary(site))
                        .collect(Collectors.joining());
        if (!line.equals(summary.getText())) {
            summary.setText(line); // the same text set again is laid out again
        }
    }

    /** The rows' shape: each site, node and offered release in the order shown; the items are made again when it changes. */
    private static List<String> shape(Map<String, List<NodeRow>> bySite) {
        List<String> shape = new java.util.ArrayList<>();
        bySite.forEach((site, members) -> {
            shape.add("site " + site);
            for (NodeRow node : members) {
                shape.add("node " + node.id());
                if (node.told() != null) {
                    node.told().summary().catalog().forEach(release -> shape.add("offers " + release.id()));
                }
            }
        });
        return shape;
    }

    List<NodeRow> shown() {
        return shown;
    }

    @Override
    protected Control focusControl() {
        return tree;
    }
}
