package app.ember.domain.report;

import app.ember.domain.Temperature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How the book's temperatures moved: leads warmed and cooled in the period, and how many leads of
 * each temperature there were at the end of each week.
 */
public record Movement(int warmed, int cooled, List<WeekCounts> weeks) {
    public Movement {
        weeks = List.copyOf(weeks);
    }

    /** The leads of each temperature at the end of the week starting {@code weekStart}. */
    public record WeekCounts(LocalDate weekStart, Map<Temperature, Integer> counts) {
        public WeekCounts {
            Map<Temperature, Integer> all = new EnumMap<>(Temperature.class);
            for (Temperature temperature : Temperature.values()) {
                all.put(temperature, counts.getOrDefault(temperature, 0));
            }
            counts = Collections.unmodifiableMap(all);
        }

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Warmed and cooled from the period's moves (arrivals are neither). */
    public static int[] warmedAndCooled(Map<Move, Integer> moves) {
        int warmed = 0;
        int cooled = 0;
        for (Map.Entry<Move, Integer> move : moves.entrySet()) {
            if (move.getKey().warmed()) {
                warmed += move.getValue();
            } else if (move.getKey().cooled()) {
                cooled += move.getValue();
            }
        }
        return new int[] {warmed, cooled};
    }

    /**
     * The counts at the end of each week, walked back from the counts now: undoing, week by week, the
     * moves made after it. {@code movesAfter.get(i)} holds the moves from the end of week i to the end
     * of week i + 1 (for the last week: up to now). A lead that arrived after a week's end is not
     * counted in it; one that changed after it is counted with the temperature it had then.
     */
    public static List<WeekCounts> walkBack(Map<Temperature, Integer> now, List<LocalDate> weekStarts,
                                            List<Map<Move, Integer>> movesAfter) {
        if (weekStarts.size() != movesAfter.size()) {
            throw new IllegalArgumentException(weekStarts.size() + " weeks but " + movesAfter.size() + " sets of moves");
        }
        Map<Temperature, Integer> counts = new EnumMap<>(Temperature.class);
        for (Temperature temperature : Temperature.values()) {
            counts.put(temperature, now.getOrDefault(temperature, 0));
        }
        List<WeekCounts> weeks = new ArrayList<>();
        for (int i = weekStarts.size() - 1; i >= 0; i--) {
            for (Map.Entry<Move, Integer> move : movesAfter.get(i).entrySet()) {
                counts.merge(move.getKey().to(), -move.getValue(), Integer::sum);
                if (move.getKey().from() != null) {
                    counts.merge(move.getKey().from(), move.getValue(), Integer::sum);
                }
            }
            weeks.add(new WeekCounts(weekStarts.get(i), counts));
        }
        Collections.reverse(weeks);
        return weeks;
    }
}
