package app.ember.domain.report;

import app.ember.domain.FollowUpPolicy;
import app.ember.domain.ResponseClock;
import app.ember.domain.Temperature;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * For the leads that arrived in a period: how many were first touched inside their temperature's
 * window (hot 24 h, or before the day ends when marked same day; warm 48 h; cool and cold 72 h, as
 * the settings say), how many late, how many still waiting; per temperature they arrived with.
 *
 * @param late the late ones, oldest arrival first
 */
public record FirstResponse(Map<Temperature, Tally> byTemperature, List<ReportLead> late) {
    public FirstResponse {
        Map<Temperature, Tally> all = new EnumMap<>(Temperature.class);
        for (Temperature temperature : Temperature.values()) {
            all.put(temperature, byTemperature.getOrDefault(temperature, Tally.NONE));
        }
        byTemperature = Collections.unmodifiableMap(all);
        late = List.copyOf(late);
    }

    /** Each arrival's clock read at {@code now}: on time, late, or still running. */
    public static FirstResponse of(List<Arrival> arrivals, FollowUpPolicy policy, Instant now, ZoneId zone) {
        Map<Temperature, int[]> counts = new EnumMap<>(Temperature.class);
        List<ReportLead> late = new ArrayList<>();
        for (Arrival arrival : arrivals) {
            ReportLead lead = arrival.lead();
            ResponseClock clock = ResponseClock.of(policy, arrival.arrivedAs(), lead.sameDay(), lead.created(),
                    arrival.firstTouch(), now, zone);
            int[] tally = counts.computeIfAbsent(arrival.arrivedAs(), t -> new int[3]);
            switch (clock.state()) {
                case ON_TIME -> tally[0]++;
                case LATE, OVERDUE -> {
                    tally[1]++;
                    late.add(lead);
                }
                case RUNNING -> tally[2]++;
            }
        }
        late.sort(Comparator.comparing(ReportLead::created).thenComparingLong(ReportLead::id));
        Map<Temperature, Tally> byTemperature = new EnumMap<>(Temperature.class);
        counts.forEach((temperature, c) -> byTemperature.put(temperature, new Tally(c[0], c[1], c[2])));
        return new FirstResponse(byTemperature, late);
    }

    public Tally total() {
        Tally sum = Tally.NONE;
        for (Tally tally : byTemperature.values()) {
            sum = sum.plus(tally);
        }
        return sum;
    }
}
