package org.hyperedge.master.view;

import java.util.Locale;

import org.hyperedge.master.sync.NodeHeard;

/**
 * What the instance table shows: the rows whose title, release, software type or node contain the text
 * (case-insensitive), in a state, sorted by a column.
 */
public record InstanceQuery(String text, StateFilter state, SortColumn sort, boolean ascending) {

    /** The states an operator filters by. */
    public enum StateFilter {
        ALL("All states"), STARTED("Started"), STOPPED("Stopped"), DESTROYED("Destroyed"),
        PENDING("Pending placement"), UNHEALTHY("Unhealthy"), FAILING("With an error");

        private final String label;

        StateFilter(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * An instance's report age is its node's: a healthy instance reports nothing new while its node keeps
     * reporting, and a silent node makes all its instances stale. Before its first report it has none.
     */
    static final String LAST_REPORT = "CASE WHEN i.last_report_at IS NULL THEN NULL ELSE " + NodeHeard.lastSeen("n") + " END";

    /** The table's sortable columns, each with the SQL expression it sorts by. */
    public enum SortColumn {
        TITLE("i.title"), RELEASE("i.release_id"), TYPE("i.software_type"), NODE("COALESCE(p.node_id, hp.node_id)"),
        REQUESTED("i.requested_state"), REPORTED("i.reported_state"), HEALTH("i.healthy"),
        LAST_REPORT(InstanceQuery.LAST_REPORT), URL("i.connection_parameters");

        final String expression;

        SortColumn(String expression) {
            this.expression = expression;
        }
    }

    public InstanceQuery {
        text = text == null ? "" : text.strip();
        state = state == null ? StateFilter.ALL : state;
        sort = sort == null ? SortColumn.TITLE : sort;
    }

    public static InstanceQuery all() {
        return new InstanceQuery("", StateFilter.ALL, SortColumn.TITLE, true);
    }

    public InstanceQuery withText(String newText) {
        return new InstanceQuery(newText, state, sort, ascending);
    }

    public InstanceQuery withState(StateFilter newState) {
        return new InstanceQuery(text, newState, sort, ascending);
    }

    public InstanceQuery sortedBy(SortColumn column, boolean newAscending) {
        return new InstanceQuery(text, state, column, newAscending);
    }

    String likePattern() {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
