package app.ember.store;

import app.ember.domain.Lead;
import app.ember.domain.SearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Keeps leads.search_text in step with everything a search looks at. Called in the same
 * transaction as every write that changes one of those texts, so a search never sees a stale lead.
 */
public final class SearchIndex {
    private static final int MAX = 100_000;

    private SearchIndex() {
    }

    /** The text of the lead's own fields, for a lead inserted with nothing attached yet. */
    static String ofLead(Lead lead) {
        return SearchText.fold(String.join(" ", lead.firstName(), lead.lastName(), lead.company(), lead.email(),
                lead.phone(), lead.address().city(), SearchText.digits(lead.phone())));
    }

    /** Rebuilds the search text of every lead: for the migration that introduced it. */
    public static void refreshAll(Connection connection) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM leads");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        for (long id : ids) {
            refresh(connection, id);
        }
    }

    static void refresh(Connection connection, long leadId) throws SQLException {
        StringJoiner text = new StringJoiner(" ");
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT first_name, last_name, company, email, phone, city FROM leads WHERE id = ?")) {
            statement.setLong(1, leadId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return;
                }
                for (int i = 1; i <= 6; i++) {
                    text.add(rows.getString(i));
                }
                text.add(SearchText.digits(rows.getString("phone")));
            }
        }
        collect(connection, "SELECT body FROM notes WHERE lead_id = ?", leadId, text);
        collect(connection, "SELECT pref_key || ': ' || pref_value FROM preferences WHERE lead_id = ?", leadId, text);
        collect(connection, "SELECT tag FROM lead_tags WHERE lead_id = ?", leadId, text);
        String folded = SearchText.fold(text.toString());
        try (PreparedStatement update = connection.prepareStatement("UPDATE leads SET search_text = ? WHERE id = ?")) {
            update.setString(1, folded.length() > MAX ? folded.substring(0, MAX) : folded);
            update.setLong(2, leadId);
            update.executeUpdate();
        }
    }

    private static void collect(Connection connection, String sql, long leadId, StringJoiner text) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, leadId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    text.add(rows.getString(1));
                }
            }
        }
    }
}
