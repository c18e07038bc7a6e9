package org.hyperedge.ui.topology.panels;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hyperedge.console.core.forms.FormBuilder;
import org.hyperedge.console.core.forms.SchemaSource;
import org.hyperedge.master.composite.CompositeProblem;
import org.hyperedge.master.composite.NodeParameters;
import org.hyperedge.model.Link;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.protocol.release.SoftwareTypeDescriptor;
import org.hyperedge.ui.forms.FormView;
import org.hyperedge.ui.topology.edit.TopologyEdits;
import org.hyperedge.ui.topology.view.LiveState;
import org.hyperedge.ui.topology.view.Scene;
import org.hyperedge.ui.theme.Tone;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The selected service's properties: its title, release and type, live state, links in, and its parameters
 * in the same JSON-Schema form as the request dialog. What is typed becomes one undoable edit once typing
 * pauses.
 */
public final class PropertiesPanel {

    public static final String TITLE_KEY = "org.hyperedge.ui.topology.properties.title";
    public static final String FORM_KEY = "org.hyperedge.ui.topology.properties.form";
    /** The data key of the list that places the service: anywhere, or on a site (a federated one delegates it). */
    public static final String PLACEMENT_KEY = "org.hyperedge.ui.topology.properties.placement";
    static final int SETTLE_MS = 400;

    private final Composite panel;
    private final Consumer<String> messages;
    private Composite body;
    private ServiceNode node;
    private FormView form;
    private int generation;
    private List<PlacementChoices.Choice> placements = List.of(PlacementChoices.ANYWHERE);

    public PropertiesPanel(Composite parent, Consumer<String> messages) {
        this.messages = messages;
        panel = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(panel);
        show(null, null, null);
    }

    public Composite control() {
        return panel;
    }

    public ServiceNode node() {
        return node;
    }

    /** Shows {@code selected} (or a hint when nothing, or several things, are selected). */
    public void show(ServiceNode selected, Scene scene, TopologyEdits edits) {
        node = selected;
        form = null;
        generation++;
        if (body != null) {
            body.dispose();
        }
        body = new Composite(panel, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);
        if (selected == null || scene == null || edits == null) {
            Label hint = new Label(body, SWT.WRAP);
            hint.setText("Select one service to edit its title and parameters.");
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(160, SWT.DEFAULT).applyTo(hint);
            panel.layout(true, true);
            return;
        }
        label("Title");
        Text title = new Text(body, SWT.BORDER);
        title.setText(selected.getTitle() == null ? "" : selected.getTitle());
        title.setData(TITLE_KEY, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        Runnable rename = () -> edits.rename(selected, title.getText()).ifPresent(reason -> {
            messages.accept("Not renamed: " + reason);
            title.setText(selected.getTitle());
        });
        title.addListener(SWT.DefaultSelection, e -> rename.run());
        title.addListener(SWT.FocusOut, e -> rename.run());
        label("Release");
        value(selected.getReleaseId() + " · " + org.hyperedge.ui.topology.view.PortCatalog.typeOf(selected));
        placement(selected, edits);
        LiveState live = scene.live().get(selected.getTitle());
        if (live != null) {
            label("Live");
            value(live.summary() + (live.url() == null ? "" : "\n" + live.url())
                    + (live.pendingReason() == null ? "" : "\nwaits: " + live.pendingReason())
                    + (live.error() == null ? "" : "\nerror: " + live.error()));
        }
        List<String> linksIn = scene.composite().getLinks().stream().filter(l -> l.getTarget() == selected)
                .map(PropertiesPanel::describeIn).toList();
        if (!linksIn.isEmpty()) {
            label("Linked");
            value(String.join("\n", linksIn));
        }
        List<CompositeProblem> problems = scene.markers().ofNode(selected.getTitle());
        if (!problems.isEmpty()) {
            label("Problems");
            Label text = value(String.join("\n", problems.stream().map(CompositeProblem::message).toList()));
            Tone.ALARM.applyTo(text);
        }
        SoftwareTypeDescriptor type = scene.catalog().type(selected).orElse(null);
        if (type == null || type.parameterSchema() == null) {
            Label none = new Label(body, SWT.WRAP);
            none.setText("The catalog has no software type " + org.hyperedge.ui.topology.view.PortCatalog.typeOf(selected)
                    + " of " + selected.getReleaseId() + ", so its parameters cannot be edited.");
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(160, SWT.DEFAULT).applyTo(none);
        } else {
            ObjectNode parameters = NodeParameters.of(selected, type.parameterSchema());
            form = new FormView(body, FormBuilder.build(SchemaSource.inline(type.parameterSchema())), parameters);
            form.control().setData(FORM_KEY, Boolean.TRUE);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(200, 200).applyTo(form.control());
            FormView shown = form;
            form.addChangeListener(() -> settle(() -> {
                if (node == selected && !shown.control().isDisposed()) {
                    edits.setParameters(selected, shown.parameters().deepCopy());
                }
            }));
        }
        panel.layout(true, true);
    }

    /** The sites a service can be placed on, as the fleet has them now; shown from the next selection on. */
    public void placements(List<PlacementChoices.Choice> choices) {
        placements = List.copyOf(choices);
    }

    /** The list that places the service: its SLA's site, changed as one undoable edit. */
    private void placement(ServiceNode selected, TopologyEdits edits) {
        label("Placement");
        String site = selected.getSla().stream().filter(e -> "site".equals(e.getKey())).map(e -> e.getValue())
                .findFirst().orElse(null);
        List<PlacementChoices.Choice> shown = new java.util.ArrayList<>(placements);
        PlacementChoices.Choice current = PlacementChoices.of(shown, site);
        if (!shown.contains(current)) {
            shown.add(current);
        }
        Combo list = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        list.setData(PLACEMENT_KEY, Boolean.TRUE);
        shown.forEach(choice -> list.add(choice.label()));
        list.select(shown.indexOf(current));
        // the list is narrow: its tool tip says in full what is chosen
        list.setToolTipText(current.label() + "\nwhere the service goes when the composite is requested; a federated "
                + "site's master places it on its own nodes");
        GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(list);
        list.addListener(SWT.Selection, e -> {
            int index = list.getSelectionIndex();
            if (index >= 0 && node == selected) {
                edits.placeOnSite(selected, shown.get(index).site());
            }
        });
    }

    /** The form of the selected service's parameters, or null. */
    public FormView form() {
        return form;
    }

    private void settle(Runnable apply) {
        int asked = ++generation;
        panel.getDisplay().timerExec(SETTLE_MS, () -> {
            if (asked == generation && !panel.isDisposed()) {
                apply.run();
            }
        });
    }

    private static String describeIn(Link link) {
        return link.getParameter() + " ← " + (link.getSource() == null ? "?" : link.getSource().getTitle()) + "."
                + link.getConnectionParameter();
    }

    private void label(String text) {
        Label label = new Label(body, SWT.NONE);
        label.setText(text);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
    }

    private Label value(String text) {
        Label label = new Label(body, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(label);
        return label;
    }

    /** Whether a control of the panel has the keyboard focus (then a reload must not rebuild it under the operator). */
    public boolean hasFocus() {
        Control focus = panel.getDisplay().getFocusControl();
        for (Control c = focus; c != null; c = c.getParent()) {
            if (c == panel) {
                return true;
            }
        }
        return false;
    }
}
