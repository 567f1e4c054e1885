package app.ember.store;

import app.ember.domain.Lead;
import app.ember.domain.SearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps lead_words in step with everything a search looks at: each lead's distinct folded words,
 * so a search finds leads by word prefix through an index. Called in the same transaction as every
 * write that changes one of those texts, so a search never sees a stale lead.
 */
public final class SearchIndex {
    private static final int MAX_WORD = 100;

    private SearchIndex() {
    }

    /** The texts of a lead's further contacts that a search finds it by: e-mails, phones and towns. */
    static List<String> textsOf(app.ember.domain.Contacts contacts) {
        List<String> texts = new ArrayList<>();
        contacts.emails().forEach(e -> texts.add(e.value()));
        contacts.phones().forEach(p -> texts.add(p.value()));
        contacts.addresses().forEach(a -> texts.add(a.value().city()));
        return texts;
    }

    /** The words of a lead's own fields (not yet its notes, preferences or tags). */
    static Set<String> wordsOf(Lead lead) {
        Set<String> words = new LinkedHashSet<>();
        addWords(words, lead.firstName(), lead.lastName(), lead.company(), lead.email(), lead.phone(),
                lead.address().city());
        return words;
    }

    /** Words of the texts, plus whole e-mail addresses and the phone's digits, so "chloe.lef" and "5550142" find too. */
    private static void addWords(Set<String> words, String... texts) {
        for (String text : texts) {
            String folded = SearchText.fold(text);
            for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
                add(words, word);
            }
            if (folded.contains("@")) {
                add(words, folded.strip());
            }
            String digits = SearchText.digits(text);
            if (digits.length() > 3) {
                add(words, digits);
            }
            add(words, app.ember.domain.PhoneNumbers.searchKey(text));
        }
    }

    private static void add(Set<String> words, String word) {
        // A typed word waits for its second letter (SearchText.words), so a lead's one-letter word ("a", the
        // "1" of +1) could never be found: not kept (8 % of the words of a 100,000-row import, measured).
        if (word.length() > 1 && !word.isBlank()) {
            words.add(word.length() > MAX_WORD ? word.substring(0, MAX_WORD) : word);
        }
    }

    /** Writes the words of freshly inserted leads (no notes or tags yet), in batches. */
    static void insertNew(Connection connection, List<Long> ids, List<Lead> leads) throws SQLException {
        insertNew(connection, ids, leads, null);
    }

    /**
     * Writes the words of freshly inserted leads and of the texts (notes, preferences, tags) they are being
     * stored with, in batches.
     *
     * @param texts for each lead, its other texts; null when they have none
     */
    static void insertNew(Connection connection, List<Long> ids, List<Lead> leads, List<List<String>> texts)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Set<String> words = wordsOf(leads.get(i));
            if (texts != null) {
                addWords(words, texts.get(i).toArray(String[]::new));
            }
            for (String word : words) {
                rows.add(new Object[] {word, ids.get(i)});
            }
        }
        Sql.batch(connection, "INSERT INTO lead_words (word, lead_id) VALUES (?, ?)", rows, (statement, row) -> {
            statement.setString(1, (String) row[0]);
            statement.setLong(2, (Long) row[1]);
        });
    }

    /** Rebuilds every lead's words: for the migration that introduced them. */
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

    /** Rebuilds one lead's words from its fields, notes, preferences and tags. */
    static void refresh(Connection connection, long leadId) throws SQLException {
        Set<String> words = new LinkedHashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT first_name, last_name, company, email, phone, city FROM leads WHERE id = ?")) {
            statement.setLong(1, leadId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return;
                }
                for (int i = 1; i <= 6; i++) {
                    addWords(words, rows.getString(i));
                }
            }
        }
        for (String text : Sql.strings(connection, "SELECT body FROM notes WHERE lead_id = ?", leadId)) {
            addWords(words, text);
        }
        for (String text : Sql.strings(connection,
                "SELECT pref_key || ' ' || pref_value FROM preferences WHERE lead_id = ?", leadId)) {
            addWords(words, text);
        }
        for (String text : Sql.strings(connection, "SELECT tag FROM lead_tags WHERE lead_id = ?", leadId)) {
            addWords(words, text);
        }
        // The further e-mails, phones and towns are found as the primary ones are.
        for (String text : Sql.strings(connection,
                "SELECT contact || ' ' || city FROM lead_contacts WHERE lead_id = ?", leadId)) {
            addWords(words, text);
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM lead_words WHERE lead_id = ?")) {
            delete.setLong(1, leadId);
            delete.executeUpdate();
        }
        Sql.batch(connection, "INSERT INTO lead_words (word, lead_id) VALUES (?, ?)", words, (statement, word) -> {
            statement.setString(1, word);
            statement.setLong(2, leadId);
        });
    }
}
