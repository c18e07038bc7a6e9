package org.hyperedge.ui.update;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.ProgressMonitorPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.hyperedge.update.ConsoleUpdater;
import org.hyperedge.update.UpdateCheck;
import org.hyperedge.update.UpdateOffer;
import org.hyperedge.update.UpdateProblem;
import org.hyperedge.update.UpdateSite;

/**
 * Help › Check for Updates: checks the update site in a job while this dialog shows its progress, lists what is
 * newer (name, installed version, offered version), installs it in a second job, then offers to restart. It stands
 * in for p2's own update wizard (org.eclipse.equinox.p2.ui), which needs the 3.x workbench and is not published on
 * Maven Central. Every failure is shown in the dialog's message area; the console stays as it was.
 */
public class UpdatesDialog extends TitleAreaDialog {

    public static final String TITLE = "Check for Updates";
    public static final int INSTALL_ID = IDialogConstants.CLIENT_ID + 1;
    public static final int RESTART_ID = IDialogConstants.CLIENT_ID + 2;
    /** Data key of the table of updates on offer, for the tests. */
    public static final String OFFERS_KEY = "org.hyperedge.ui.update.offers";

    private final UpdateSite site;
    private final ConsoleUpdaterSource updaters;
    private final Runnable restart;
    private Table offers;
    private ProgressMonitorPart progress;
    private UpdateCheck check;
    private ConsoleUpdater updater;

    /** Where the running console's updater comes from; the tests give one on a profile of their own. */
    @FunctionalInterface
    public interface ConsoleUpdaterSource {
        ConsoleUpdater get() throws UpdateProblem;
    }

    public UpdatesDialog(Shell parent, UpdateSite site, ConsoleUpdaterSource updaters, Runnable restart) {
        super(parent);
        this.site = site;
        this.updaters = updaters;
        this.restart = restart;
        setHelpAvailable(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Updates from " + site);
        setMessage("Checking " + site + " for a newer console...");
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        offers = new Table(body, SWT.BORDER | SWT.FULL_SELECTION);
        offers.setData(OFFERS_KEY, Boolean.TRUE);
        offers.setHeaderVisible(true);
        offers.setLinesVisible(true);
        for (String heading : List.of("Name", "Id", "Installed", "Offered")) {
            TableColumn column = new TableColumn(offers, SWT.LEFT);
            column.setText(heading);
            column.setWidth(heading.equals("Id") ? 230 : 170);
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 140).applyTo(offers);
        progress = new ProgressMonitorPart(body, new GridLayout(), true);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(progress);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, INSTALL_ID, "&Install", true).setEnabled(false);
        createButton(parent, RESTART_ID, "&Restart Now", false).setEnabled(false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    @Override
    public void create() {
        super.create();
        runChecked();
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == INSTALL_ID) {
            runInstall();
        } else if (id == RESTART_ID) {
            close();
            restart.run();
        } else if (id == IDialogConstants.CLOSE_ID) {
            progress.setCanceled(true);
            close();
        } else {
            super.buttonPressed(id);
        }
    }

    private void runChecked() {
        run("Checking for console updates", monitor -> {
            updater = updaters.get();
            UpdateCheck found = updater.check(site, monitor);
            showOnUi(() -> showCheck(found));
        });
    }

    private void showCheck(UpdateCheck found) {
        check = found;
        offers.removeAll();
        if (found.nothingNewer()) {
            setMessage("Nothing newer: the console installed is the newest on " + site + ".",
                    IMessageProvider.INFORMATION);
            return;
        }
        for (UpdateOffer offer : found.offers()) {
            new TableItem(offers, SWT.NONE)
                    .setText(new String[] { offer.name(), offer.id(), offer.installed(), offer.offered() });
        }
        int offered = found.offers().size();
        setMessage((offered == 1 ? "1 update" : offered + " updates") + " on offer. Install downloads "
                + (offered == 1 ? "it, checks it" : "them, checks each") + " against its"
                + " published checksum, and changes nothing if one does not match.", IMessageProvider.NONE);
        getButton(INSTALL_ID).setEnabled(true);
    }

    private void runInstall() {
        getButton(INSTALL_ID).setEnabled(false);
        setMessage("Installing from " + site + "...");
        run("Installing the console update", monitor -> {
            updater.install(check, monitor);
            showOnUi(() -> {
                setMessage("Installed. The new console runs after a restart.", IMessageProvider.INFORMATION);
                getButton(RESTART_ID).setEnabled(true);
                getButton(RESTART_ID).setFocus();
            });
        });
    }

    @FunctionalInterface
    private interface Step {
        void run(IProgressMonitor monitor) throws Exception;
    }

    /** Runs a step as a job, never on the UI thread; its progress shows here, its failure in the message area. */
    private void run(String name, Step step) {
        Shell shell = getShell();
        Job job = Job.create(name, jobMonitor -> {
            try {
                step.run(new UiProgress(jobMonitor, progress, shell.getDisplay()));
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (UpdateProblem | RuntimeException e) {
                String reason = e.getMessage() == null ? e.toString() : e.getMessage();
                showOnUi(() -> setErrorMessage(reason));
                return Status.info(reason);
            } catch (Exception e) {
                showOnUi(() -> setErrorMessage(e.toString()));
                return Status.info(e.toString());
            }
            return Status.OK_STATUS;
        });
        // after the step's last progress report (asyncExec keeps their order): an idle bar says nothing stale
        job.addJobChangeListener(org.eclipse.core.runtime.jobs.IJobChangeListener.onDone(done -> showOnUi(() -> {
            progress.done();
            progress.setTaskName("");
            progress.subTask("");
        })));
        job.schedule();
    }

    private void showOnUi(Runnable update) {
        Shell shell = getShell();
        if (shell != null && !shell.isDisposed()) {
            shell.getDisplay().asyncExec(() -> {
                if (!shell.isDisposed()) {
                    update.run();
                }
            });
        }
    }
}
