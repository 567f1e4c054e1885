package app.ember.store;

import app.ember.domain.Channel;
import app.ember.domain.PlanCandidate;
import app.ember.domain.PlanWeek;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The leads a week's plan is made from, each found through an index: those due before the week
 * ends, and those with a birthday, anniversary or event in it. The planner decides which belong.
 */
final class PlanStore {
    private static final String SELECT = "SELECT id, first_contact_at, " + LeadStore.COLUMNS
            + ", last_out_channel, snoozed_until FROM leads WHERE heat_rank < " + LeadStore.DELETED_RANK_SHIFT + " AND ";

    List<PlanCandidate> candidates(Connection connection, PlanWeek week, Instant weekEnd) throws SQLException {
        Map<Long, PlanCandidate> found = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(SELECT
                + "next_follow_up_at < ? AND status IN ('open', 'nurture')")) {
            Sql.setInstant(statement, 1, weekEnd);
            read(statement, found);
        }
        String monthDays = monthDays(week);
        read(connection, SELECT + "birthday_md IN (" + monthDays + ")", found);
        read(connection, SELECT + "anniversary_md IN (" + monthDays + ")", found);
        read(connection, SELECT + "need_by_yearly AND need_by_md IN (" + monthDays + ")", found);
        try (PreparedStatement statement = connection.prepareStatement(SELECT + "need_by >= ? AND need_by < ?")) {
            Sql.setDate(statement, 1, week.start());
            Sql.setDate(statement, 2, week.end());
            read(statement, found);
        }
        return new ArrayList<>(found.values());
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

    private static void read(Connection connection, String sql, Map<Long, PlanCandidate> found) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
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
