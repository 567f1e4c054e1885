package app.ember.store;

import app.ember.domain.Channel;
import app.ember.domain.Lead;
import app.ember.domain.Outcome;
import app.ember.domain.Temperature;
import app.ember.domain.report.Activity;
import app.ember.domain.report.ChannelEffect;
import app.ember.domain.report.Move;
import app.ember.domain.report.ReportLead;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's SQL: every figure is an aggregate the database makes, read through an index on
 * time (touches by occurred_at, leads by created_at, changes by changed_at). Standard SQL only
 * (no H2 functions), so a PostgreSQL book gets the same queries. Deleted leads are left out.
 */
final class ReportStore {
    /** The columns a listed lead needs, from {@code leads l}. */
    private static final String LEAD = "l.id, l.first_name, l.last_name, l.company, l.temperature, l.same_day, "
            + "l.created_at";
    private static final String LIVE = "l.deleted_at IS NULL";
    private final ChannelEffectQueries effects = new ChannelEffectQueries();
    /**
     * Touches and changes of leads not deleted, without reading a lead's row for each: a deleted lead's
     * heat rank is moved up by 100 (LeadStore.markDeleted), so the few deleted ids come from the heat
     * index alone. (A join on leads read 20,000 lead rows for a week's touches at 100,000 leads.)
     */
    static String live(String leadId) {
        return leadId + " NOT IN (SELECT d.id FROM leads d WHERE d.heat_rank >= 100)";
    }

    /** The period's touches by channel and outcome, with their minutes (the period before's, for comparison). */
    Activity activity(Connection c, Instant start, Instant end) throws SQLException {
        return effects.touches(c, start, end).activity();
    }

    private static final String NEVER_CONTACTED = " FROM leads l WHERE l.last_contact_at IS NULL AND l.heat_rank < 100 "
            + "AND l.status = 'open'";

    int neverContactedCount(Connection c) throws SQLException {
        return count(c, "SELECT COUNT(*)" + NEVER_CONTACTED);
    }

    /**
     * Open leads with no touch, oldest first: the ids from the index that covers the choice and the
     * order (V33), then the rows of only the leads kept (reading each never-contacted lead's row to
     * sort them read thousands).
     */
    List<ReportLead> neverContacted(Connection c, int limit) throws SQLException {
        List<Long> ids;
        try (PreparedStatement s = c.prepareStatement("SELECT l.id" + NEVER_CONTACTED
                + " ORDER BY l.created_at, l.id FETCH FIRST ? ROWS ONLY")) {
            s.setInt(1, limit);
            ids = ids(s);
        }
        return inOrder(c, ids, null);
    }

    /**
     * Open leads whose follow-up was due before the cutoff of their temperature (now minus its cadence,
     * worked out in Java): overdue by more than one cadence; longest overdue first. Read as keys from
     * the plan index alone (due time, heat rank, status) and judged here: given the status in the WHERE
     * clause, H2 picks the status index and reads every open lead's row (3 s at 100,000 leads).
     */
    List<Long> neglectedIds(Connection c, Map<Temperature, Instant> cutoffs) throws SQLException {
        Instant latest = cutoffs.values().stream().max(Instant::compareTo).orElseThrow();
        List<Long> ids = new ArrayList<>();
        List<Instant> dues = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT l.id, l.next_follow_up_at, l.heat_rank, l.status "
                + "FROM leads l WHERE l.next_follow_up_at < ?")) {
            Sql.setInstant(s, 1, latest);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    int rank = rows.getInt(3);
                    if (rank >= 100 || !"open".equals(rows.getString(4))) {
                        continue; // deleted, or not open
                    }
                    Instant due = Sql.getInstant(rows, "next_follow_up_at");
                    if (due.isBefore(cutoffs.get(Temperature.values()[Math.max(0, rank - 1)]))) {
                        ids.add(rows.getLong(1));
                        dues.add(due);
                    }
                }
            }
        }
        Integer[] order = new Integer[ids.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparing((Integer i) -> dues.get(i)).thenComparing(ids::get));
        List<Long> sorted = new ArrayList<>(ids.size());
        for (Integer i : order) {
            sorted.add(ids.get(i));
        }
        return sorted;
    }

    /** The neglected leads with these ids, in this order; each one's {@code at} is the follow-up that was due. */
    List<ReportLead> neglected(Connection c, List<Long> ids) throws SQLException {
        return inOrder(c, ids, "next_follow_up_at");
    }

    /** The leads with these ids, in this order; {@code at} from that column (or null). */
    private static List<ReportLead> inOrder(Connection c, List<Long> ids, String atColumn) throws SQLException {
        Map<Long, ReportLead> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            try (PreparedStatement s = c.prepareStatement("SELECT " + LEAD + (atColumn == null ? "" : ", l." + atColumn)
                    + " FROM leads l WHERE l.id IN (" + "?, ".repeat(chunk.size() - 1) + "?)")) {
                bind(s, new ArrayList<>(chunk));
                for (ReportLead lead : leads(s, atColumn)) {
                    byId.put(lead.id(), lead);
                }
            }
        }
        List<ReportLead> result = new ArrayList<>();
        for (long id : ids) {
            if (byId.containsKey(id)) {
                result.add(byId.get(id));
            }
        }
        return result;
    }

    /** The period's activity and "what works" table from one pass over its touches. */
    ChannelEffectQueries.Touches touches(Connection c, Instant start, Instant end) throws SQLException {
        return effects.touches(c, start, end);
    }

    /** Our outgoing touches of the period by channel, temperature and attempt (see {@link ChannelEffectQueries}). */
    List<ChannelEffect> channelEffects(Connection c, Instant start, Instant end) throws SQLException {
        return effects.channelEffects(c, start, end);
    }

    /** The leads behind a cell of the "what works" table. */
    List<Long> effectLeads(Connection c, Instant start, Instant end, Channel channel, Temperature temperature,
                           int attempt) throws SQLException {
        return effects.effectLeads(c, start, end, channel, temperature, attempt);
    }


    /** The leads with a touch in the period by this channel (or, with a null channel, of this outcome). */
    List<Long> touchedLeads(Connection c, Instant start, Instant end, Channel channel, Outcome outcome)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT i.lead_id FROM interactions i "
                + "WHERE i.occurred_at >= ? AND i.occurred_at < ? AND " + (channel != null ? "i.channel" : "i.outcome")
                + " = ?")) {
            Sql.setInstant(s, 1, start);
            Sql.setInstant(s, 2, end);
            s.setString(3, channel != null ? channel.code() : outcome.code());
            return ids(s);
        }
    }

    /** Changes of temperature between the two moments, counted by from and to; arrivals have from null. */
    Map<Move, Integer> moves(Connection c, Instant start, Instant end) throws SQLException {
        Map<Move, Integer> moves = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT t.from_temperature, t.to_temperature, COUNT(*) "
                + "FROM temperature_changes t "
                + "WHERE t.changed_at >= ? AND t.changed_at < ? AND " + live("t.lead_id")
                + " GROUP BY t.from_temperature, t.to_temperature")) {
            Sql.setInstant(s, 1, start);
            Sql.setInstant(s, 2, end);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    String from = rows.getString(1);
                    moves.merge(new Move(from == null ? null : Temperature.fromCode(from),
                            Temperature.fromCode(rows.getString(2))), rows.getInt(3), Integer::sum);
                }
            }
        }
        return moves;
    }

    /**
     * The changes of temperature in each of the intervals between these moments (the last one up to
     * now), counted by from and to, in one pass over the history from the first moment on: the
     * week-by-week chart asked for each week's "since then" apart, reading the newest weeks 8 times.
     */
    List<Map<Move, Integer>> movesBetween(Connection c, List<Instant> bounds) throws SQLException {
        List<Map<Move, Integer>> result = new ArrayList<>();
        for (int i = 0; i < bounds.size(); i++) {
            result.add(new HashMap<>());
        }
        StringBuilder bucket = new StringBuilder("CASE");
        for (int i = 1; i < bounds.size(); i++) {
            bucket.append(" WHEN t.changed_at < ? THEN ").append(i - 1);
        }
        bucket.append(" ELSE ").append(bounds.size() - 1).append(" END");
        try (PreparedStatement s = c.prepareStatement("SELECT w, f, tt, COUNT(*) FROM (SELECT " + bucket
                + " AS w, t.from_temperature AS f, t.to_temperature AS tt FROM temperature_changes t "
                + "WHERE t.changed_at >= ? AND " + live("t.lead_id") + ") x GROUP BY w, f, tt")) {
            for (int i = 1; i < bounds.size(); i++) {
                Sql.setInstant(s, i, bounds.get(i));
            }
            Sql.setInstant(s, bounds.size(), bounds.get(0));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    String from = rows.getString(2);
                    result.get(rows.getInt(1)).merge(new Move(from == null ? null : Temperature.fromCode(from),
                            Temperature.fromCode(rows.getString(3))), rows.getInt(4), Integer::sum);
                }
            }
        }
        return result;
    }

    /** The leads whose temperature changed in the period, with the change (for "warmed" and "cooled"). */
    Map<Long, List<Move>> changedLeads(Connection c, Instant start, Instant end) throws SQLException {
        Map<Long, List<Move>> changes = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT t.lead_id, t.from_temperature, t.to_temperature "
                + "FROM temperature_changes t WHERE t.changed_at >= ? AND t.changed_at < ? "
                + "AND t.from_temperature IS NOT NULL")) {
            Sql.setInstant(s, 1, start);
            Sql.setInstant(s, 2, end);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    changes.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(new Move(
                            Temperature.fromCode(rows.getString(2)), Temperature.fromCode(rows.getString(3))));
                }
            }
        }
        return changes;
    }

    /** The book's leads now: the open ones (the never-contacted share's denominator), and each temperature's. */
    record LeadsNow(int open, Map<Temperature, Integer> byTemperature) {
    }

    /**
     * The live leads now, counted by status and heat rank in one pass over the (status, heat_rank) index
     * alone (hot counts ranks 0 and 1; deleted leads, rank 100 and more, are skipped here): the open
     * leads and the temperatures now were two passes over two indexes of every lead. Asked with the
     * heat rank in the WHERE clause, H2 picked the heat index and read each lead's row for its status.
     */
    LeadsNow leadsNow(Connection c) throws SQLException {
        int open = 0;
        Map<Temperature, Integer> counts = new EnumMap<>(Temperature.class);
        try (PreparedStatement s = c.prepareStatement("SELECT l.status, l.heat_rank, COUNT(*) FROM leads l "
                + "GROUP BY l.status, l.heat_rank");
             ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                int rank = rows.getInt(2);
                if (rank >= LeadStore.DELETED_RANK_SHIFT) {
                    continue;
                }
                int leads = rows.getInt(3);
                open += "open".equals(rows.getString(1)) ? leads : 0;
                counts.merge(Temperature.values()[Math.max(0, rank - 1)], leads, Integer::sum);
            }
        }
        return new LeadsNow(open, counts);
    }

    /** The listed leads with these ids, by name. */
    List<ReportLead> leads(Connection c, List<Long> ids) throws SQLException {
        List<ReportLead> result = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            try (PreparedStatement s = c.prepareStatement("SELECT " + LEAD + " FROM leads l WHERE l.id IN ("
                    + "?, ".repeat(chunk.size() - 1) + "?) AND " + LIVE)) {
                bind(s, new ArrayList<>(chunk));
                result.addAll(leads(s, null));
            }
        }
        result.sort(java.util.Comparator.comparing((ReportLead l) -> l.name().toLowerCase(java.util.Locale.ROOT))
                .thenComparingLong(ReportLead::id));
        return result;
    }

    private static List<ReportLead> leads(PreparedStatement s, String atColumn) throws SQLException {
        List<ReportLead> result = new ArrayList<>();
        try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                result.add(lead(rows, atColumn));
            }
        }
        return result;
    }

    private static ReportLead lead(ResultSet rows, String atColumn) throws SQLException {
        return new ReportLead(rows.getLong("id"), Lead.name(rows.getString("first_name"), rows.getString("last_name"),
                rows.getString("company")),
                Temperature.fromCode(rows.getString("temperature")), rows.getBoolean("same_day"),
                Sql.getInstant(rows, "created_at"), atColumn == null ? null : Sql.getInstant(rows, atColumn));
    }

    static List<Long> ids(PreparedStatement s) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    static void bind(PreparedStatement s, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof Instant instant) {
                Sql.setInstant(s, i + 1, instant);
            } else {
                s.setObject(i + 1, value);
            }
        }
    }
}
