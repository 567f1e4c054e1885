package app.ember.store;

import app.ember.domain.FollowUpPolicy;
import app.ember.domain.LeadStatus;
import app.ember.domain.Temperature;
import app.ember.domain.report.Arrival;
import app.ember.domain.report.Behind;
import app.ember.domain.report.Conversion;
import app.ember.domain.report.FirstResponse;
import app.ember.domain.report.Move;
import app.ember.domain.report.Movement;
import app.ember.domain.report.PeriodChoice;
import app.ember.domain.report.Report;
import app.ember.domain.report.ReportLead;
import app.ember.domain.report.ReportPeriod;
import app.ember.domain.report.Tally;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Is the follow-up working? The report of a period over the stored book, for the Reports screen
 * and the {@code report} command alike, read in one transaction; and the leads behind any figure.
 */
public final class ReportBook {
    /** The leads each list of the screen keeps; the counts always cover them all. */
    public static final int LIST_LIMIT = 200;
    /** Keeps every lead: for the command line. */
    public static final int KEEP_ALL = Integer.MAX_VALUE;
    /** The week-by-week chart shows at least this many weeks, so a week's report still shows a trend. */
    public static final int MIN_WEEKS = 8;

    private final Database database;
    private final Clock clock;
    private final Supplier<FollowUpPolicy> policy;
    private final ReportStore store = new ReportStore();
    private final ArrivalQueries arrivals = new ArrivalQueries();

    public ReportBook(Database database, Clock clock, Supplier<FollowUpPolicy> policy) {
        this.database = database;
        this.clock = clock;
        this.policy = policy;
    }

    /** The period a choice names today, with the week starting where the settings start it. */
    public ReportPeriod period(PeriodChoice choice) {
        return choice.period(LocalDate.now(clock), policy.get().weekStart());
    }

    public Report report(ReportPeriod period) {
        return report(period, LIST_LIMIT);
    }

    /** @param listLimit how many leads each list keeps (never contacted, neglected, late) */
    public Report report(ReportPeriod period, int listLimit) {
        FollowUpPolicy rules = policy.get();
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        Instant start = period.startAt(zone);
        Instant end = period.endAt(zone);
        ReportPeriod before = period.previous();
        Map<Temperature, Instant> cutoffs = new EnumMap<>(Temperature.class);
        for (Temperature temperature : Temperature.values()) {
            cutoffs.put(temperature, now.minus(rules.cadence(temperature)));
        }
        return database.read(c -> {
            List<ArrivalQueries.ArrivalRow> arrived = arrivals.arrivals(c, start, end);
            FirstResponse response = FirstResponse.of(arrived.stream().map(ArrivalQueries.ArrivalRow::arrival).toList(),
                    rules, now, zone);
            List<ReportLead> late = response.late();
            // Only the late leads the list keeps are named: their rows are the only ones read.
            FirstResponse kept = new FirstResponse(response.byTemperature(), ArrivalQueries.named(c,
                    late.subList(0, Math.min(late.size(), listLimit))));
            int[] warmedCooled = Movement.warmedAndCooled(store.moves(c, start, end));
            List<Long> neglected = store.neglectedIds(c, cutoffs);
            ChannelEffectQueries.Touches touches = store.touches(c, start, end);
            ReportStore.LeadsNow leadsNow = store.leadsNow(c);
            return new Report(period, now, period.budgetMinutes(rules.sessionMinutes()), touches.activity(),
                    store.activity(c, before.startAt(zone), before.endAt(zone)), kept,
                    store.neverContacted(c, listLimit), store.neverContactedCount(c), leadsNow.open(),
                    store.neglected(c, neglected.subList(0, Math.min(neglected.size(), listLimit))),
                    neglected.size(),
                    touches.effects(),
                    conversion(arrived, row -> row.source()),
                    conversion(arrived, row -> row.arrival().arrivedAs().code()),
                    new Movement(warmedCooled[0], warmedCooled[1], weeks(c, period, rules, zone, leadsNow)));
        });
    }

    private List<Movement.WeekCounts> weeks(Connection c, ReportPeriod period, FollowUpPolicy rules, ZoneId zone,
                                            ReportStore.LeadsNow leadsNow) throws SQLException {
        List<LocalDate> starts = period.weekStarts(rules.weekStart(), MIN_WEEKS);
        List<Instant> weekEnds = new ArrayList<>();
        for (LocalDate weekStart : starts) {
            weekEnds.add(weekStart.plusWeeks(1).atStartOfDay(zone).toInstant());
        }
        List<Map<Move, Integer>> movesAfter = store.movesBetween(c, weekEnds);
        return Movement.walkBack(leadsNow.byTemperature(), starts, movesAfter);
    }

    /** Arrivals grouped by a key, biggest group first; temperatures keep their order (hot first). */
    private static List<Conversion> conversion(List<ArrivalQueries.ArrivalRow> arrivals,
                                               Function<ArrivalQueries.ArrivalRow, String> key) {
        Map<String, int[]> groups = new LinkedHashMap<>();
        for (ArrivalQueries.ArrivalRow row : arrivals) {
            int[] counts = groups.computeIfAbsent(key.apply(row), k -> new int[3]);
            counts[0]++;
            counts[1] += row.status() == LeadStatus.WON ? 1 : 0;
            counts[2] += row.status() == LeadStatus.LOST ? 1 : 0;
        }
        List<Conversion> result = new ArrayList<>();
        groups.forEach((group, counts) -> result.add(new Conversion(group, counts[0], counts[1], counts[2])));
        result.sort((a, b) -> {
            int byTemperature = Integer.compare(rank(a.group()), rank(b.group()));
            return byTemperature != 0 ? byTemperature : a.arrived() != b.arrived()
                    ? Integer.compare(b.arrived(), a.arrived()) : a.group().compareTo(b.group());
        });
        return result;
    }

    private static int rank(String group) {
        for (Temperature temperature : Temperature.values()) {
            if (temperature.code().equals(group)) {
                return temperature.rank();
            }
        }
        return 0;
    }

    /** The leads behind a figure of the period's report, by name. */
    public List<ReportLead> behind(ReportPeriod period, Behind behind) {
        FollowUpPolicy rules = policy.get();
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        Instant start = period.startAt(zone);
        Instant end = period.endAt(zone);
        return database.read(c -> switch (behind.kind()) {
            case CHANNEL -> store.leads(c, store.touchedLeads(c, start, end, behind.channel(), null));
            case OUTCOME -> store.leads(c, store.touchedLeads(c, start, end, null, behind.outcome()));
            case EFFECT -> store.leads(c, store.effectLeads(c, start, end, behind.channel(), behind.temperature(),
                    behind.attempt()));
            case WARMED, COOLED -> store.leads(c, store.changedLeads(c, start, end).entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(behind.kind() == Behind.Kind.WARMED
                            ? Move::warmed : Move::cooled))
                    .map(Map.Entry::getKey).toList());
            case SOURCE -> ArrivalQueries.named(c, arrivals.arrivals(c, start, end).stream()
                    .filter(r -> r.source().equals(behind.source())).map(r -> r.arrival().lead()).toList());
            case ARRIVED_AS -> ArrivalQueries.named(c, arrivals.arrivals(c, start, end).stream()
                    .filter(r -> r.arrival().arrivedAs() == behind.temperature()).map(r -> r.arrival().lead()).toList());
            case ON_TIME, LATE, PENDING -> ArrivalQueries.named(c, arrivals.arrivals(c, start, end).stream()
                    .filter(r -> behind.temperature() == null || r.arrival().arrivedAs() == behind.temperature())
                    .filter(r -> state(r.arrival(), rules, now, zone) == behind.kind())
                    .map(r -> r.arrival().lead()).toList());
        });
    }

    private static Behind.Kind state(Arrival arrival, FollowUpPolicy rules, Instant now, ZoneId zone) {
        Tally tally = FirstResponse.of(List.of(arrival), rules, now, zone).total();
        return tally.onTime() > 0 ? Behind.Kind.ON_TIME : tally.late() > 0 ? Behind.Kind.LATE : Behind.Kind.PENDING;
    }
}
