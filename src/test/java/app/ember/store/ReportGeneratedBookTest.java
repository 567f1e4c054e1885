package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Lead;
import app.ember.domain.LeadStatus;
import app.ember.domain.Outcome;
import app.ember.domain.Temperature;
import app.ember.domain.report.ChannelEffect;
import app.ember.domain.report.Report;
import app.ember.domain.report.ReportLead;
import app.ember.domain.report.ReportPeriod;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random books, stored through the same services as the window, and every figure of the report
 * recomputed from what the test itself put in: the per-channel counts add up to the touches, never
 * contacted equals the open leads with no touch, and so on.
 */
class ReportGeneratedBookTest {
    private static final Instant NOW = Instant.parse("2026-12-10T18:00:00Z");
    @TempDir
    Path dataDir;

    private record Touch(long lead, Instant at, Channel channel, Direction direction, Outcome outcome, int minutes) {
    }

    /** A lead's temperature from a moment on, as the test set it (its arrival, then each change). */
    private record Heat(long lead, Instant from, Temperature temperature) {
    }

    @ParameterizedTest
    // Zones off UTC by hours and by half an hour: a period's first and last hours then lie outside the
    // report's whole UTC days of counts (touch_counts) and are read from the touches.
    @CsvSource({"1, UTC", "2, Pacific/Auckland", "3, America/St_Johns", "4, Asia/Kolkata"})
    void everyFigureMatchesTheBookItCameFrom(long seed, String zoneName) {
        ZoneId zone = ZoneId.of(zoneName);
        Random random = new Random(seed);
        Instant[] now = {NOW};
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        try (Database database = Database.open(dataDir)) {
            LeadBook book = new LeadBook(database, clock, FollowUpPolicy.defaults());
            TouchLog log = new TouchLog(database, clock, FollowUpPolicy.defaults());
            ReportBook reports = new ReportBook(database, clock, FollowUpPolicy::defaults);
            Map<Long, Instant> created = new HashMap<>();
            List<Touch> touches = new ArrayList<>();
            List<Heat> heats = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Instant when = NOW.minus(Duration.ofMinutes(random.nextInt(40 * 24 * 60)));
                Temperature arrivedAs = Temperature.values()[random.nextInt(4)];
                long id = book.create(Lead.builder().firstName("Lead").lastName("N" + i)
                        .temperature(arrivedAs).source(random.nextBoolean() ? "Web" : "Fair")
                        .created(when).build());
                heats.add(new Heat(id, when, arrivedAs));
                created.put(id, when);
                int count = random.nextInt(5);
                for (int k = 0; k < count; k++) {
                    Instant at = when.plus(Duration.ofMinutes(random.nextInt(
                            (int) Duration.between(when, NOW).toMinutes() + 1)));
                    Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
                    Direction direction = random.nextInt(5) == 0 ? Direction.IN : Direction.OUT;
                    Outcome outcome = List.of(Outcome.REACHED, Outcome.NO_ANSWER, Outcome.LEFT_MESSAGE, Outcome.REPLIED,
                            Outcome.SENT).get(random.nextInt(5));
                    int minutes = random.nextInt(20);
                    log.logTouch(id, channel, direction, outcome, minutes, "", at, null);
                    touches.add(new Touch(id, at, channel, direction, outcome, minutes));
                }
            }
            List<Long> ids = new ArrayList<>(created.keySet());
            // Changes in time order, as they are logged (at the clock's now): one dated before a later one
            // that already set the same temperature would be no change for the book but one for the test.
            List<Instant> changeTimes = new ArrayList<>();
            for (int k = 0; k < 10; k++) {
                changeTimes.add(NOW.minus(Duration.ofHours(random.nextInt(20 * 24))));
            }
            changeTimes.sort(null);
            for (int k = 0; k < 10; k++) {
                now[0] = changeTimes.get(k);
                long changed = ids.get(random.nextInt(ids.size()));
                Temperature to = Temperature.values()[random.nextInt(4)];
                book.setTemperature(List.of(changed), to, false, "generated");
                heats.add(new Heat(changed, now[0], to));
            }
            now[0] = NOW;
            book.setStatus(List.of(ids.get(0), ids.get(1)), LeadStatus.WON);
            book.setStatus(List.of(ids.get(2)), LeadStatus.LOST);
            Set<Long> deleted = Set.of(ids.get(3), ids.get(4));
            book.delete(List.copyOf(deleted));

            ReportPeriod period = new ReportPeriod(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 10));
            Report report = reports.report(period, ReportBook.KEEP_ALL);
            Instant start = period.startAt(zone);
            Instant end = period.endAt(zone);
            List<Touch> inPeriod = touches.stream().filter(t -> !deleted.contains(t.lead()))
                    .filter(t -> !t.at().isBefore(start) && t.at().isBefore(end)).toList();

            assertEquals(inPeriod.size(), report.activity().touches());
            assertEquals(inPeriod.stream().mapToInt(Touch::minutes).sum(), report.activity().minutes());
            assertEquals(report.activity().touches(), report.activity().byChannel().values().stream().mapToInt(i -> i).sum());
            assertEquals(report.activity().touches(), report.activity().byOutcome().values().stream().mapToInt(i -> i).sum());
            for (Channel channel : Channel.values()) {
                assertEquals(inPeriod.stream().filter(t -> t.channel() == channel).count(),
                        (long) report.activity().byChannel().get(channel), channel.code());
            }

            List<Touch> outgoing = inPeriod.stream().filter(t -> t.direction() == Direction.OUT).toList();
            assertEquals(outgoing.size(), report.channelEffects().stream().mapToInt(ChannelEffect::touches).sum());
            assertEquals(outgoing.stream().filter(t -> ChannelEffect.REACHED.contains(t.outcome())).count(),
                    report.channelEffects().stream().mapToInt(ChannelEffect::reached).sum());
            Map<Integer, Integer> firstAttempts = new HashMap<>();
            for (ChannelEffect effect : report.channelEffects()) {
                firstAttempts.merge(effect.attempt(), effect.touches(), Integer::sum);
            }
            // Each lead touched in the period had at most one first attempt, and only if it had no earlier one.
            long firsts = outgoing.stream().filter(t -> touches.stream().noneMatch(o -> o.lead() == t.lead()
                    && o.direction() == Direction.OUT && o.at().isBefore(t.at()))).count();
            assertEquals(firsts, (long) firstAttempts.getOrDefault(1, 0));
            // The whole table again from the test's own records: each outgoing touch of the period by its
            // channel, the temperature its lead had then (the last one set at or before it) and its attempt
            // (1 + our earlier touches of the lead; at the same moment, the one logged first counts first).
            Map<List<Object>, int[]> expected = new HashMap<>();
            for (Touch t : outgoing) {
                int index = touches.indexOf(t);
                long earlier = touches.stream().filter(o -> o.lead() == t.lead() && o.direction() == Direction.OUT
                        && (o.at().isBefore(t.at()) || o.at().equals(t.at()) && touches.indexOf(o) < index)).count();
                Temperature then = heats.stream().filter(h -> h.lead() == t.lead() && !h.from().isAfter(t.at()))
                        .max(java.util.Comparator.comparing(Heat::from)).orElseThrow().temperature();
                int[] tally = expected.computeIfAbsent(List.of(t.channel(), then,
                        (int) Math.min(ChannelEffect.LAST_ATTEMPT, 1 + earlier)), k -> new int[3]);
                tally[0]++;
                tally[1] += ChannelEffect.REACHED.contains(t.outcome()) ? 1 : 0;
                tally[2] += ChannelEffect.REPLIED.contains(t.outcome()) ? 1 : 0;
            }
            Map<List<Object>, List<Integer>> actual = new HashMap<>();
            for (ChannelEffect effect : report.channelEffects()) {
                actual.put(List.of(effect.channel(), effect.temperature(), effect.attempt()),
                        List.of(effect.touches(), effect.reached(), effect.replied()));
            }
            Map<List<Object>, List<Integer>> wanted = new HashMap<>();
            expected.forEach((key, tally) -> wanted.put(key, List.of(tally[0], tally[1], tally[2])));
            assertEquals(wanted, actual, "what works, cell by cell");

            Set<Long> touchedEver = new HashSet<>();
            touches.forEach(t -> touchedEver.add(t.lead()));
            Set<Long> open = new HashSet<>(ids);
            open.removeAll(deleted);
            open.removeAll(List.of(ids.get(0), ids.get(1), ids.get(2)));
            Set<Long> never = new HashSet<>(open);
            never.removeAll(touchedEver);
            assertEquals(open.size(), report.openLeads());
            assertEquals(never, new HashSet<>(report.neverContacted().stream().map(ReportLead::id).toList()));
            assertEquals(never.size(), report.neverContactedCount());

            long arrived = created.entrySet().stream().filter(e -> !deleted.contains(e.getKey()))
                    .filter(e -> !e.getValue().isBefore(start) && e.getValue().isBefore(end)).count();
            assertEquals(arrived, report.firstResponse().total().total());
            assertEquals(arrived, report.bySource().stream().mapToInt(c -> c.arrived()).sum());
            assertEquals(arrived, report.byArrivalTemperature().stream().mapToInt(c -> c.arrived()).sum());

            Map<Temperature, Integer> nowCounts = new EnumMap<>(Temperature.class);
            for (Temperature temperature : Temperature.values()) {
                nowCounts.put(temperature, 0);
            }
            for (long id : ids) {
                if (!deleted.contains(id)) {
                    nowCounts.merge(book.details(id).orElseThrow().lead().temperature(), 1, Integer::sum);
                }
            }
            var weeks = report.movement().weeks();
            assertEquals(nowCounts, weeks.get(weeks.size() - 1).counts());
            for (var week : weeks) {
                Instant weekEnd = week.weekStart().plusWeeks(1).atStartOfDay(zone).toInstant();
                long existed = created.entrySet().stream().filter(e -> !deleted.contains(e.getKey()))
                        .filter(e -> e.getValue().isBefore(weekEnd)).count();
                assertEquals(existed, week.total(), "leads at the end of the week of " + week.weekStart());
                week.counts().values().forEach(c -> assertTrue(c >= 0));
            }
        }
    }
}
