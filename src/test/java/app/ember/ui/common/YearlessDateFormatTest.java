package app.ember.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.ember.domain.YearlessDates;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A birthday known without its year is shown "3 July", never "3 Jul 1604" (issue 14). */
class YearlessDateFormatTest {
    @Test
    void aDateWithoutItsYearIsShownAsDayAndMonth() {
        Locale was = Locale.getDefault();
        Locale.setDefault(Locale.UK);
        try {
            assertEquals("3 July", Formats.date(YearlessDates.of(MonthDay.of(7, 3))));
            assertEquals("29 February", Formats.date(YearlessDates.of(MonthDay.of(2, 29))));
            assertEquals(Formats.date(LocalDate.of(1984, 7, 3)).contains("1984"), true, "a full date keeps its year");
        } finally {
            Locale.setDefault(was);
        }
    }
}
