package app.ember.store;

import app.ember.domain.Note;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Dated free notes. */
public final class NoteStore {

    public long insert(Connection connection, Note note) throws SQLException {
        return insert(connection, note, "");
    }

    /** Stores a note under the name of who wrote it ("" for nobody named). */
    public long insert(Connection connection, Note note, String by) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO notes (lead_id, written_at, body, made_by) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            statement.setLong(1, note.leadId());
            Sql.setInstant(statement, 2, note.at());
            statement.setString(3, note.text());
            statement.setString(4, by == null ? "" : by);
            statement.executeUpdate();
            return Sql.generatedId(statement);
        }
    }

    /** Removes a note; returns the lead it belonged to, or -1 when there was no such note. */
    public long delete(Connection connection, long noteId) throws SQLException {
        return Sql.deleteReturningLead(connection, "notes", noteId);
    }

    /** A lead's notes, newest first. */
    public List<Note> forLead(Connection connection, long leadId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, lead_id, written_at, body FROM notes WHERE lead_id = ? ORDER BY written_at DESC, id DESC")) {
            statement.setLong(1, leadId);
            List<Note> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(new Note(rows.getLong("id"), rows.getLong("lead_id"),
                            Sql.getInstant(rows, "written_at"), rows.getString("body")));
                }
            }
            return result;
        }
    }
}
