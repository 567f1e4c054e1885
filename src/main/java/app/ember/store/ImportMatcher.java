package app.ember.store;

import app.ember.domain.Contacts;
import app.ember.domain.Labelled;
import app.ember.domain.Lead;
import app.ember.domain.LeadDetails;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds whom an imported row is: by e-mail, then phone with a matching name (two people sharing an office
 * phone are two leads), then name with postcode, among the stored leads ({@link #load}) or among the rows
 * above it in the same file ({@link #add}). Every e-mail and phone of a lead counts, not only its primary
 * one: a person known by a work address is found by that address in a file that lists it second.
 */
final class ImportMatcher {
    /** What matched: the stored lead's id (or the earlier row's number), how, and the name it has there. */
    record Match(long id, String by, String name) {
    }


    private final Map<String, Long> emails;
    private final Map<String, Long> phones;
    private final Map<String, Long> names;
    private final Map<Long, String> who;
    /** While loading: each stored lead's first name, last name and company, for its further phones' keys. */
    private final Map<Long, String[]> people;

    ImportMatcher() {
        this(16);
    }

    /** Sized for {@code leads} from the start: growing the maps a lead at a time was a fifth of reading 100,000. */
    private ImportMatcher(int leads) {
        int capacity = (int) Math.min(1 << 30, leads * 4L / 3 + 16);
        emails = new HashMap<>(capacity);
        phones = new HashMap<>(capacity);
        names = new HashMap<>(capacity);
        who = new HashMap<>(capacity);
        people = new HashMap<>(capacity);
    }

    /**
     * Stored leads read at a time. H2 copies a query's whole result before handing out its first row, and
     * past 40,000 rows into a file of its own: reading 100,000 leads in one query spent most of the
     * preview's time there. Pages well under that (with their further contacts) stay in memory.
     */
    private static final int PAGE = 10_000;

    static ImportMatcher load(Connection c) throws SQLException {
        int count;
        // All rows, deleted ones too: H2 answers this from the table's row count without reading the rows.
        try (PreparedStatement statement = c.prepareStatement("SELECT COUNT(*) FROM leads");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            count = (int) Math.min(Integer.MAX_VALUE / 2, rows.getLong(1));
        }
        ImportMatcher matcher = new ImportMatcher(count);
        List<Object[]> further = new ArrayList<>();
        long after = Long.MIN_VALUE;
        while (true) {
            long newest = after;
            int read = 0;
            try (PreparedStatement statement = c.prepareStatement("SELECT id, email, phone, first_name, last_name, "
                    + "postcode, company FROM leads WHERE deleted_at IS NULL AND id > ? ORDER BY id "
                    + "FETCH FIRST " + PAGE + " ROWS ONLY")) {
                statement.setLong(1, after);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        read++;
                        long id = rows.getLong(1);
                        String first = rows.getString(4);
                        String last = rows.getString(5);
                        String company = rows.getString(7);
                        String name = (first + " " + last).strip();
                        matcher.add(id, rows.getString(2), rows.getString(3), first, last, rows.getString(6),
                                name.isEmpty() && company != null ? company : name, company);
                        matcher.people.put(id, new String[] {first, last, company});
                        newest = id;
                    }
                }
            }
            if (read == 0) {
                break;
            }
            // The further e-mails and phones of this page's leads, kept for after every primary one.
            try (PreparedStatement statement = c.prepareStatement("SELECT lead_id, kind, contact FROM lead_contacts "
                    + "WHERE kind IN ('email', 'phone') AND lead_id > ? AND lead_id <= ? ORDER BY lead_id, kind, place")) {
                statement.setLong(1, after);
                statement.setLong(2, newest);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        further.add(new Object[] {rows.getLong(1), rows.getString(2), rows.getString(3)});
                    }
                }
            }
            after = newest;
            if (read < PAGE) {
                break;
            }
        }
        // The further e-mails and phones, after every primary one: a primary match wins over a further one.
        for (Object[] row : further) {
            long id = (Long) row[0];
            String[] person = matcher.people.get(id);
            if (person == null) {
                continue; // a deleted lead's
            }
            if (row[1].equals("email")) {
                put(matcher.emails, emailKey((String) row[2]), id);
            } else {
                put(matcher.phones, phoneNameKey((String) row[2], person[0], person[1], person[2]), id);
            }
        }
        matcher.people.clear();
        return matcher;
    }

    /** A row of the file, with every e-mail and phone it has, for the rows below it. */
    void add(long rowNumber, LeadDetails row) {
        Lead lead = row.lead();
        add(rowNumber, lead.email(), lead.phone(), lead.firstName(), lead.lastName(), lead.address().postcode(),
                lead.name(), lead.company());
        for (Labelled<String> email : row.contacts().emails()) {
            put(emails, emailKey(email.value()), rowNumber);
        }
        for (Labelled<String> phone : row.contacts().phones()) {
            put(phones, phoneNameKey(phone.value(), lead.firstName(), lead.lastName(), lead.company()), rowNumber);
        }
    }

    void add(long id, String email, String phone, String first, String last, String postcode, String name,
             String company) {
        put(emails, emailKey(email), id);
        put(phones, phoneNameKey(phone, first, last, company), id);
        put(names, nameKey(first, last, postcode), id);
        who.put(id, name);
    }

    private static void put(Map<String, Long> map, String key, long id) {
        if (key != null) {
            map.putIfAbsent(key, id);
        }
    }

    Match find(Lead lead) {
        return find(lead, Contacts.NONE);
    }

    /** Whom a row is: any of its e-mails, then any of its phones with the name, then name and postcode. */
    Match find(LeadDetails row) {
        return find(row.lead(), row.contacts());
    }

    private Match find(Lead lead, Contacts others) {
        for (Labelled<String> email : others.allEmails(lead)) {
            Long id = get(emails, emailKey(email.value()));
            if (id != null) {
                return new Match(id, "email", who.get(id));
            }
        }
        for (Labelled<String> phone : others.allPhones(lead)) {
            Long id = get(phones, phoneNameKey(phone.value(), lead.firstName(), lead.lastName(), lead.company()));
            if (id != null) {
                return new Match(id, "phone", who.get(id));
            }
        }
        Long id = get(names, nameKey(lead.firstName(), lead.lastName(), lead.address().postcode()));
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
        String digits = phone == null ? "" : digits(phone);
        return digits.length() < 5 ? null : digits.substring(Math.max(0, digits.length() - 9));
    }

    /**
     * The phone with the person it reaches: the last name and the first name's initial ("Tom" and "Thomas"
     * Smith are one person; Ann Lee and Bob Kay at one office number are two), or the company of a firm.
     */
    static String phoneNameKey(String phone, String first, String last, String company) {
        String number = phoneKey(phone);
        if (number == null) {
            return null;
        }
        String family = last == null ? "" : last.strip().toLowerCase(Locale.ROOT);
        String given = first == null ? "" : first.strip().toLowerCase(Locale.ROOT);
        String who = family.isEmpty() && given.isEmpty() ? "@" + (company == null ? "" : company.strip()
                .toLowerCase(Locale.ROOT)) : family + "|" + (given.isEmpty() ? "" : given.substring(0, 1));
        return number + "|" + who;
    }

    static String nameKey(String first, String last, String postcode) {
        String code = postcode == null ? "" : spaced(postcode, "").toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            return null;
        }
        return spaced((first + " " + last).strip().toLowerCase(Locale.ROOT), " ") + "|" + code;
    }

    // The keys are made three times a lead of the book: by hand, not by regular expressions (a fifth of the time).

    /** The digits 0-9 of the text, as {@code replaceAll("[^0-9]", "")}. */
    static String digits(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /**
     * Each run of white space ({@code \\s}: space, tab, line breaks) as {@code with}, as
     * {@code replaceAll("\\s+", with)}.
     */
    static String spaced(String text, String with) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            if (!space(text.charAt(i))) {
                if (out != null) {
                    out.append(text.charAt(i));
                }
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            while (i < text.length() && space(text.charAt(i))) {
                i++;
            }
            out.append(with);
        }
        return out == null ? text : out.toString();
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
