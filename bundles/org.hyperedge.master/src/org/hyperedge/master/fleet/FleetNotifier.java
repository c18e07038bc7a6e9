package org.hyperedge.master.fleet;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;

/**
 * The fleet model's one adapter: the model attaches it to each object that changes in place (the fleet, sites,
 * nodes, trees, instances; not partitions, connection parameters or promise results, which are replaced, never
 * changed, and are heard of as changes of the list that holds them), and it hands each notification to the
 * model's observers. An observer comes and goes in constant time, where its own content adapter would visit
 * every object of the fleet each time a view opens or closes.
 */
final class FleetNotifier extends AdapterImpl {

    private final List<Adapter> observers = new CopyOnWriteArrayList<>();

    void add(Adapter observer) {
        observers.add(observer);
    }

    void remove(Adapter observer) {
        observers.remove(observer);
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (notification.isTouch() || notification.getEventType() == Notification.REMOVING_ADAPTER) {
            return;
        }
        for (Adapter observer : observers) {
            observer.notifyChanged(notification);
        }
    }
}
