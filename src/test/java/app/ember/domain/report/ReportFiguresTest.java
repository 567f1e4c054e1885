package app.ember.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Temperature;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The report's arithmetic on generated data: first-response windows, rates, and the week-by-week walk. */
class ReportFiguresTest {
    private static final Instant NOW = Instant.parse("2026-12-10T18:00:00Z");
    private static final ZoneId ZONE = ZoneOffset.UTC;
    private static final FollowUpPolicy POLICY = FollowUpPolicy.defaults();

    private static Arrival arrival(Temperature temperature, boolean sameDay, String created, String touched) {
        ReportLead lead = new ReportLead(1, "A", temperature, sameDay, Instant.parse(created), null);
        return new Arrival(lead, temperature, touched == null ? null : Instant.parse(touched));
    }

    @Test
    void theWindowsAreHot24HoursOrTheSameDayWarm48CoolAndCold72() {
        FirstResponse response = FirstResponse.of(List.of(
                arrival(Temperature.HOT, false, "2026-12-07T09:00:00Z", "2026-12-08T09:00:00Z"), // 24 h: on time
                arrival(Temperature.HOT, false, "2026-12-07T09:00:00Z", "2026-12-08T09:01:00Z"), // late
                arrival(Temperature.HOT, true, "2026-12-07T09:00:00Z", "2026-12-07T23:59:00Z"), // same day: on time
                arrival(Temperature.HOT, true, "2026-12-07T09:00:00Z", "2026-12-08T00:01:00Z"), // next day: late
                arrival(Temperature.WARM, false, "2026-12-07T09:00:00Z", "2026-12-09T09:00:00Z"), // 48 h
                arrival(Temperature.WARM, false, "2026-12-07T09:00:00Z", "2026-12-09T10:00:00Z"), // late
                arrival(Temperature.COOL, false, "2026-12-07T09:00:00Z", "2026-12-10T09:00:00Z"), // 72 h
                arrival(Temperature.COLD, false, "2026-12-07T09:00:00Z", null), // window closed: late
                arrival(Temperature.COLD, false, "2026-12-09T09:00:00Z", null)), // still open: pending
                POLICY, NOW, ZONE);
        assertEquals(new Tally(2, 2, 0), response.byTemperature().get(Temperature.HOT));
        assertEquals(new Tally(1, 1, 0), response.byTemperature().get(Temperature.WARM));
        assertEquals(new Tally(1, 0, 0), response.byTemperature().get(Temperature.COOL));
        assertEquals(new Tally(0, 1, 1), response.byTemperature().get(Temperature.COLD));
        assertEquals(4, response.late().size());
        assertEquals(0.5, response.byTemperature().get(Temperature.HOT).rate());
        assertNull(Tally.NONE.rate());
        assertNull(new Tally(0, 0, 3).rate());
    }

    @Provide
    Arbitrary<List<Arrival>> arrivals() {
        Arbitrary<Arrival> one = Combinators.combine(Arbitraries.of(Temperature.class), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 14 * 24 * 60), Arbitraries.integers().between(-1, 7 * 24 * 60))
                .as((temperature, sameDay, arrivedMinutes, touchMinutes) -> {
                    Instant created = NOW.minus(Duration.ofMinutes(arrivedMinutes));
                    Instant touched = touchMinutes < 0 ? null : created.plus(Duration.ofMinutes(touchMinutes));
                    if (touched != null && touched.isAfter(NOW)) {
                        touched = null;
                    }
                    boolean hotSameDay = sameDay && temperature == Temperature.HOT;
                    return new Arrival(new ReportLead(arrivedMinutes, "L", temperature, hotSameDay, created, null),
                            temperature, touched);
                });
        return one.list().ofMaxSize(60);
    }

    @Property
    void everyArrivalIsCountedOnceAndEveryLateOneIsListed(@ForAll("arrivals") List<Arrival> arrivals) {
        FirstResponse response = FirstResponse.of(arrivals, POLICY, NOW, ZONE);
        assertEquals(arrivals.size(), response.total().total());
        assertEquals(response.total().late(), response.late().size());
        for (Temperature temperature : Temperature.values()) {
            long arrived = arrivals.stream().filter(a -> a.arrivedAs() == temperature).count();
            assertEquals(arrived, response.byTemperature().get(temperature).total());
        }
        // Pending ones have no touch and a window still open; an untouched lead is never on time.
        long untouched = arrivals.stream().filter(a -> a.firstTouch() == null).count();
        assertTrue(response.total().pending() <= untouched);
        Double rate = response.total().rate();
        assertTrue(rate == null || rate >= 0 && rate <= 1);
    }

    /** A lead's temperature history: its arrival and its changes, at whole days from the first week's start. */
    private record History(List<Integer> days, List<Temperature> temperatures) {
    }

    @Provide
    Arbitrary<List<History>> books() {
        Arbitrary<History> one = Arbitraries.integers().between(1, 4).flatMap(changes -> Combinators.combine(
                Arbitraries.integers().between(0, 80).list().ofSize(changes),
                Arbitraries.of(Temperature.class).list().ofSize(changes))
                .as((days, temperatures) -> new History(days.stream().sorted().toList(), temperatures)));
        return one.list().ofMaxSize(40);
    }

    @Property
    void walkingBackFromNowGivesTheCountsReplayingTheHistoryForwardGives(@ForAll("books") List<History> book) {
        LocalDate first = LocalDate.of(2026, 1, 5);
        List<LocalDate> starts = new ArrayList<>();
        for (int week = 0; week < 10; week++) {
            starts.add(first.plusWeeks(week));
        }
        Map<Temperature, Integer> now = new EnumMap<>(Temperature.class);
        List<Map<Move, Integer>> movesAfter = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            movesAfter.add(new HashMap<>());
        }
        for (History lead : book) {
            now.merge(lead.temperatures().get(lead.temperatures().size() - 1), 1, Integer::sum);
            for (int k = 0; k < lead.days().size(); k++) {
                int day = lead.days().get(k);
                // Week i ends on day 7 * (i + 1); a move on day d falls after the end of week (d / 7) - 1.
                int interval = Math.min(starts.size() - 1, day / 7 - 1);
                if (interval < 0) {
                    continue; // before the first week ended: already in its counts
                }
                Temperature from = k == 0 ? null : lead.temperatures().get(k - 1);
                movesAfter.get(interval).merge(new Move(from, lead.temperatures().get(k)), 1, Integer::sum);
            }
        }
        List<Movement.WeekCounts> weeks = Movement.walkBack(now, starts, movesAfter);
        for (int i = 0; i < starts.size(); i++) {
            int end = 7 * (i + 1);
            Map<Temperature, Integer> expected = new EnumMap<>(Temperature.class);
            for (History lead : book) {
                Temperature then = null;
                for (int k = 0; k < lead.days().size() && lead.days().get(k) < end; k++) {
                    then = lead.temperatures().get(k);
                }
                if (then != null) {
                    expected.merge(then, 1, Integer::sum);
                }
            }
            assertEquals(new Movement.WeekCounts(starts.get(i), expected), weeks.get(i), "week " + i);
        }
    }

    @Test
    void warmedAndCooledCountChangesOnlyNotArrivals() {
        int[] counts = Movement.warmedAndCooled(Map.of(new Move(Temperature.COLD, Temperature.WARM), 3,
                new Move(Temperature.HOT, Temperature.COOL), 2, new Move(null, Temperature.HOT), 9,
                new Move(Temperature.WARM, Temperature.WARM), 1));
        assertEquals(3, counts[0]);
        assertEquals(2, counts[1]);
    }

    @Test
    void changeIsAWholePercentageOrNothingWhenThereWasNothingBefore() {
        assertEquals(50, Activity.change(15, 10));
        assertEquals(-100, Activity.change(0, 4));
        assertNull(Activity.change(3, 0));
    }
}
