package app.ember.store;

import app.ember.domain.Lead;
import app.ember.domain.LeadStatus;
import app.ember.domain.Temperature;
import app.ember.domain.report.Arrival;
import app.ember.domain.report.ReportLead;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The leads that arrived in a period, read from the index that covers what first response and
 * conversion need (V33, {@code leads_for_arrivals}), never from the leads' rows: a quarter's 23,000
 * rows read one by one after the {@code created_at} index took 355 ms warm and 531 ms cold at 100,000
 * leads, each a page read of the widest table. The names are read after, only for the leads a list
 * shows ({@link #named}).
 */
final class ArrivalQueries {
    /** A lead that arrived in the period, with what conversion needs beside its first response. */
    record ArrivalRow(Arrival arrival, String source, LeadStatus status) {
    }

    /** Stands for the name until {@link #named} reads it: the counts never show a name. */
    static final String UNNAMED = "";

    /**
     * The leads that arrived in the period, live ones only (a deleted lead's heat rank is 100 and
     * more), oldest first, unnamed, with the temperature they arrived with: the first entry of their
     * history (V29, ArrivalTrigger), else their temperature now. Every column read is in the index.
     */
    List<ArrivalRow> arrivals(Connection c, Instant start, Instant end) throws SQLException {
        List<ArrivalRow> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT l.id, l.created_at, l.first_contact_at, "
                + "l.arrived_temperature, l.temperature, l.same_day, l.status, l.source FROM leads l "
                + "WHERE l.created_at >= ? AND l.created_at < ? AND l.heat_rank < " + LeadStore.DELETED_RANK_SHIFT
                + " ORDER BY l.created_at, l.id")) {
            Sql.setInstant(s, 1, start);
            Sql.setInstant(s, 2, end);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) { // columns by position: a quarter is 23,000 rows
                    Instant firstTouch = Sql.getInstant(rows, 3);
                    Temperature now = Temperature.fromCode(rows.getString(5));
                    String arrivedAs = rows.getString(4);
                    ReportLead lead = new ReportLead(rows.getLong(1), UNNAMED, now, rows.getBoolean(6),
                            Sql.getInstant(rows, 2), firstTouch);
                    result.add(new ArrivalRow(new Arrival(lead, arrivedAs == null ? now : Temperature.fromCode(arrivedAs),
                            firstTouch), rows.getString(8), LeadStatus.fromCode(rows.getString(7))));
                }
            }
        }
        return result;
    }

    /** These leads with their names read, in the same order; a lead no longer there is left out. */
    static List<ReportLead> named(Connection c, List<ReportLead> leads) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        for (int from = 0; from < leads.size(); from += 500) {
            List<ReportLead> chunk = leads.subList(from, Math.min(leads.size(), from + 500));
            try (PreparedStatement s = c.prepareStatement("SELECT l.id, l.first_name, l.last_name, l.company FROM leads l "
                    + "WHERE l.id IN (" + "?, ".repeat(chunk.size() - 1) + "?)")) {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setLong(i + 1, chunk.get(i).id());
                }
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        names.put(rows.getLong(1), Lead.name(rows.getString(2), rows.getString(3), rows.getString(4)));
                    }
                }
            }
        }
        List<ReportLead> result = new ArrayList<>(leads.size());
        for (ReportLead lead : leads) {
            String name = names.get(lead.id());
            if (name != null) {
                result.add(new ReportLead(lead.id(), name, lead.temperature(), lead.sameDay(), lead.created(), lead.at()));
            }
        }
        return result;
    }
}
