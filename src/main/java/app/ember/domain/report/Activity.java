package app.ember.domain.report;

import app.ember.domain.Channel;
import app.ember.domain.Outcome;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The touches of a period: how many, how many minutes, and how many by each channel and each outcome
 * (every channel and outcome is there, zero when unused, so a chart keeps its bars in place).
 */
public record Activity(int touches, int minutes, Map<Channel, Integer> byChannel, Map<Outcome, Integer> byOutcome) {
    public Activity {
        byChannel = complete(Channel.class, byChannel);
        byOutcome = complete(Outcome.class, byOutcome);
    }

    public static Activity empty() {
        return new Activity(0, 0, Map.of(), Map.of());
    }

    private static <E extends Enum<E>> Map<E, Integer> complete(Class<E> type, Map<E, Integer> counts) {
        Map<E, Integer> all = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            all.put(value, counts.getOrDefault(value, 0));
        }
        return Collections.unmodifiableMap(all);
    }

    /** The change from {@code before}, as a whole percentage; null when there was nothing before. */
    public static Integer change(int now, int before) {
        return before == 0 ? null : (int) Math.round((now - before) * 100.0 / before);
    }
}
