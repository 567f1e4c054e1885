package app.ember.store;

import app.ember.domain.Channel;
import app.ember.domain.Outcome;
import app.ember.domain.Temperature;
import app.ember.domain.report.Activity;
import app.ember.domain.report.ChannelEffect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's "what works" table: our outgoing touches of the period counted by channel, the lead's
 * temperature at the time and attempt number, all three kept on the touch ({@link TouchFacts}) and
 * counted per day ({@link TouchCounts}), shared with the period's activity. Outcomes are grouped
 * too and folded into "reached" and "replied" here, so those words keep one definition
 * ({@link ChannelEffect#REACHED}, {@link ChannelEffect#REPLIED}).
 */
final class ChannelEffectQueries {
    /** The attempt as the table groups it: the 4th and later are one. */
    private static final String ATTEMPT = "LEAST(i.attempt, " + ChannelEffect.LAST_ATTEMPT + ")";
    private static final String OUTGOING = "FROM interactions i WHERE i.occurred_at >= ? AND i.occurred_at < ? "
            + "AND i.direction = 'out' AND i.attempt IS NOT NULL AND i.lead_temperature IS NOT NULL AND ";

    /** A period's activity and its "what works" table, from one pass over its touches. */
    record Touches(Activity activity, List<ChannelEffect> effects) {
    }

    /**
     * The period's touches counted once by channel, outcome, direction, temperature then and attempt:
     * the activity (every touch) and the channel table (our outgoing ones) both come from these rows,
     * so the period's part of the index is read once, not twice.
     */
    Touches touches(Connection c, Instant start, Instant end) throws SQLException {
        Map<Channel, Integer> byChannel = new EnumMap<>(Channel.class);
        Map<Outcome, Integer> byOutcome = new EnumMap<>(Outcome.class);
        int[] all = new int[1];
        long[] minutes = new long[1];
        Map<List<Object>, int[]> counts = new HashMap<>();
        TouchCounts.read(c, start, end, (channelCode, outcomeCode, direction, temperature, attempt, touches, spent) -> {
            Channel channel = Channel.fromCode(channelCode);
            Outcome outcome = Outcome.fromCode(outcomeCode);
            byChannel.merge(channel, touches, Integer::sum);
            byOutcome.merge(outcome, touches, Integer::sum);
            all[0] += touches;
            minutes[0] += spent;
            if (!"out".equals(direction) || temperature == null || attempt == 0) {
                return; // theirs, or not yet numbered (a book the migration has not reached)
            }
            int[] tally = counts.computeIfAbsent(List.of(channel, Temperature.fromCode(temperature), attempt),
                    k -> new int[3]);
            tally[0] += touches;
            tally[1] += ChannelEffect.REACHED.contains(outcome) ? touches : 0;
            tally[2] += ChannelEffect.REPLIED.contains(outcome) ? touches : 0;
        });
        // A day's groups with no touch left (all deleted, or counted down to 0) are not figures.
        byChannel.values().removeIf(n -> n == 0);
        byOutcome.values().removeIf(n -> n == 0);
        counts.values().removeIf(tally -> tally[0] == 0);
        return new Touches(new Activity(all[0], (int) minutes[0], byChannel, byOutcome), effects(counts));
    }

    List<ChannelEffect> channelEffects(Connection c, Instant start, Instant end) throws SQLException {
        return touches(c, start, end).effects();
    }

    private static List<ChannelEffect> effects(Map<List<Object>, int[]> counts) {
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
