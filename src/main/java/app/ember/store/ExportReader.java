package app.ember.store;

import app.ember.domain.Interaction;
import app.ember.domain.Lead;
import app.ember.domain.LeadDetails;
import app.ember.domain.LeadPages;
import app.ember.domain.LeadQuery;
import app.ember.domain.Note;
import app.ember.domain.Preference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the whole book (deleted leads left out) a page at a time, each lead with all its touches, notes,
 * preferences and tags, for an export. Each page is one read; a page never holds more than its leads.
 */
public final class ExportReader implements LeadPages {
    public static final int PAGE = 1000;

    private final Database database;
    private final LeadStore leads = new LeadStore();
    private final ContactStore contacts = new ContactStore();

    public ExportReader(Database database) {
        this.database = database;
    }

    @Override
    public int[] mostContacts() {
        return database.read(c -> {
            int[] most = new int[3];
            try (PreparedStatement s = c.prepareStatement("SELECT kind, MAX(place) FROM lead_contacts GROUP BY kind");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int at = switch (r.getString(1)) {
                        case "email" -> 0;
                        case "phone" -> 1;
                        default -> 2;
                    };
                    most[at] = r.getInt(2);
                }
            }
            return most;
        });
    }

    @Override
    public int count() {
        return database.read(c -> leads.count(c, LeadQuery.all()));
    }

    @Override
    public void forEachPage(PageSink sink) throws java.io.IOException {
        long after = 0;
        while (true) {
            long from = after;
            List<LeadDetails> page = database.read(c -> page(c, from));
            if (page.isEmpty()) {
                return;
            }
            sink.accept(page);
            after = page.get(page.size() - 1).lead().id();
        }
    }

    private List<LeadDetails> page(Connection c, long after) throws SQLException {
        List<Lead> found = leads.leadsAfter(c, LeadQuery.all(), after, PAGE);
        if (found.isEmpty()) {
            return List.of();
        }
        long first = found.get(0).id();
        long last = found.get(found.size() - 1).id();
        Map<Long, List<Interaction>> touches = new HashMap<>();
        Map<Long, List<Note>> notes = new HashMap<>();
        Map<Long, List<Preference>> preferences = new HashMap<>();
        Map<Long, List<String>> tags = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, lead_id, occurred_at, channel, direction, outcome, "
                + "minutes, note FROM interactions WHERE lead_id BETWEEN ? AND ? ORDER BY lead_id, occurred_at, id")) {
            s.setLong(1, first);
            s.setLong(2, last);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    touches.computeIfAbsent(r.getLong(2), k -> new ArrayList<>()).add(new Interaction(r.getLong(1),
                            r.getLong(2), Sql.getInstant(r, "occurred_at"),
                            app.ember.domain.Channel.fromCode(r.getString(4)),
                            app.ember.domain.Direction.fromCode(r.getString(5)),
                            app.ember.domain.Outcome.fromCode(r.getString(6)), r.getInt(7), r.getString(8)));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT id, lead_id, written_at, body FROM notes "
                + "WHERE lead_id BETWEEN ? AND ? ORDER BY lead_id, written_at, id")) {
            s.setLong(1, first);
            s.setLong(2, last);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    notes.computeIfAbsent(r.getLong(2), k -> new ArrayList<>()).add(new Note(r.getLong(1),
                            r.getLong(2), Sql.getInstant(r, "written_at"), r.getString(4)));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT id, lead_id, pref_key, pref_value FROM preferences "
                + "WHERE lead_id BETWEEN ? AND ? ORDER BY lead_id, id")) {
            s.setLong(1, first);
            s.setLong(2, last);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    preferences.computeIfAbsent(r.getLong(2), k -> new ArrayList<>()).add(new Preference(r.getLong(1),
                            r.getLong(2), r.getString(3), r.getString(4)));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT lead_id, tag FROM lead_tags "
                + "WHERE lead_id BETWEEN ? AND ? ORDER BY lead_id, tag")) {
            s.setLong(1, first);
            s.setLong(2, last);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    tags.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
                }
            }
        }
        Map<Long, app.ember.domain.Contacts> others = contacts.forLeads(c, first, last);
        List<LeadDetails> page = new ArrayList<>(found.size());
        for (Lead lead : found) {
            page.add(new LeadDetails(lead, touches.getOrDefault(lead.id(), List.of()),
                    notes.getOrDefault(lead.id(), List.of()), preferences.getOrDefault(lead.id(), List.of()),
                    tags.getOrDefault(lead.id(), List.of()), List.of(),
                    others.getOrDefault(lead.id(), app.ember.domain.Contacts.NONE)));
        }
        return page;
    }
}
