package org.hyperedge.ui.site;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.IWizardContainer;
import org.hyperedge.master.site.SiteProgress;

/**
 * Runs a site step as a Job (so it shows in the platform's progress like any long work) while the wizard
 * shows its progress and stays responsive; the step's result or its failure comes back to the wizard.
 */
public final class SiteJobs {

    @FunctionalInterface
    interface Work<T> {
        T run(IProgressMonitor monitor) throws Exception;
    }

    private SiteJobs() {
    }

    static <T> T run(IWizardContainer container, String name, Work<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        try {
            container.run(true, false, wizardMonitor -> {
                Job job = Job.create(name, jobMonitor -> {
                    try {
                        result.set(work.run(new ForwardingMonitor(jobMonitor, wizardMonitor)));
                        return Status.OK_STATUS;
                    } catch (Exception e) {
                        failure.set(e);
                        return Status.info(e.getMessage() == null ? e.toString() : e.getMessage());
                    }
                });
                job.setUser(false);
                job.schedule();
                try {
                    job.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            });
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** The master's progress in the monitor: its steps as sub-tasks, its counts as work done. */
    public static SiteProgress progress(IProgressMonitor monitor) {
        monitor.beginTask("", 1000);
        int[] worked = { 0 };
        return (step, done, total) -> {
            monitor.subTask(step);
            if (total > 0) {
                int now = (int) Math.min(1000, done * 1000 / total);
                if (now > worked[0]) {
                    monitor.worked(now - worked[0]);
                    worked[0] = now;
                }
            }
        };
    }

    /** The job's monitor, echoed in the wizard's. */
    private static final class ForwardingMonitor implements IProgressMonitor {
        private final IProgressMonitor job;
        private final IProgressMonitor wizard;

        ForwardingMonitor(IProgressMonitor job, IProgressMonitor wizard) {
            this.job = job;
            this.wizard = wizard;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            job.beginTask(name, totalWork);
            wizard.beginTask(name, totalWork);
        }

        @Override
        public void done() {
            job.done();
            wizard.done();
        }

        @Override
        public void internalWorked(double work) {
            job.internalWorked(work);
            wizard.internalWorked(work);
        }

        @Override
        public boolean isCanceled() {
            return job.isCanceled();
        }

        @Override
        public void setCanceled(boolean value) {
            job.setCanceled(value);
        }

        @Override
        public void setTaskName(String name) {
            job.setTaskName(name);
            wizard.setTaskName(name);
        }

        @Override
        public void subTask(String name) {
            job.subTask(name);
            wizard.subTask(name);
        }

        @Override
        public void worked(int work) {
            job.worked(work);
            wizard.worked(work);
        }
    }
}
