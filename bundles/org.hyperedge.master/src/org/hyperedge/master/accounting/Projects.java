package org.hyperedge.master.accounting;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.hyperedge.master.store.Database;

/** Projects own instance trees: usage is accounted and invoiced per project. A new tree belongs to {@code default}. */
public final class Projects {

    public static final String DEFAULT = "default";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");

    /** A project and how many instance trees it owns. */
    public record Project(String name, String title, int trees) {
    }

    private final Database database;

    public Projects(Database database) {
        this.database = database;
    }

    public List<Project> list() {
        return database.inTransaction(connection -> {
            List<Project> projects = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT p.name, p.title, COUNT(t.id) FROM project p "
                    + "LEFT JOIN instance_tree t ON t.project = p.name GROUP BY p.name, p.title ORDER BY p.name");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    projects.add(new Project(rows.getString(1), rows.getString(2), rows.getInt(3)));
                }
            }
            return projects;
        });
    }

    public void create(String name, String title) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("project name '" + name + "' must be lower-case letters, digits, '.', '_' "
                    + "or '-' (at most 63, starting with a letter or digit)");
        }
        database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM project WHERE name = ?")) {
                query.setString(1, name);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        throw new IllegalArgumentException("project '" + name + "' exists already");
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO project (name, title, created_at) VALUES (?, ?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, title == null || title.isBlank() ? name : title);
                insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Gives the instance tree (its root title or its id) to the project: invoices generated from now on bill its usage to it. */
    public void assign(String tree, String project) {
        database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM project WHERE name = ?")) {
                query.setString(1, project);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalArgumentException("no project '" + project + "' (create it first)");
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE instance_tree SET project = ? WHERE root_title = ? OR CAST(id AS VARCHAR(32)) = ?")) {
                update.setString(1, project);
                update.setString(2, tree);
                update.setString(3, tree);
                if (update.executeUpdate() == 0) {
                    throw new IllegalArgumentException("no instance tree '" + tree + "' (give its root title or its id)");
                }
            }
            return null;
        });
    }
}
