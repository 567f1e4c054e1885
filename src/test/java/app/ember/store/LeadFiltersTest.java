package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Lead;
import app.ember.domain.LeadQuery;
import app.ember.domain.LeadRow;
import app.ember.domain.LeadSort;
import app.ember.domain.LeadStatus;
import app.ember.domain.PostalAddress;
import app.ember.domain.Priority;
import app.ember.domain.Qualification;
import app.ember.domain.Temperature;
import app.ember.domain.TemperatureChange;
import app.ember.domain.TemperatureCounts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search, every filter, the counts bar, bulk changes and soft delete, in SQL. */
class LeadFiltersTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    @TempDir
    Path dataDir;
    private Database database;
    private LeadBook book;
    private long chloe;
    private long jurgen;
    private long ann;

    /** The book the tests run on: the data dir's H2 book here, a PostgreSQL one in the OnPostgres subclass. */
    Database openBook(Path dir) {
        return Database.open(dir);
    }

    @BeforeEach
    void fill() {
        database = openBook(dataDir);
        book = new LeadBook(database, Clock.fixed(NOW, ZoneOffset.UTC), FollowUpPolicy.defaults());
        chloe = book.create(Lead.builder().firstName("Chloé").lastName("Lefèvre").company("Lefèvre Événements")
                .phone("+33 4 65 71 12 48").temperature(Temperature.HOT).sameDay(true)
                .address(new PostalAddress("14 rue Mercière", "", "Lyon", "", "69002", "FR"))
                .qualification(Qualification.QUALIFIED).priority(Priority.HIGH).source("Instagram")
                .needBy(LocalDate.of(2026, 12, 13)).build());
        jurgen = book.create(Lead.builder().firstName("Jürgen").lastName("Weiß").temperature(Temperature.WARM)
                .source("Wedding fair").needBy(LocalDate.of(2026, 12, 1)).build());
        ann = book.create(Lead.builder().firstName("Ann").lastName("Lee").temperature(Temperature.COLD)
                .status(LeadStatus.LOST).lastContact(NOW.minus(Duration.ofDays(3))).build());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<String> names(LeadQuery query) {
        return book.page(query, 0, 100).stream().map(LeadRow::name).toList();
    }

    @Test
    void searchIgnoresCaseAndAccentsAndLooksEverywhere() {
        assertEquals(List.of("Chloé Lefèvre"), names(LeadQuery.all().withSearch("LEFEVRE")));
        assertEquals(List.of("Jürgen Weiß"), names(LeadQuery.all().withSearch("weiss")));
        assertEquals(List.of("Chloé Lefèvre"), names(LeadQuery.all().withSearch("65 71")), "phone groups");
        assertEquals(3, names(LeadQuery.all().withSearch("w")).size(), "a single letter narrows nothing yet");
        assertEquals(List.of("Chloé Lefèvre"), names(LeadQuery.all().withSearch("33465")), "phone digits from the start");
        assertEquals(List.of("Chloé Lefèvre"), names(LeadQuery.all().withSearch("lef")), "a word's beginning");
        assertEquals(List.of(), names(LeadQuery.all().withSearch("fevre")), "not the middle of a word");
        book.addNote(jurgen, "Wants white ranunculus for the tables");
        book.addPreference(ann, "allergies", "lilies");
        book.addTag(List.of(chloe), "VIP");
        assertEquals(List.of("Jürgen Weiß"), names(LeadQuery.all().withSearch("ranunculus")));
        assertEquals(List.of("Ann Lee"), names(LeadQuery.all().withSearch("lilies")));
        assertEquals(List.of("Chloé Lefèvre"), names(LeadQuery.all().withSearch("vip")));
        assertEquals(List.of(), names(LeadQuery.all().withSearch("chloe weiss")), "every word must match");
        assertEquals(List.of(), names(LeadQuery.all().withSearch("100%")), "LIKE wildcards are searched as text");
    }

    @Test
    void aPhoneNumberFindsItsLeadHoweverEitherIsWritten() {
        book.create(Lead.builder().firstName("Ian").lastName("Cole").phone("+44 20 7946 0958")
                .temperature(Temperature.WARM).build());
        book.create(Lead.builder().firstName("Dee").lastName("Hart").phone("020 7946 0958")
                .temperature(Temperature.WARM).build());
        for (String typed : List.of("020 7946 0958", "+44 20 7946 0958", "02079460958", "(020) 7946-0958",
                "0044 20 7946 0958")) {
            assertEquals(List.of("Dee Hart", "Ian Cole"), names(LeadQuery.all().withSearch(typed)).stream().sorted()
                    .toList(), typed);
        }
        assertEquals(List.of(), names(LeadQuery.all().withSearch("020 7946 0959")), "another number");
    }

    @Test
    void aDeletedNoteNoLongerFindsItsLead() {
        long note = book.addNote(jurgen, "ranunculus");
        book.deleteNote(note);
        assertEquals(List.of(), names(LeadQuery.all().withSearch("ranunculus")));
    }

    @Test
    void eachFilterKeepsOnlyItsLeads() {
        assertEquals(List.of("Ann Lee"), names(LeadQuery.all().withStatuses(Set.of(LeadStatus.LOST))));
        assertEquals(List.of("Chloé Lefèvre"), names(LeadQuery.all().withQualifications(Set.of(Qualification.QUALIFIED))));
        assertEquals(List.of("Chloé Lefèvre"), names(LeadQuery.all().withPriorities(Set.of(Priority.HIGH))));
        assertEquals(List.of("Jürgen Weiß"), names(LeadQuery.all().withSource("Wedding fair")));
        assertEquals(List.of("Chloé Lefèvre", "Jürgen Weiß"), names(LeadQuery.all().withNeverContacted(true)));
        assertEquals(List.of("Chloé Lefèvre"), names(LeadQuery.all().withCompleteAddress(true)));
        // Chloé is same-day hot: due before her arrival day ends (14 hours); Jürgen warm: 48 hours.
        assertEquals(List.of(), names(LeadQuery.all().withOverdueAt(NOW.plus(Duration.ofHours(13)))));
        assertEquals(List.of("Chloé Lefèvre"), names(LeadQuery.all().withOverdueAt(NOW.plus(Duration.ofHours(15)))));
        book.addTag(List.of(jurgen, ann), "gala");
        assertEquals(List.of("Jürgen Weiß", "Ann Lee"), names(LeadQuery.all().withTag("Gala")));
    }

    @Test
    void theCountsBarCountsEveryTemperatureUnderTheOtherFilters() {
        TemperatureCounts counts = book.countByTemperature(LeadQuery.all().withTemperatures(Set.of(Temperature.HOT)));
        assertEquals(Map.of(Temperature.HOT, 1, Temperature.WARM, 1, Temperature.COOL, 0, Temperature.COLD, 1),
                counts.counts());
        assertEquals(1, counts.sameDay());
        assertEquals(0, book.countByTemperature(LeadQuery.all().withSource("Instagram")).of(Temperature.WARM));
    }

    @Test
    void theCountsBarsTodayCountsOnlySameDayLeadsStillWaitingForTheirFirstAnswer() {
        book.create(Lead.builder().firstName("Dev").lastName("Patel").temperature(Temperature.HOT).sameDay(true)
                .lastContact(NOW.minus(Duration.ofHours(2))).build());
        TemperatureCounts counts = book.countByTemperature(LeadQuery.all());
        assertEquals(2, counts.of(Temperature.HOT));
        // Dev was answered already: the row shows plain "Hot", so the bar does not count him as "today".
        assertEquals(1, counts.sameDay());
    }

    @Test
    void sortingByEventDatePutsTheNearestFirstAndTheUndatedLast() {
        assertEquals(List.of("Jürgen Weiß", "Chloé Lefèvre", "Ann Lee"), names(LeadQuery.all().withSort(LeadSort.NEED_BY)));
        assertEquals(List.of("Ann Lee", "Chloé Lefèvre", "Jürgen Weiß"), names(LeadQuery.all().withSort(LeadSort.NAME)));
    }

    @Test
    void sortingByNameReadsLikeAnIndexLastNameWithAccentsAndCaseFolded() {
        for (String[] name : new String[][] {{"Hans", "Braun"}, {"Renée", "Bélanger"}, {"amy", "brady"},
                {"Madonna", ""}, {"Éva", "Ávila"}}) {
            book.create(Lead.builder().firstName(name[0]).lastName(name[1]).temperature(Temperature.COOL)
                    .created(NOW).build());
        }
        // The book's three leads (Lee, Lefèvre, Weiß) and five more: Bélanger before Braun, brady between.
        assertEquals(List.of("Éva Ávila", "Renée Bélanger", "amy brady", "Hans Braun", "Ann Lee", "Chloé Lefèvre",
                "Madonna", "Jürgen Weiß"), names(LeadQuery.all().withSort(LeadSort.NAME)));
        List<String> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < 8; offset += 3) {
            book.page(LeadQuery.all().withSort(LeadSort.NAME), offset, 3).forEach(row -> paged.add(row.name()));
        }
        assertEquals(names(LeadQuery.all().withSort(LeadSort.NAME)), paged, "paged in the database, same order");
    }

    @Test
    void aBulkTemperatureChangeKeepsTheReasonForEachLead() {
        int changed = book.setTemperature(List.of(chloe, jurgen, ann), Temperature.COLD, false, "No budget this year");
        assertEquals(2, changed, "Ann was cold already");
        TemperatureChange last = book.details(jurgen).orElseThrow().temperatureChanges().get(0);
        assertEquals(Temperature.WARM, last.from());
        assertEquals(Temperature.COLD, last.to());
        assertEquals("No budget this year", last.reason());
        assertEquals(NOW, last.at());
        assertFalse(book.details(chloe).orElseThrow().lead().sameDay(), "a cold lead is not same day");
        assertEquals(List.of("Chloé Lefèvre", "Jürgen Weiß", "Ann Lee"),
                names(LeadQuery.all().withTemperatures(Set.of(Temperature.COLD))));
    }

    @Test
    void editingTheTemperatureInTheFormRecordsTheReason() {
        Lead edited = book.details(jurgen).orElseThrow().lead().toBuilder().temperature(Temperature.HOT).build();
        book.update(edited, "Asked for a quote");
        LeadRow row = book.page(LeadQuery.all(), 0, 1).get(0);
        assertTrue(row.name().equals("Chloé Lefèvre"), "same-day stays first");
        TemperatureChange change = book.details(jurgen).orElseThrow().temperatureChanges().get(0);
        assertEquals("Asked for a quote", change.reason());
        assertEquals(Temperature.HOT, change.to());
    }

    @Test
    void deletedLeadsLeaveEveryListAndComeBack() {
        assertEquals(2, book.delete(List.of(chloe, ann)));
        assertEquals(List.of("Jürgen Weiß"), names(LeadQuery.all()));
        assertEquals(1, book.count(LeadQuery.all()));
        assertTrue(book.details(chloe).isEmpty());
        assertEquals(0, book.countByTemperature(LeadQuery.all()).of(Temperature.HOT));
        assertEquals(2, book.restore(List.of(chloe, ann)));
        assertEquals(3, book.count(LeadQuery.all()));
    }

    @Test
    void statusesAndTagsChangeInBulk() {
        assertEquals(2, book.setStatus(List.of(chloe, jurgen), LeadStatus.WON));
        assertEquals(List.of("Chloé Lefèvre", "Jürgen Weiß"), names(LeadQuery.all().withStatuses(Set.of(LeadStatus.WON))));
        book.addTag(List.of(chloe, jurgen), "december");
        book.removeTag(List.of(chloe), "december");
        assertEquals(List.of("Jürgen Weiß"), names(LeadQuery.all().withTag("december")));
        assertEquals(List.of("december"), book.tags());
    }

    @Test
    void preferenceKeysOfferTheUsedOnesFirstThenTheCommonOnes() {
        book.addPreference(ann, "vase", "tall");
        List<String> keys = book.preferenceKeys();
        assertEquals("vase", keys.get(0));
        assertTrue(keys.contains("favourite flowers"));
    }
}
