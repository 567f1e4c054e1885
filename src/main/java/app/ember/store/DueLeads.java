package app.ember.store;

import app.ember.domain.Channel;
import app.ember.domain.DueGroup;
import app.ember.domain.PlanKey;
import app.ember.domain.Reach;
import app.ember.domain.Temperature;
import app.ember.domain.WeekPlanner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The due leads of the week's plan on a server, without sending them all: a book of 100,000 leads has
 * some 60,000 due, and sending and reading that many keys was most of a plan's time on PostgreSQL
 * (issue 19). The server sorts them in the planner's order and sends the first few hundred, and counts
 * the rest grouped by what their action costs. Both are answered from the leads_for_plan index alone
 * (V30). H2, which reads its keys from its own index in the same process, keeps {@link PlanStore#dueKeys}.
 */
final class DueLeads {
    private static final String IN_PLAY = " FROM leads WHERE next_follow_up_at < ? AND heat_rank < "
            + LeadStore.DELETED_RANK_SHIFT + " AND status IN ('open', 'nurture')";

    private DueLeads() {
    }

    /**
     * The first {@code limit} due leads in play, in the planner's order: its band (by temperature,
     * same-day and overdue, from the policy), then due time, priority, the older lead, the id.
     */
    static List<PlanKey> first(Connection connection, WeekPlanner planner, Instant weekEnd, Instant now,
                               String mine, int limit) throws SQLException {
        String band = band(planner);
        StringBuilder order = new StringBuilder(" ORDER BY band, ");
        StringBuilder byTemperature = new StringBuilder();
        for (int band0 = 0; band0 < 40; band0++) {
            if (planner.bandsByTemperature(band0)) {
                byTemperature.append(byTemperature.length() == 0 ? "" : ", ").append(band0);
            }
        }
        if (byTemperature.length() > 0) {
            order.append("CASE WHEN band IN (").append(byTemperature)
                    .append(") THEN CASE WHEN heat_rank = 0 THEN 0 ELSE heat_rank - 1 END ELSE 0 END, ");
        }
        order.append("next_follow_up_at, CASE priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 "
                + "ELSE 3 END, created_at, id");
        String sql = "SELECT " + PlanStore.KEY_COLUMNS + " FROM (SELECT " + PlanStore.KEY_COLUMNS + ", " + band
                + " AS band" + IN_PLAY + (mine == null ? "" : " AND assigned_to = ?") + ") due" + order
                + (limit == Integer.MAX_VALUE ? "" : " LIMIT " + limit);
        List<PlanKey> keys = new ArrayList<>(Math.min(limit, 1024));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int at = 1;
            for (int i = 0; i < bandParameters; i++) {
                Sql.setInstant(statement, at++, now);
            }
            Sql.setInstant(statement, at++, weekEnd);
            if (mine != null) {
                statement.setString(at, mine);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.add(PlanStore.key(rows));
                }
            }
        }
        return keys;
    }

    /** Every due lead in play, counted by temperature, last outgoing channel and what it can be reached by. */
    static List<DueGroup> tally(Connection connection, Instant weekEnd, String mine) throws SQLException {
        List<DueGroup> groups = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT heat_rank, last_out_channel, "
                + "has_address AND NOT do_not_mail, has_phone, has_email, COUNT(*)" + IN_PLAY
                + (mine == null ? "" : " AND assigned_to = ?") + " GROUP BY 1, 2, 3, 4, 5")) {
            Sql.setInstant(statement, 1, weekEnd);
            if (mine != null) {
                statement.setString(2, mine);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String channel = rows.getString(2);
                    groups.add(new DueGroup(PlanStore.temperature(rows.getInt(1)),
                            channel == null ? null : Channel.fromCode(channel),
                            new Reach(rows.getBoolean(4), rows.getBoolean(3), rows.getBoolean(5)), rows.getInt(6)));
                }
            }
        }
        return groups;
    }

    /** How many times {@link #band} asks for the moment the plan is made. */
    private static final int bandParameters = 2 * (Temperature.values().length + 1);

    /**
     * The planner's band as SQL: same-day hot leads not yet answered, then each temperature (heat rank
     * 0 counts as hot once answered), each overdue or not; the band numbers come from the planner itself.
     */
    private static String band(WeekPlanner planner) {
        StringBuilder sql = new StringBuilder("CASE");
        String sizzling = "heat_rank = 0 AND last_contact_at IS NULL";
        sql.append(" WHEN ").append(sizzling).append(" AND next_follow_up_at < ? THEN ")
                .append(planner.band(Temperature.HOT, true, true));
        sql.append(" WHEN ").append(sizzling).append(" AND next_follow_up_at >= ? THEN ")
                .append(planner.band(Temperature.HOT, true, false));
        for (Temperature temperature : Temperature.values()) {
            int rank = Temperature.heatRank(temperature, false);
            String ranks = temperature == Temperature.HOT ? "heat_rank IN (0, " + rank + ")" : "heat_rank = " + rank;
            sql.append(" WHEN ").append(ranks).append(" AND next_follow_up_at < ? THEN ")
                    .append(planner.band(temperature, false, true));
            sql.append(" WHEN ").append(ranks).append(" AND next_follow_up_at >= ? THEN ")
                    .append(planner.band(temperature, false, false));
        }
        return sql.append(" END").toString();
    }
}
