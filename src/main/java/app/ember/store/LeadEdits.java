package app.ember.store;

import app.ember.domain.Lead;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The optimistic lock on a lead's edits (as JabRef's shared database does): a lead carries a version,
 * who changed it last and when; a save compares the lead as stored with the one the form was opened
 * on. The comparison is on what a person edits (not on the version alone): a touch that moves the
 * next follow-up conflicts with nobody's edit, a touch that wins the lead (its status) does.
 */
final class LeadEdits {
    private LeadEdits() {
    }

    /** Whether the two agree on everything a person edits (the schedule that touches move is left out). */
    static boolean same(Lead opened, Lead stored) {
        return editable(opened).equals(editable(stored));
    }

    private static Lead editable(Lead lead) {
        return lead.toBuilder().created(null).updated(null).firstContact(null).lastContact(null).nextFollowUp(null)
                .build();
    }

    /** Counts an edit: version up by one, with who made it and when. */
    static void count(Connection connection, long id, String who, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE leads SET row_version = row_version + 1, changed_by = ?, changed_at = ? WHERE id = ?")) {
            statement.setString(1, who == null ? "" : who);
            Sql.setInstant(statement, 2, at);
            statement.setLong(3, id);
            statement.executeUpdate();
        }
    }

    /** The refusal of a stale save, naming who changed the lead last and when. */
    static StaleLeadException stale(Connection connection, Lead stored) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT changed_by, changed_at FROM leads WHERE id = ?")) {
            statement.setLong(1, stored.id());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new StaleLeadException(stored, rows.getString(1), Sql.getInstant(rows, "changed_at"));
            }
        }
    }

    /** The lead's version: how many edits it has had. */
    static long version(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT row_version FROM leads WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }
}
