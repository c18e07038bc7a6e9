package org.hyperedge.ui.parts;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.swt.widgets.Display;

/**
 * Binds a view to part of the master's EMF model: observes an object (or, given to the fleet model, every
 * object of the fleet), and on a real change (not a touch) runs the view's update once on the UI thread, however
 * many notifications a refresh of the model sent. Notifications come on the model's thread; the update never
 * blocks it.
 */
public final class ModelChanges extends AdapterImpl {

    private final Display display;
    private final Runnable update;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean stopped;

    public ModelChanges(Display display, Runnable update) {
        this.display = display;
        this.update = update;
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (notification.isTouch() || notification.getEventType() == Notification.REMOVING_ADAPTER || stopped) {
            return;
        }
        if (scheduled.compareAndSet(false, true) && !display.isDisposed()) {
            display.asyncExec(() -> {
                scheduled.set(false);
                if (!stopped) {
                    update.run();
                }
            });
        }
    }

    /** No update runs after this, even one already scheduled. */
    public void stop() {
        stopped = true;
    }
}
