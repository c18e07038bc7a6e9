package org.hyperedge.ui.update;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;

/**
 * A job's monitor that also reports to a monitor living on the UI thread (the dialog's progress bar): every call is
 * passed on with asyncExec, and cancelling in the dialog cancels the job.
 */
final class UiProgress extends NullProgressMonitor {

    private final IProgressMonitor job;
    private final IProgressMonitor shown;
    private final Display display;

    UiProgress(IProgressMonitor job, IProgressMonitor shown, Display display) {
        this.job = job;
        this.shown = shown;
        this.display = display;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        job.beginTask(name, totalWork);
        show(() -> shown.beginTask(name, totalWork));
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public void internalWorked(double work) {
        job.internalWorked(work);
        show(() -> shown.internalWorked(work));
    }

    @Override
    public void subTask(String name) {
        job.subTask(name);
        show(() -> shown.subTask(name));
    }

    @Override
    public void setTaskName(String name) {
        job.setTaskName(name);
        show(() -> shown.setTaskName(name));
    }

    @Override
    public void done() {
        job.done();
        show(shown::done);
    }

    @Override
    public boolean isCanceled() {
        return job.isCanceled() || shown.isCanceled();
    }

    @Override
    public void setCanceled(boolean cancelled) {
        job.setCanceled(cancelled);
    }

    private void show(Runnable update) {
        if (!display.isDisposed()) {
            display.asyncExec(update);
        }
    }
}
