package org.hyperedge.ui.parts;

import org.hyperedge.master.view.InstanceRow;
import org.hyperedge.master.view.NodeRow;
import org.hyperedge.protocol.seal.SealedValue;

/** Which state icon of {@link ConsoleIcons} a row of the instance table, the instance trees or the node tree shows. */
public final class RowIcons {

    private RowIcons() {
    }

    /**
     * Failing wins over everything (the operator must look): an error, or a started instance whose promises do not
     * pass (a stopped one keeps none, so it is not failing); an instance not yet placed, or not yet where it was asked
     * to be, is waiting; otherwise what the node reported.
     */
    public static String instance(InstanceRow row) {
        boolean started = "started".equals(row.requestedState()) && "started".equals(row.reportedState());
        if (row.error() != null || (started && row.lastReportAt() != null && !row.healthy())) {
            return ConsoleIcons.FAILING;
        }
        if ("destroyed".equals(row.requestedState()) && "destroyed".equals(row.reportedState())) {
            return ConsoleIcons.DESTROYED;
        }
        if (row.nodeId() == null || row.reportedState() == null || !row.reportedState().equals(row.requestedState())) {
            return ConsoleIcons.WAITING;
        }
        return "started".equals(row.reportedState()) ? ConsoleIcons.STARTED : ConsoleIcons.STOPPED;
    }

    /** The lock of a sealed secret on a value that is sealed, else none. */
    public static String value(String raw) {
        return raw != null && SealedValue.isSealed(raw) ? ConsoleIcons.SEALED_SECRET : null;
    }

    /** A federated site (another master) that answers, else a node that dials in, else one that reports, else a silent one. */
    public static String node(NodeRow node, boolean silent) {
        if (node.federated() && !silent) {
            return ConsoleIcons.FEDERATED_SITE;
        }
        if (node.dialling()) {
            return ConsoleIcons.DIAL_IN_NODE;
        }
        return silent ? ConsoleIcons.NODE_OFFLINE : ConsoleIcons.NODE_ONLINE;
    }
}
