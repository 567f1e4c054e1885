package app.ember.store;

import static app.ember.store.TestLeads.T0;
import static app.ember.store.TestLeads.lead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.Lead;
import app.ember.domain.LeadQuery;
import app.ember.domain.LeadRow;
import app.ember.domain.LeadSort;
import app.ember.domain.LeadStatus;
import app.ember.domain.Origin;
import app.ember.domain.PostalAddress;
import app.ember.domain.Priority;
import app.ember.domain.Qualification;
import app.ember.domain.ReferralKind;
import app.ember.domain.Temperature;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadStoreTest {
    @TempDir
    Path dataDir;
    private Database database;
    private final LeadStore store = new LeadStore();

    /** The book the tests run on: the data dir's H2 book here, a PostgreSQL one in the OnPostgres subclass. */
    Database openBook(Path dir) {
        return Database.open(dir);
    }

    @BeforeEach
    void open() {
        database = openBook(dataDir);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        Lead lead = Lead.builder().firstName("Łucja").lastName("Wróbel").company("Wróbel Hochzeiten")
                .email("lucja@example.de").phone("+49 30 1234567")
                .address(new PostalAddress("Hauptstraße 5", "Hinterhaus", "Berlin", "", "10115", "DE"))
                .doNotMail(true)
                .source("Wedding fair").origin(Origin.OFFLINE).referralKind(ReferralKind.CHAMPION)
                .referredBy("Anna Schmidt").temperature(Temperature.HOT).sameDay(true)
                .qualification(Qualification.QUALIFIED).priority(Priority.HIGH).status(LeadStatus.OPEN)
                .needBy(LocalDate.of(2026, 12, 12)).birthday(LocalDate.of(1990, 2, 28))
                .created(T0).updated(T0.plusSeconds(60)).lastContact(T0.plusSeconds(3600))
                .nextFollowUp(T0.plus(Duration.ofDays(3))).build();
        long id = database.write(c -> store.insert(c, lead));
        Lead read = database.read(c -> store.find(c, id)).orElseThrow();
        assertEquals(lead.toBuilder().id(id).build(), read);
    }

    @Test
    void doNotMailIsOffUnlessSetAndCanBeTurnedOffAgain() {
        long id = database.write(c -> store.insert(c, lead("Pat", "Post", Temperature.WARM, false, T0)));
        assertFalse(database.read(c -> store.find(c, id)).orElseThrow().doNotMail());
        Lead marked = database.read(c -> store.find(c, id)).orElseThrow().toBuilder().doNotMail(true).build();
        database.write(c -> {
            store.update(c, marked);
            return null;
        });
        assertTrue(database.read(c -> store.find(c, id)).orElseThrow().doNotMail());
        database.write(c -> {
            store.update(c, marked.toBuilder().doNotMail(false).build());
            return null;
        });
        assertFalse(database.read(c -> store.find(c, id)).orElseThrow().doNotMail());
    }

    @Test
    void theDefaultOrderIsSameDayHotThenHotWarmCoolColdBySoonestFollowUp() {
        database.write(c -> {
            store.insert(c, lead("Cold", "One", Temperature.COLD, false, T0));
            store.insert(c, lead("Warm", "Later", Temperature.WARM, false, T0.plusSeconds(7200)));
            store.insert(c, lead("Hot", "Plain", Temperature.HOT, false, T0.plusSeconds(60)));
            store.insert(c, lead("Warm", "Sooner", Temperature.WARM, false, T0.plusSeconds(3600)));
            store.insert(c, lead("Hot", "Today", Temperature.HOT, true, T0.plusSeconds(99999)));
            store.insert(c, lead("Cool", "Unplanned", Temperature.COOL, false, null));
            store.insert(c, lead("Cool", "Planned", Temperature.COOL, false, T0));
            return null;
        });
        List<String> names = database.read(c -> store.page(c, LeadQuery.all(), 0, 50)).stream()
                .map(LeadRow::name).collect(Collectors.toList());
        assertEquals(List.of("Hot Today", "Hot Plain", "Warm Sooner", "Warm Later", "Cool Planned",
                "Cool Unplanned", "Cold One"), names);
    }

    @Test
    void aTemperatureFilterKeepsOnlyThoseTemperaturesAndCountsThem() {
        database.write(c -> {
            for (int i = 0; i < 12; i++) {
                store.insert(c, lead("Lead", "N" + i, Temperature.values()[i % 4], false, T0));
            }
            return null;
        });
        LeadQuery hotAndCold = LeadQuery.all().withTemperatures(Set.of(Temperature.HOT, Temperature.COLD));
        List<LeadRow> rows = database.read(c -> store.page(c, hotAndCold, 0, 50));
        assertEquals(6, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.temperature() == Temperature.HOT || r.temperature() == Temperature.COLD));
        assertEquals(6, (int) database.read(c -> store.count(c, hotAndCold)));
        assertEquals(12, (int) database.read(c -> store.count(c, LeadQuery.all())));
    }

    @Test
    void pagesNeitherOverlapNorSkipInAnyOrder() {
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            // Many equal sort keys on purpose: the id must break the ties.
            leads.add(lead("Lead", "Same", Temperature.values()[i % 4], i % 7 == 0, i % 3 == 0 ? null : T0));
        }
        database.write(c -> {
            store.insertAll(c, leads);
            return null;
        });
        for (LeadSort sort : LeadSort.values()) {
            Set<Long> seen = new HashSet<>();
            for (int offset = 0; offset < 250; offset += 40) {
                int from = offset;
                database.read(c -> store.page(c, LeadQuery.all().withSort(sort), from, 40)).forEach(r -> seen.add(r.id()));
            }
            assertEquals(250, seen.size(), "sort " + sort);
        }
    }
}
