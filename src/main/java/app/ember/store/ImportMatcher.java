package app.ember.store;

import app.ember.domain.Lead;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Finds whom an imported row is: by e-mail, then phone, then name with postcode, among the stored leads
 * ({@link #load}) or among the rows above it in the same file ({@link #add}).
 */
final class ImportMatcher {
    /** What matched: the stored lead's id (or the earlier row's number), how, and the name it has there. */
    record Match(long id, String by, String name) {
    }

    private final Map<String, Long> emails = new HashMap<>();
    private final Map<String, Long> phones = new HashMap<>();
    private final Map<String, Long> names = new HashMap<>();
    private final Map<Long, String> who = new HashMap<>();

    static ImportMatcher load(Connection c) throws SQLException {
        ImportMatcher matcher = new ImportMatcher();
        try (PreparedStatement statement = c.prepareStatement("SELECT id, email, phone, first_name, last_name, "
                + "postcode FROM leads WHERE deleted_at IS NULL ORDER BY id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String first = rows.getString(4);
                String last = rows.getString(5);
                matcher.add(rows.getLong(1), rows.getString(2), rows.getString(3), first, last, rows.getString(6),
                        (first + " " + last).strip());
            }
        }
        return matcher;
    }

    void add(long id, String email, String phone, String first, String last, String postcode, String name) {
        put(emails, emailKey(email), id);
        put(phones, phoneKey(phone), id);
        put(names, nameKey(first, last, postcode), id);
        who.put(id, name);
    }

    private static void put(Map<String, Long> map, String key, long id) {
        if (key != null) {
            map.putIfAbsent(key, id);
        }
    }

    Match find(Lead lead) {
        Long id = get(emails, emailKey(lead.email()));
        if (id != null) {
            return new Match(id, "email", who.get(id));
        }
        id = get(phones, phoneKey(lead.phone()));
        if (id != null) {
            return new Match(id, "phone", who.get(id));
        }
        id = get(names, nameKey(lead.firstName(), lead.lastName(), lead.address().postcode()));
        return id == null ? null : new Match(id, "name and postcode", who.get(id));
    }

    private static Long get(Map<String, Long> map, String key) {
        return key == null ? null : map.get(key);
    }

    static String emailKey(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The last nine digits, so "+44 20 7946 0000" and "020 7946 0000" are one number (the country
     * code and the trunk 0 come before them; nine digits are the shortest full numbers of most
     * countries). Fewer than 5 digits match nothing (an extension, a typo).
     */
    static String phoneKey(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        return digits.length() < 5 ? null : digits.substring(Math.max(0, digits.length() - 9));
    }

    static String nameKey(String first, String last, String postcode) {
        String code = postcode == null ? "" : postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            return null;
        }
        return (first + " " + last).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + "|" + code;
    }
}
