package app.ember.io;

import app.ember.domain.PlanAction;
import app.ember.domain.PlanReason;
import app.ember.domain.Text;
import app.ember.domain.WeekPlan;
import app.ember.files.SafeFiles;
import app.ember.i18n.Messages;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Transparency;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.StringJoiner;

/**
 * The week's plan as an iCalendar file, one event per action, so the session can be worked from
 * any calendar. Times are written in UTC, which every calendar reads without a time-zone table.
 */
public final class PlanCalendar {
    private static final String PRODUCT_ID = "-//Ember//Week plan//EN";
    private static final int QUARTER_HOUR = 15;

    private PlanCalendar() {
    }

    /**
     * Writes the plan to {@code file}, replacing it only once the whole calendar is written.
     *
     * @param zone the user's zone: overdue actions are laid out from the next quarter hour on its clock
     */
    public static void write(WeekPlan plan, ZoneId zone, Path file) throws IOException {
        ICalendar calendar = calendar(plan, zone);
        SafeFiles.replace(file, out -> Biweekly.write(calendar).go(out));
    }

    /** The calendar of the plan, without writing it. */
    static ICalendar calendar(WeekPlan plan, ZoneId zone) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        calendar.setMethod(Method.publish());
        // What is overdue cannot be done in the past: it is queued from the next quarter hour on,
        // one after another, so the calendar shows a workable morning instead of a pile-up.
        Instant queue = nextQuarterHour(plan.madeAt(), zone);
        for (PlanAction action : plan.actions()) {
            int minutes = Math.max(1, action.minutes());
            Instant start = action.due();
            if (start.isBefore(plan.madeAt())) {
                start = queue;
                queue = queue.plus(minutes, ChronoUnit.MINUTES);
            }
            calendar.addEvent(event(plan, action, start, minutes));
        }
        return calendar;
    }

    /** {@code moment} itself when it falls on a quarter hour of the zone's clock, else the next one. */
    static Instant nextQuarterHour(Instant moment, ZoneId zone) {
        ZonedDateTime local = moment.atZone(zone);
        ZonedDateTime quarter = local.truncatedTo(ChronoUnit.HOURS);
        while (quarter.isBefore(local)) {
            quarter = quarter.plusMinutes(QUARTER_HOUR);
        }
        return quarter.toInstant();
    }

    /** Stable across exports of the same week, so re-importing updates events instead of doubling them. */
    static String uid(WeekPlan plan, PlanAction action) {
        return action.leadId() + "-" + action.kind().code() + "-" + plan.week().isoName() + "@ember";
    }

    private static VEvent event(WeekPlan plan, PlanAction action, Instant start, int minutes) {
        VEvent event = new VEvent();
        event.setUid(uid(plan, action));
        event.setDateTimeStamp(Date.from(plan.madeAt()));
        event.setDateStart(Date.from(start), true);
        event.setDuration(biweekly.util.Duration.builder().minutes(minutes).build());
        event.setSummary(Messages.format("plancalendar.summary", channelWord(action), action.lead().name()));
        event.setDescription(description(plan, action));
        event.addCategories(temperatureWord(action));
        if (!action.fits()) {
            // Below the cut line: shown in the calendar, but not blocking the time as busy.
            event.setTransparency(Transparency.transparent());
        }
        return event;
    }

    private static String description(WeekPlan plan, PlanAction action) {
        StringJoiner lines = new StringJoiner("\n");
        if (!action.fits()) {
            lines.add(Messages.get("plancalendar.ifTimeLeft"));
        }
        lines.add(Messages.format("plancalendar.why", Messages.planReasons(action.reasons())));
        if (action.due().isBefore(plan.madeAt()) && !saysOverdue(action.reason())) {
            lines.add(Messages.format("plancalendar.overdue",
                    Messages.amount(Duration.between(action.due(), plan.madeAt()))));
        }
        lines.add(Messages.format("plancalendar.temperature", temperatureWithDay(action)));
        addIfPresent(lines, "plancalendar.company", action.lead().company());
        addIfPresent(lines, "plancalendar.phone", action.lead().phone());
        addIfPresent(lines, "plancalendar.email", action.lead().email());
        lines.add(Messages.format("plancalendar.minutes", action.minutes()));
        return lines.toString();
    }

    private static void addIfPresent(StringJoiner lines, String key, String value) {
        if (!Text.clean(value).isEmpty()) {
            lines.add(Messages.format(key, value));
        }
    }

    private static String channelWord(PlanAction action) {
        return Messages.get("channel." + action.channel().code());
    }

    private static String temperatureWord(PlanAction action) {
        return Messages.get("temperature." + action.lead().temperature().code());
    }

    /** "Hot · today" for a same-day lead: the category stays the plain word, so calendars group by it. */
    private static String temperatureWithDay(PlanAction action) {
        String word = temperatureWord(action);
        return action.lead().sameDay() ? Messages.format("temperature.sameDay", word) : word;
    }

    /** The overdue reasons already say by how much; the line is for actions listed for another reason. */
    private static boolean saysOverdue(PlanReason reason) {
        return reason.kind() == PlanReason.Kind.OVERDUE || reason.kind() == PlanReason.Kind.FIRST_RESPONSE_OVERDUE;
    }
}
