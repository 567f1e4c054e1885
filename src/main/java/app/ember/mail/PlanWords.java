package app.ember.mail;

import app.ember.domain.AddressFormat;
import app.ember.domain.Channel;
import app.ember.domain.Lead;
import app.ember.domain.PlanAction;
import app.ember.domain.PlanWeek;
import app.ember.domain.Reach;
import app.ember.domain.WeekPlan;
import app.ember.i18n.Messages;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * What the printed plan says in its cells and heading: when each action is due, the temperature in words,
 * the number or address the channel needs, and the week's dates. The drawing is {@link PlanSheet}'s.
 */
final class PlanWords {
    private static final String NO_BREAK = "\u00A0";

    private final WeekPlan plan;
    private final ZoneId zone;
    private final Locale country;
    private final Locale words;

    PlanWords(WeekPlan plan, ZoneId zone, Locale locale) {
        this.plan = plan;
        this.zone = zone;
        this.country = locale;
        this.words = wordsLocale(locale);
    }

    /**
     * The bundle's language with the locale's country: an English bundle read in Germany gives
     * "Mon" and "23 November", not "Mo." in an English sheet.
     */
    static Locale wordsLocale(Locale locale) {
        String language = Messages.bundle().getLocale().getLanguage();
        return new Locale(language.isEmpty() ? "en" : language, locale.getCountry());
    }

    /** The locale the sheet's words are in. */
    Locale locale() {
        return words;
    }

    String due(PlanAction action) {
        if (action.due().isBefore(plan.madeAt())) {
            return Messages.format("plansheet.overdue",
                    unbroken(Messages.amount(Duration.between(action.due(), plan.madeAt()))));
        }
        ZonedDateTime due = action.due().atZone(zone);
        String day = DateTimeFormatter.ofPattern("EEE", words).format(due);
        // Greetings and events are due on a day, not at an hour: midnight would read as a time.
        if (due.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return day;
        }
        return day + " " + unbroken(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(words)
                .format(due));
    }

    /** Kept on one line when the column wraps: "3 days" and "9:00 AM" never lose their unit. */
    private static String unbroken(String text) {
        return text.replaceAll("\\h", NO_BREAK);
    }

    static String temperature(Lead lead) {
        String word = Messages.get("temperature." + lead.temperature().code());
        return lead.sameDay() ? Messages.format("temperature.sameDay", word) : word;
    }

    /** What the channel needs in hand: the number to dial, the address to write to, the e-mail. */
    String contact(PlanAction action) {
        Lead lead = action.lead();
        String address = String.join(", ", AddressFormat.lines(lead.address(), country.getCountry()));
        String preferred = switch (Reach.needs(action.channel())) {
            case PHONE -> lead.phone();
            case EMAIL -> lead.email();
            case ADDRESS -> address;
            case NOTHING -> action.channel() == Channel.VISIT ? address : lead.phone();
        };
        if (!preferred.isEmpty()) {
            return preferred;
        }
        return lead.phone().isEmpty() ? lead.email() : lead.phone();
    }

    /** "23 – 29 November 2026", "November 23 – 29, 2026", "30 November – 6 December 2026". */
    String weekDates(PlanWeek week) {
        LocalDate start = week.start();
        LocalDate last = week.last();
        DateTimeFormatter full = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(words);
        if (start.getYear() != last.getYear()) {
            return full.format(start) + " – " + full.format(last);
        }
        boolean sameMonth = start.getMonth() == last.getMonth();
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null,
                IsoChronology.INSTANCE, words);
        boolean dayFirst = pattern.indexOf('d') < pattern.indexOf('M');
        if (dayFirst) {
            String from = DateTimeFormatter.ofPattern(sameMonth ? "d" : "d MMMM", words).format(start);
            return from + " – " + full.format(last);
        }
        String from = DateTimeFormatter.ofPattern("MMMM d", words).format(start);
        String to = sameMonth ? DateTimeFormatter.ofPattern("d, y", words).format(last) : full.format(last);
        return from + " – " + to;
    }
}
