package org.hyperedge.master.request;

import org.hyperedge.model.RequestedState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

import org.hyperedge.master.store.Database;

/**
 * Whether a title already names the root of an instance tree, and its requested state: a request with that
 * title updates that instance instead of creating one, which a form should say before ordering.
 */
public final class RootTitles {

    private final Database database;

    public RootTitles(Database database) {
        this.database = database;
    }

    /** The requested state of the root instance with this title, or empty when the title is free. */
    public Optional<RequestedState> requestedState(String title) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT i.requested_state FROM instance_tree t "
                    + "JOIN instance i ON i.tree_id = t.id AND i.parent_id IS NULL AND i.title = t.root_title "
                    + "WHERE t.root_title = ?")) {
                query.setString(1, title);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(RequestedStates.parse(row.getString(1))) : Optional.empty();
                }
            }
        });
    }
}
