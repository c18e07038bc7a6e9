package org.hyperedge.ui.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.hyperedge.console.core.forms.FieldProblem;
import org.hyperedge.console.core.forms.FormBuilder;
import org.hyperedge.console.core.forms.FormField;
import org.hyperedge.console.core.forms.FormValidator;
import org.hyperedge.console.core.forms.FormValues;
import org.hyperedge.console.core.forms.SchemaSource;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.model.RequestedState;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.protocol.release.SoftwareTypeDescriptor;
import org.hyperedge.ui.forms.FormView;
import org.hyperedge.ui.theme.Tone;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Requests an instance of a software type: a title, the parameters as a form generated from the type's
 * JSON Schema (and as raw JSON, in sync), the SLA, and a dry-run preview of where it would go. Every problem
 * is shown as it appears, named by its field, and Request stays disabled while there is one. Ordering, the
 * preview and every other look-up in the master run as jobs, never on the UI thread; what the master
 * refuses is shown in the dialog, which stays open.
 */
public class RequestDialog extends TitleAreaDialog {

    public static final int PREVIEW_ID = IDialogConstants.CLIENT_ID + 1;
    /** Data keys on the dialog's own controls, for tests. */
    public static final String TITLE_KEY = "hyperedge.request.title";
    public static final String PROBLEMS_KEY = "hyperedge.request.problems";
    public static final String PREVIEW_KEY = "hyperedge.request.preview";
    public static final String JSON_KEY = JsonTab.TEXT_KEY;

    private final EmbeddedMaster master;
    private final ReleaseDescriptor release;
    private final String softwareType;
    private final SoftwareTypeDescriptor type;
    private final SchemaSource schema;
    private final FormField form;
    private final FormValidator validator;
    private final RequestJobs jobs;
    private Text title;
    private TabFolder tabs;
    private FormView formView;
    private JsonTab jsonTab;
    private SlaPanel slaPanel;
    private Text preview;
    private Label problemList;
    private List<String> problems = List.of();
    private String titleWarning;
    private boolean busy;
    private FieldProblem firstFieldProblem;
    /** The problem list as last laid out: the dialog is laid out again only when it changes. */
    private String shownProblemText;
    private InstanceRecord instance;

    public RequestDialog(Shell shell, EmbeddedMaster master, ReleaseDescriptor release, String softwareType) {
        super(shell);
        this.master = master;
        this.release = release;
        this.softwareType = softwareType;
        this.type = release.type(softwareType);
        this.schema = SchemaSource.inline(type.parameterSchema() == null
                ? JsonNodeFactory.instance.objectNode() : type.parameterSchema());
        this.form = FormBuilder.build(schema);
        this.validator = new FormValidator(form, schema);
        this.jobs = new RequestJobs(this, master);
        setShellStyle(getShellStyle() | SWT.RESIZE);
        setHelpAvailable(false);
    }

    /** The instance the master took, once the request succeeded ({@code null} before or when cancelled). */
    public InstanceRecord instance() {
        return instance;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Request " + release.name());
    }

    @Override
    protected Point getInitialSize() {
        // tall enough for a form and its problems, yet within a small laptop's screen
        int screen = getParentShell() == null ? 1000 : getParentShell().getDisplay().getClientArea().height;
        return new Point(900, Math.min(800, screen * 9 / 10));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Request " + release.name() + " " + release.version() + " · " + softwareType);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 10;
        body.setLayout(layout);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(body, SWT.NONE).setText("Title *");
        title = new Text(body, SWT.BORDER);
        title.setText(suggestedTitle());
        title.setData(TITLE_KEY, Boolean.TRUE);
        GridData titleData = new GridData(SWT.LEAD, SWT.CENTER, false, false);
        titleData.widthHint = 320;
        title.setLayoutData(titleData);
        title.addModifyListener(e -> {
            titleWarning = null;
            jobs.checkTitle(title.getText().strip());
            validate();
        });
        tabs = new TabFolder(body, SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        ObjectNode parameters = FormValues.withDefaults(form, JsonNodeFactory.instance.objectNode());
        formView = new FormView(tabs, form, parameters);
        tab("Parameters", formView.control());
        jsonTab = new JsonTab(tabs, formView::setParameters, this::validate);
        tab("JSON", jsonTab.control());
        Composite placement = placementTab();
        tab("Placement", placement);
        formView.addChangeListener(() -> {
            jsonTab.show(formView.parameters());
            validate();
        });
        problemList = new Label(body, SWT.WRAP);
        Tone.ALARM.applyTo(problemList);
        problemList.setData(PROBLEMS_KEY, Boolean.TRUE);
        problemList.setToolTipText("Click to go to the first problem");
        problemList.addListener(SWT.MouseUp, e -> revealFirstProblem());
        GridData problemData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        problemData.widthHint = 600;
        problemList.setLayoutData(problemData);
        jsonTab.show(formView.parameters());
        jobs.loadNodes();
        jobs.checkTitle(title.getText().strip());
        return area;
    }

    private Composite placementTab() {
        Composite placement = new Composite(tabs, SWT.NONE);
        GridLayout placementLayout = new GridLayout(1, false);
        placementLayout.marginWidth = 10;
        placementLayout.marginHeight = 10;
        placementLayout.verticalSpacing = 10;
        placement.setLayout(placementLayout);
        slaPanel = new SlaPanel(placement);
        slaPanel.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        slaPanel.addChangeListener(this::validate);
        preview = new Text(placement, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        preview.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        preview.setData(PREVIEW_KEY, Boolean.TRUE);
        preview.setText("Press Preview placement to see where the instance would go and what its node would have left.");
        GridData previewData = new GridData(SWT.FILL, SWT.FILL, true, false);
        previewData.heightHint = 150;
        preview.setLayoutData(previewData);
        return placement;
    }

    private void tab(String text, Control control) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(text);
        item.setControl(control);
    }

    /** The release's short name ({@code h2-database} for {@code builtin:h2-database}), a title to start from. */
    private String suggestedTitle() {
        String id = release.id();
        return id.substring(id.indexOf(':') + 1).replaceAll("[^A-Za-z0-9._-]", "-");
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, PREVIEW_ID, "Pre&view placement", false);
        createButton(parent, IDialogConstants.OK_ID, "&Request", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == PREVIEW_ID) {
            previewPressed();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    private void previewPressed() {
        if (!problems.isEmpty() || busy) {
            return;
        }
        tabs.setSelection(2);
        preview.setText("Asking the master where the instance would go…");
        jobs.dryRun(request(), slaPanel.sla());
    }

    /** Orders the instance, as a job; nothing is ordered while the form has a problem. */
    @Override
    protected void okPressed() {
        validate();
        if (!problems.isEmpty() || busy) {
            return;
        }
        setBusy(true, "Ordering " + title.getText().strip() + "…");
        jobs.order(request());
    }

    private Request request() {
        Map<String, String> sla = slaPanel.sla();
        return new Request(title.getText().strip(), release.id(), softwareType, formView.parameters().deepCopy(), sla,
                RequestedState.STARTED, false, null);
    }

    /** Checks everything the operator typed and shows every problem; Request is enabled only without any. */
    void validate() {
        if (formView == null || getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        List<String> found = new ArrayList<>();
        String typedTitle = title.getText();
        if (typedTitle.isBlank()) {
            found.add("title: is required");
        } else if (!typedTitle.equals(typedTitle.strip())) {
            found.add("title: must not start or end with a space");
        } else if (typedTitle.contains("/") || typedTitle.contains("\\")) {
            found.add("title: must not contain / or \\");
        }
        if (jsonTab.problem() != null) {
            found.add("JSON tab: " + jsonTab.problem());
        }
        List<FieldProblem> fieldProblems = new ArrayList<>(formView.syntaxProblems());
        fieldProblems.addAll(validator.validate(formView.parameters()));
        firstFieldProblem = fieldProblems.isEmpty() ? null : fieldProblems.get(0);
        formView.showProblems(fieldProblems);
        fieldProblems.forEach(p -> found.add(p.toString()));
        slaPanel.problems().forEach(p -> found.add("placement: " + p));
        problems = found;
        showProblems();
    }

    private void showProblems() {
        if (problems.isEmpty()) {
            setErrorMessage(null);
            problemList.setText("");
            setMessage(titleWarning != null ? titleWarning : describeType(),
                    titleWarning != null ? IMessageProvider.WARNING : IMessageProvider.NONE);
        } else {
            setErrorMessage(problems.get(0));
            int shown = Math.min(problems.size(), 6);
            problemList.setText((problems.size() == 1 ? "1 problem to fix before ordering:" : problems.size()
                    + " problems to fix before ordering:") + "\n• " + String.join("\n• ", problems.subList(0, shown))
                    + (problems.size() > shown ? "\n… and " + (problems.size() - shown) + " more" : ""));
        }
        showProblemList();
        getButton(IDialogConstants.OK_ID).setEnabled(problems.isEmpty() && !busy);
        getButton(PREVIEW_ID).setEnabled(problems.isEmpty() && !busy);
    }

    /** Shows the first problem where it is: the title, the form's field, the JSON tab or the placement tab. */
    public void revealFirstProblem() {
        if (problems.isEmpty()) {
            return;
        }
        String first = problems.get(0);
        if (first.startsWith("title:")) {
            title.setFocus();
        } else if (first.startsWith("JSON tab:")) {
            tabs.setSelection(1);
        } else if (first.startsWith("placement:")) {
            tabs.setSelection(2);
        } else if (firstFieldProblem != null) {
            tabs.setSelection(0);
            formView.reveal(firstFieldProblem.path());
        }
    }

    /** The list of problems takes room only when it has something to say. */
    private void showProblemList() {
        boolean visible = !problemList.getText().isEmpty();
        if (problemList.getText().equals(shownProblemText)) {
            return;
        }
        shownProblemText = problemList.getText();
        problemList.setVisible(visible);
        ((GridData) problemList.getLayoutData()).exclude = !visible;
        problemList.getParent().layout(true);
    }

    private String describeType() {
        String description = type.description() != null ? type.description() : release.description();
        return description == null ? "Fill in the parameters, then request." : description;
    }

    // --- called back by the jobs, on the UI thread ---------------------------------------------

    void setBusy(boolean nowBusy, String message) {
        busy = nowBusy;
        if (message != null) {
            setMessage(message, IMessageProvider.INFORMATION);
        }
        getButton(IDialogConstants.OK_ID).setEnabled(!busy && problems.isEmpty());
        getButton(PREVIEW_ID).setEnabled(!busy && problems.isEmpty());
        getButton(IDialogConstants.CANCEL_ID).setEnabled(!busy);
    }

    void nodesLoaded(List<org.hyperedge.master.allocation.NodeOffers.NodeOffer> offers) {
        slaPanel.setNodes(offers);
        validate();
    }

    void titleTaken(String checkedTitle, RequestedState state) {
        if (!checkedTitle.equals(title.getText().strip())) {
            return;
        }
        titleWarning = state == RequestedState.DESTROYED ? "An instance titled '" + checkedTitle
                + "' was destroyed; the master will refuse this title."
                : "An instance titled '" + checkedTitle + "' exists (" + state.getLiteral()
                        + "): requesting it again updates its parameters and SLA.";
        showProblems();
    }

    void previewed(String text) {
        preview.setText(text);
    }

    void ordered(InstanceRecord record) {
        instance = record;
        busy = false;
        setReturnCode(OK);
        close();
    }

    void refused(String heading, List<String> reasons) {
        setBusy(false, null);
        setErrorMessage(heading);
        problemList.setText(heading + ":\n• " + String.join("\n• ", reasons));
        showProblemList();
    }

    @Override
    public boolean close() {
        // a running order finishes in the master whatever happens here; its outcome must not be lost
        return busy ? false : super.close();
    }
}
