package app.ember.store;

import app.ember.domain.Channel;
import app.ember.domain.LeadStatus;
import app.ember.domain.Outcome;
import app.ember.domain.PlanCandidate;
import app.ember.domain.PlanKey;
import app.ember.domain.PlanWeek;
import app.ember.domain.Priority;
import app.ember.domain.Reach;
import app.ember.domain.Temperature;
import app.ember.domain.WeekTouch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The leads a week's plan is made from, each found through an index: those due before the week
 * ends (as keys), and those with a birthday, anniversary or event in it (in full). The planner
 * decides which belong, and asks for the kept ones in full.
 */
final class PlanStore {
    private static final String SELECT = "SELECT id, first_contact_at, " + LeadStore.COLUMNS
            + ", last_out_channel, snoozed_until FROM leads WHERE heat_rank < " + LeadStore.DELETED_RANK_SHIFT + " AND ";

    /**
     * Every live lead due before the week ends, as keys read from the leads_for_plan index alone (no
     * row is read). Status and deletion are checked here rather than in the WHERE clause: given
     * those, H2 would pick the status index and read every row.
     */
    List<PlanKey> dueKeys(Connection connection, Instant weekEnd) throws SQLException {
        return dueKeys(connection, weekEnd, null);
    }

    /** @param mine only the leads assigned to this person, or null for everyone's */
    List<PlanKey> dueKeys(Connection connection, Instant weekEnd, String mine) throws SQLException {
        List<PlanKey> keys = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + KEY_COLUMNS + " "
                + "FROM leads WHERE next_follow_up_at < ?" + (mine == null ? "" : " AND assigned_to = ?"))) {
            Sql.setInstant(statement, 1, weekEnd);
            if (mine != null) {
                statement.setString(2, mine);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    int heatRank = rows.getInt(3);
                    String status = rows.getString(4);
                    if (heatRank >= LeadStore.DELETED_RANK_SHIFT
                            || !status.equals("open") && !status.equals("nurture")) {
                        continue;
                    }
                    keys.add(key(rows));
                }
            }
        }
        return keys;
    }

    /** The columns {@link #key} reads, in its order. */
    static final String KEY_COLUMNS = "id, next_follow_up_at, heat_rank, status, priority, created_at, last_contact_at, "
            + "last_out_channel, has_address, has_phone, has_email, do_not_mail";

    /** A due lead's key from a row of {@link #KEY_COLUMNS}. */
    static PlanKey key(ResultSet rows) throws SQLException {
        int heatRank = rows.getInt(3);
        String priority = rows.getString(5);
        String channel = rows.getString(8);
        return new PlanKey(rows.getLong(1), temperature(heatRank), heatRank == 0, LeadStatus.fromCode(rows.getString(4)),
                priority == null ? null : Priority.fromCode(priority), Sql.getInstant(rows, "created_at"),
                Sql.getInstant(rows, "next_follow_up_at"), rows.getObject(7) == null,
                channel == null ? null : Channel.fromCode(channel),
                new Reach(rows.getBoolean(10), rows.getBoolean(9) && !rows.getBoolean(12), rows.getBoolean(11)));
    }

    /** The temperature of a live lead's heat rank (0 is a same-day hot lead). */
    static Temperature temperature(int heatRank) {
        return heatRank == 0 ? Temperature.HOT : Temperature.values()[heatRank - 1];
    }

    /** The leads with a birthday, anniversary or event in the week, read in full (a handful even in a big book). */
    List<PlanCandidate> dated(Connection connection, PlanWeek week) throws SQLException {
        return dated(connection, week, null);
    }

    /** @param mine only the leads assigned to this person, or null for everyone's */
    List<PlanCandidate> dated(Connection connection, PlanWeek week, String mine) throws SQLException {
        Map<Long, PlanCandidate> found = new LinkedHashMap<>();
        String monthDays = monthDays(week);
        String select = SELECT + (mine == null ? "" : "assigned_to = ? AND ");
        List<Object> who = mine == null ? List.of() : List.of(mine);
        read(connection, select + "birthday_md IN (" + monthDays + ")", who, found);
        read(connection, select + "anniversary_md IN (" + monthDays + ")", who, found);
        read(connection, select + "need_by_yearly AND need_by_md IN (" + monthDays + ")", who, found);
        try (PreparedStatement statement = connection.prepareStatement(select + "need_by >= ? AND need_by < ?")) {
            int at = 1;
            if (mine != null) {
                statement.setString(at++, mine);
            }
            Sql.setDate(statement, at++, week.start());
            Sql.setDate(statement, at, week.end());
            read(statement, found);
        }
        return new ArrayList<>(found.values());
    }

    /** The kept actions' leads, read in full, a few hundred ids at a time. */
    Map<Long, PlanCandidate> details(Connection connection, Collection<Long> ids) throws SQLException {
        Map<Long, PlanCandidate> found = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
            StringJoiner marks = new StringJoiner(", ");
            chunk.forEach(id -> marks.add("?"));
            try (PreparedStatement statement = connection.prepareStatement(SELECT + "id IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setLong(i + 1, chunk.get(i));
                }
                read(statement, found);
            }
        }
        return found;
    }

    /**
     * The outgoing touches that moved a lead on between {@code from} and {@code to}, oldest first,
     * each with its lead read in full (a deleted lead's touches are passed over). Found through the
     * interactions_by_time index: a week's worth, even in a big book.
     */
    List<WeekTouch> touchesBetween(Connection connection, Instant from, Instant to) throws SQLException {
        return touchesBetween(connection, from, to, null);
    }

    /** @param mine only the touches on leads assigned to this person, or null for everyone's */
    List<WeekTouch> touchesBetween(Connection connection, Instant from, Instant to, String mine) throws SQLException {
        record Row(long leadId, Channel channel, Outcome outcome, int minutes, Instant at) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT lead_id, channel, outcome, minutes, "
                + "occurred_at FROM interactions WHERE occurred_at >= ? AND occurred_at < ? AND moved_on "
                + "AND direction = 'out'" + (mine == null ? "" : " AND lead_id IN (SELECT id FROM leads WHERE assigned_to = ?)")
                + " ORDER BY occurred_at, id")) {
            Sql.setInstant(statement, 1, from);
            Sql.setInstant(statement, 2, to);
            if (mine != null) {
                statement.setString(3, mine);
            }
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    rows.add(new Row(found.getLong(1), Channel.fromCode(found.getString(2)),
                            Outcome.fromCode(found.getString(3)), found.getInt(4), Sql.getInstant(found, "occurred_at")));
                }
            }
        }
        Map<Long, PlanCandidate> leads = details(connection, rows.stream().map(Row::leadId).distinct().toList());
        List<WeekTouch> touches = new ArrayList<>(rows.size());
        for (Row row : rows) {
            PlanCandidate lead = leads.get(row.leadId());
            if (lead != null) {
                touches.add(new WeekTouch(lead.lead(), row.channel(), row.outcome(), row.minutes(), row.at()));
            }
        }
        return touches;
    }

    /** Sets the day a lead was snoozed to, and its next follow-up (null keeps the follow-up as it is). */
    void snooze(Connection connection, long leadId, LocalDate day, Instant nextFollowUp, Instant at)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE leads SET snoozed_until = ?, "
                + "next_follow_up_at = COALESCE(?, next_follow_up_at), updated_at = ? WHERE id = ?")) {
            Sql.setDate(statement, 1, day);
            Sql.setInstant(statement, 2, nextFollowUp);
            Sql.setInstant(statement, 3, at);
            statement.setLong(4, leadId);
            statement.executeUpdate();
        }
    }

    /** The month-days (1123 for 23 November) of the week's days; 229 too when a non-leap year's 28 February is in it. */
    static String monthDays(PlanWeek week) {
        StringJoiner days = new StringJoiner(", ");
        for (LocalDate day = week.start(); day.isBefore(week.end()); day = day.plusDays(1)) {
            days.add(Integer.toString(day.getMonthValue() * 100 + day.getDayOfMonth()));
            if (day.getMonthValue() == 2 && day.getDayOfMonth() == 28 && !Year.isLeap(day.getYear())) {
                days.add("229");
            }
        }
        return days.toString();
    }

    private static void read(Connection connection, String sql, List<Object> parameters,
                             Map<Long, PlanCandidate> found) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Sql.bind(statement, parameters);
            read(statement, found);
        }
    }

    private static void read(PreparedStatement statement, Map<Long, PlanCandidate> found) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong("id");
                if (!found.containsKey(id)) {
                    String channel = rows.getString("last_out_channel");
                    found.put(id, new PlanCandidate(LeadStore.readLead(rows),
                            channel == null ? null : Channel.fromCode(channel), Sql.getDate(rows, "snoozed_until")));
                }
            }
        }
    }
}
