package app.ember.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.TreeSet;

/**
 * Who a lead is assigned to in a shared book (a display name, "" for nobody), and the names the book knows:
 * those assigned a lead and those who made a touch, a note or a change, for the assign menu.
 */
final class Assignments {
    private Assignments() {
    }

    /**
     * Assigns the leads (deleted ones too: they come back assigned); returns how many.
     *
     * @throws IllegalArgumentException when an id names no lead: then the caller's transaction assigns none
     */
    static int assign(Connection connection, List<Long> ids, String name) throws SQLException {
        int assigned = Sql.batch(connection, "UPDATE leads SET assigned_to = ? WHERE id = ?", ids, (statement, id) -> {
            statement.setString(1, name);
            statement.setLong(2, id);
        });
        if (assigned < ids.size()) {
            throw new IllegalArgumentException((ids.size() - assigned) + " of the ids name no lead; none was assigned");
        }
        return assigned;
    }

    static String assignee(Connection connection, long leadId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT assigned_to FROM leads WHERE id = ?")) {
            statement.setLong(1, leadId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : "";
            }
        }
    }

    /** The names in the book, A to Z, at most {@code limit} from each place they are kept. */
    static List<String> people(Connection connection, int limit) throws SQLException {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String sql : List.of(
                "SELECT DISTINCT assigned_to FROM leads WHERE assigned_to <> '' ORDER BY assigned_to LIMIT ?",
                "SELECT DISTINCT made_by FROM interactions WHERE made_by <> '' ORDER BY made_by LIMIT ?",
                "SELECT DISTINCT made_by FROM notes WHERE made_by <> '' ORDER BY made_by LIMIT ?",
                "SELECT DISTINCT changed_by FROM leads WHERE changed_by <> '' ORDER BY changed_by LIMIT ?")) {
            names.addAll(Sql.strings(connection, sql, limit));
        }
        return List.copyOf(names);
    }
}
