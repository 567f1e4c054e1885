package app.ember.store;

import app.ember.domain.Channel;
import app.ember.domain.Outcome;
import app.ember.domain.Temperature;
import app.ember.domain.report.ChannelEffect;
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
 * The report's "what works" table: our outgoing touches of the period counted by channel, the lead's
 * temperature at the time and attempt number, all three kept on the touch ({@link TouchFacts}), so it
 * is one GROUP BY over the covering index V26 made (interactions_report_facts). Outcomes are grouped
 * too and folded into "reached" and "replied" here, so those words keep one definition
 * ({@link ChannelEffect#REACHED}, {@link ChannelEffect#REPLIED}).
 */
final class ChannelEffectQueries {
    /** The attempt as the table groups it: the 4th and later are one. */
    private static final String ATTEMPT = "LEAST(i.attempt, " + ChannelEffect.LAST_ATTEMPT + ")";
    private static final String OUTGOING = "FROM interactions i WHERE i.occurred_at >= ? AND i.occurred_at < ? "
            + "AND i.direction = 'out' AND i.attempt IS NOT NULL AND i.lead_temperature IS NOT NULL AND ";

    List<ChannelEffect> channelEffects(Connection c, Instant start, Instant end) throws SQLException {
        Map<List<Object>, int[]> counts = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT i.channel, i.lead_temperature, " + ATTEMPT
                + ", i.outcome, COUNT(*) " + OUTGOING + ReportStore.live("i.lead_id")
                + " GROUP BY i.channel, i.lead_temperature, " + ATTEMPT + ", i.outcome")) {
            Sql.setInstant(s, 1, start);
            Sql.setInstant(s, 2, end);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    Outcome outcome = Outcome.fromCode(rows.getString(4));
                    int touches = rows.getInt(5);
                    int[] tally = counts.computeIfAbsent(List.of(Channel.fromCode(rows.getString(1)),
                            Temperature.fromCode(rows.getString(2)), rows.getInt(3)), k -> new int[3]);
                    tally[0] += touches;
                    tally[1] += ChannelEffect.REACHED.contains(outcome) ? touches : 0;
                    tally[2] += ChannelEffect.REPLIED.contains(outcome) ? touches : 0;
                }
            }
        }
        List<ChannelEffect> effects = new ArrayList<>();
        counts.forEach((key, tally) -> effects.add(new ChannelEffect((Channel) key.get(0), (Temperature) key.get(1),
                (Integer) key.get(2), tally[0], tally[1], tally[2])));
        effects.sort(java.util.Comparator.comparing(ChannelEffect::channel).thenComparing(ChannelEffect::temperature)
                .thenComparingInt(ChannelEffect::attempt));
        return effects;
    }

    /** The leads behind one row of the channel table. */
    List<Long> effectLeads(Connection c, Instant start, Instant end, Channel channel, Temperature temperature,
                           int attempt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT i.lead_id " + OUTGOING
                + "i.channel = ? AND i.lead_temperature = ? AND " + ATTEMPT + " = ?")) {
            Sql.setInstant(s, 1, start);
            Sql.setInstant(s, 2, end);
            s.setString(3, channel.code());
            s.setString(4, temperature.code());
            s.setInt(5, attempt);
            return ReportStore.ids(s);
        }
    }
}
