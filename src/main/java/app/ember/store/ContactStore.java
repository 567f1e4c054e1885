package app.ember.store;

import app.ember.domain.ContactLabel;
import app.ember.domain.Contacts;
import app.ember.domain.Labelled;
import app.ember.domain.PostalAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lead's further e-mails, phones and postal addresses (lead_contacts) and the labels of its primary ones
 * (in leads, beside them). Writing a lead's fields never touches these: they are written here, whole.
 */
final class ContactStore {
    private static final String INSERT = "INSERT INTO lead_contacts (lead_id, kind, place, label, contact, "
            + "address_line1, address_line2, city, region, postcode, country_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** One row of lead_contacts, or the labels of one lead's primary contacts. */
    private record Row(long leadId, String kind, int place, ContactLabel label, String contact, PostalAddress address) {
    }

    /** The lead's contacts; {@link Contacts#NONE} for a lead that has only its primary ones, unlabelled. */
    Contacts forLead(Connection c, long leadId) throws SQLException {
        return forLeads(c, leadId, leadId).getOrDefault(leadId, Contacts.NONE);
    }

    /** The contacts of the leads with ids from first to last; leads with none beyond {@link Contacts#NONE} left out. */
    Map<Long, Contacts> forLeads(Connection c, long first, long last) throws SQLException {
        Map<Long, ContactLabel[]> labels = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, email_label, phone_label, address_label FROM leads "
                + "WHERE id BETWEEN ? AND ? AND (email_label <> 'other' OR phone_label <> 'other' "
                + "OR address_label <> 'other')")) {
            s.setLong(1, first);
            s.setLong(2, last);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    labels.put(r.getLong(1), new ContactLabel[] {ContactLabel.fromCode(r.getString(2)),
                            ContactLabel.fromCode(r.getString(3)), ContactLabel.fromCode(r.getString(4))});
                }
            }
        }
        Map<Long, List<Row>> rows = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT lead_id, kind, place, label, contact, address_line1, "
                + "address_line2, city, region, postcode, country_code FROM lead_contacts "
                + "WHERE lead_id BETWEEN ? AND ? ORDER BY lead_id, kind, place")) {
            s.setLong(1, first);
            s.setLong(2, last);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new Row(r.getLong(1),
                            r.getString(2), r.getInt(3), ContactLabel.fromCode(r.getString(4)), r.getString(5),
                            new PostalAddress(r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                                    r.getString(10), r.getString(11))));
                }
            }
        }
        Map<Long, Contacts> all = new HashMap<>();
        for (long id : union(labels.keySet(), rows.keySet())) {
            ContactLabel[] primary = labels.getOrDefault(id,
                    new ContactLabel[] {ContactLabel.OTHER, ContactLabel.OTHER, ContactLabel.OTHER});
            List<Labelled<String>> emails = new ArrayList<>();
            List<Labelled<String>> phones = new ArrayList<>();
            List<Labelled<PostalAddress>> addresses = new ArrayList<>();
            for (Row row : rows.getOrDefault(id, List.of())) {
                switch (row.kind()) {
                    case "email" -> emails.add(new Labelled<>(row.label(), row.contact()));
                    case "phone" -> phones.add(new Labelled<>(row.label(), row.contact()));
                    default -> addresses.add(new Labelled<>(row.label(), row.address()));
                }
            }
            all.put(id, new Contacts(primary[0], primary[1], primary[2], emails, phones, addresses));
        }
        return all;
    }

    private static List<Long> union(java.util.Set<Long> a, java.util.Set<Long> b) {
        java.util.Set<Long> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }

    /** Replaces the lead's contacts by these (the primary labels included). */
    void replace(Connection c, long leadId, Contacts contacts) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM lead_contacts WHERE lead_id = ?")) {
            s.setLong(1, leadId);
            s.executeUpdate();
        }
        write(c, List.of(leadId), List.of(contacts), true);
    }

    /** Writes the contacts of freshly stored leads, in batches (an import of thousands). */
    void insertAll(Connection c, List<Long> ids, List<Contacts> contacts) throws SQLException {
        write(c, ids, contacts, false);
    }

    /** @param relabel write the primary labels even when all are "other" (a new lead has them so already) */
    private void write(Connection c, List<Long> ids, List<Contacts> contacts, boolean relabel) throws SQLException {
        List<Object[]> labelRows = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            Contacts each = contacts.get(i);
            labelRows.add(new Object[] {each.emailLabel().code(), each.phoneLabel().code(), each.addressLabel().code(),
                    id});
            int place = 1;
            for (Labelled<String> email : each.emails()) {
                rows.add(new Row(id, "email", place++, email.label(), email.value(), PostalAddress.EMPTY));
            }
            place = 1;
            for (Labelled<String> phone : each.phones()) {
                rows.add(new Row(id, "phone", place++, phone.label(), phone.value(), PostalAddress.EMPTY));
            }
            place = 1;
            for (Labelled<PostalAddress> address : each.addresses()) {
                rows.add(new Row(id, "address", place++, address.label(), "", address.value()));
            }
        }
        labelRows.removeIf(r -> !relabel && "other".equals(r[0]) && "other".equals(r[1]) && "other".equals(r[2]));
        Sql.batch(c, "UPDATE leads SET email_label = ?, phone_label = ?, address_label = ? WHERE id = ?", labelRows,
                (s, r) -> {
                    s.setString(1, (String) r[0]);
                    s.setString(2, (String) r[1]);
                    s.setString(3, (String) r[2]);
                    s.setLong(4, (Long) r[3]);
                });
        Sql.batch(c, INSERT, rows, (s, r) -> {
            s.setLong(1, r.leadId());
            s.setString(2, r.kind());
            s.setInt(3, r.place());
            s.setString(4, r.label().code());
            s.setString(5, r.contact());
            s.setString(6, r.address().line1());
            s.setString(7, r.address().line2());
            s.setString(8, r.address().city());
            s.setString(9, r.address().region());
            s.setString(10, r.address().postcode());
            s.setString(11, r.address().countryCode());
        });
    }
}
