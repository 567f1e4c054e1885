package app.ember.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Interaction;
import app.ember.domain.LeadDetails;
import app.ember.domain.Temperature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleLeadsTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/London"));
    private final List<LeadDetails> book = new SampleLeads(clock, FollowUpPolicy.defaults()).load();

    @Test
    void aboutSixtyLeadsAcrossAllFourTemperatures() {
        assertEquals(60, book.size());
        Map<Temperature, Long> counts = book.stream().collect(Collectors.groupingBy(e -> e.lead().temperature(),
                () -> new EnumMap<>(Temperature.class), Collectors.counting()));
        assertEquals(Set.of(Temperature.values()), counts.keySet());
        assertTrue(book.stream().anyMatch(e -> e.lead().sameDay()), "a same-day hot lead");
    }

    @Test
    void addressesInSixCountriesAndNamesWithAccents() {
        Set<String> countries = book.stream().map(e -> e.lead().address().countryCode()).collect(Collectors.toSet());
        assertTrue(countries.containsAll(Set.of("US", "GB", "CA", "DE", "FR", "AU")), countries.toString());
        assertTrue(book.stream().filter(e -> !e.lead().name().matches("[\\x20-\\x7E]+")).count() >= 5);
    }

    @Test
    void historyIsNeverInTheFutureAndLastContactIsTheNewestTouch() {
        for (LeadDetails entry : book) {
            List<Interaction> touches = entry.interactions();
            touches.forEach(t -> assertFalse(t.at().isAfter(clock.instant()), entry.lead().name()));
            Instant newest = touches.stream().map(Interaction::at).max(Comparator.naturalOrder()).orElse(null);
            assertEquals(newest, entry.lead().lastContact(), entry.lead().name());
        }
        assertTrue(book.stream().mapToInt(e -> e.interactions().size()).sum() > 100);
    }

    @Test
    void notesPreferencesBirthdaysAndTemperatureHistoryArePresent() {
        assertTrue(book.stream().anyMatch(e -> !e.notes().isEmpty()));
        assertTrue(book.stream().anyMatch(e -> !e.preferences().isEmpty()));
        assertTrue(book.stream().filter(e -> e.lead().birthday() != null).count() >= 10);
        assertTrue(book.stream().allMatch(e -> !e.temperatureChanges().isEmpty()));
        assertTrue(book.stream().anyMatch(e -> e.temperatureChanges().size() > 1));
    }

    @Test
    void openLeadsAreScheduledAndAtMostAFewDaysOverdue() {
        Instant limit = clock.instant().minus(java.time.Duration.ofDays(3));
        book.stream().filter(e -> e.lead().status() == app.ember.domain.LeadStatus.OPEN).forEach(e -> {
            assertTrue(e.lead().nextFollowUp() != null, e.lead().name());
            assertFalse(e.lead().nextFollowUp().isBefore(limit), e.lead().name());
        });
    }
}
