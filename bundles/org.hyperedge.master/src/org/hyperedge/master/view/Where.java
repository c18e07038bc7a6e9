package org.hyperedge.master.view;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The WHERE clause of an instance query and its parameters, in the order they bind. */
record Where(String sql, List<String> parameters) {

    private static final String NODE = "COALESCE(p.node_id, hp.node_id)";

    static Where of(InstanceQuery query) {
        List<String> conditions = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        if (!query.text().isEmpty()) {
            conditions.add("(LOWER(i.title) LIKE ? ESCAPE '\\' OR LOWER(i.release_id) LIKE ? ESCAPE '\\' "
                    + "OR LOWER(i.software_type) LIKE ? ESCAPE '\\' OR LOWER(" + NODE + ") LIKE ? ESCAPE '\\')");
            for (int i = 0; i < 4; i++) {
                parameters.add(query.likePattern());
            }
        }
        switch (query.state()) {
            case STARTED -> conditions.add("i.reported_state = 'started'");
            case STOPPED -> conditions.add("i.reported_state = 'stopped'");
            case DESTROYED -> conditions.add("i.requested_state = 'destroyed'");
            case PENDING -> conditions.add(NODE + " IS NULL AND i.requested_state <> 'destroyed'");
            case UNHEALTHY -> conditions.add("i.requested_state = 'started' AND i.healthy = FALSE AND " + NODE + " IS NOT NULL");
            case FAILING -> conditions.add("i.reported_error IS NOT NULL");
            case ALL -> {
            }
        }
        return new Where(conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions), parameters);
    }

    boolean isEmpty() {
        return sql.isEmpty();
    }

    /** Binds the parameters from the given index on; returns the next free index. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (String parameter : parameters) {
            statement.setString(index++, parameter);
        }
        return index;
    }
}
