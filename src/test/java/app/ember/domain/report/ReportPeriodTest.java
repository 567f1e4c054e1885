package app.ember.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Periods: ISO weeks, months, quarters, typed days, and the period before. */
class ReportPeriodTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 9); // a Wednesday

    @Test
    void theChoicesNameTheDaysAUserExpects() {
        assertEquals(new ReportPeriod(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 13)),
                PeriodChoice.THIS_WEEK.period(TODAY, DayOfWeek.MONDAY));
        assertEquals(new ReportPeriod(LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 12)),
                PeriodChoice.THIS_WEEK.period(TODAY, DayOfWeek.SUNDAY));
        assertEquals(new ReportPeriod(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6)),
                PeriodChoice.LAST_WEEK.period(TODAY, DayOfWeek.MONDAY));
        assertEquals(new ReportPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)),
                PeriodChoice.THIS_MONTH.period(TODAY, DayOfWeek.MONDAY));
        assertEquals(new ReportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
                PeriodChoice.LAST_MONTH.period(TODAY, DayOfWeek.MONDAY));
        assertEquals(new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)),
                PeriodChoice.LAST_QUARTER.period(TODAY, DayOfWeek.MONDAY));
        assertEquals(new ReportPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)),
                PeriodChoice.LAST_QUARTER.period(LocalDate.of(2026, 2, 14), DayOfWeek.MONDAY));
    }

    @Test
    void anIsoWeekIsItsMondayToSundayAndItsNameComesBack() {
        ReportPeriod w49 = ReportPeriod.isoWeek("2026-W49", DayOfWeek.MONDAY);
        assertEquals(new ReportPeriod(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6)), w49);
        assertEquals("2026-W49", w49.name(DayOfWeek.MONDAY));
        assertEquals("2026-12-01_2026-12-31", ReportPeriod.month(TODAY).name(DayOfWeek.MONDAY));
        assertEquals(ReportPeriod.isoWeek("2020-W53", DayOfWeek.MONDAY).from(), LocalDate.of(2020, 12, 28));
    }

    @Test
    void badDaysAndWeeksAreRefusedWithTheValueNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse("2026-13-01", "2026-12-31"))
                .getMessage().contains("--from '2026-13-01'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse("2026-12-31", "2026-12-01"))
                .getMessage().contains("before it starts"));
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.isoWeek("2026-W54", DayOfWeek.MONDAY));
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.isoWeek("W49", DayOfWeek.MONDAY));
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse("2000-01-01", "2026-01-01"));
    }

    @Property
    void thePeriodBeforeIsAsLongAndEndsTheDayBefore(@ForAll @IntRange(min = 0, max = 20000) int offset,
                                                     @ForAll @IntRange(min = 0, max = 400) int length) {
        LocalDate from = LocalDate.of(2000, 1, 1).plusDays(offset);
        ReportPeriod period = new ReportPeriod(from, from.plusDays(length));
        ReportPeriod before = period.previous();
        assertEquals(period.days(), before.days());
        assertEquals(period.from().minusDays(1), before.to());
        ZoneId zone = ZoneId.of("Europe/London");
        assertEquals(before.endAt(zone), period.startAt(zone));
    }

    @Property
    void theWeeksOfTheChartCoverThePeriodAndAtLeastEightWeeks(@ForAll @IntRange(min = 0, max = 20000) int offset,
                                                               @ForAll @IntRange(min = 0, max = 400) int length) {
        LocalDate from = LocalDate.of(2000, 1, 1).plusDays(offset);
        ReportPeriod period = new ReportPeriod(from, from.plusDays(length));
        List<LocalDate> weeks = period.weekStarts(DayOfWeek.SUNDAY, 8);
        assertTrue(weeks.size() >= 8);
        assertTrue(!weeks.get(0).isAfter(period.from()));
        LocalDate last = weeks.get(weeks.size() - 1);
        assertTrue(!last.isAfter(period.to()) && last.plusDays(7).isAfter(period.to()));
        for (int i = 0; i < weeks.size(); i++) {
            assertEquals(DayOfWeek.SUNDAY, weeks.get(i).getDayOfWeek());
            if (i > 0) {
                assertEquals(7, ChronoUnit.DAYS.between(weeks.get(i - 1), weeks.get(i)));
            }
        }
    }

    @Test
    void theBudgetIsTheWeeklyMinutesTimesTheWeeks() {
        assertEquals(120, ReportPeriod.isoWeek("2026-W49", DayOfWeek.MONDAY).budgetMinutes(120));
        assertEquals(531, ReportPeriod.month(TODAY).budgetMinutes(120)); // 31 days: 120 x 31 / 7
    }
}
