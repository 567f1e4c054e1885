package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.domain.ContactLabel;
import app.ember.domain.Contacts;
import app.ember.domain.Labelled;
import app.ember.domain.Lead;
import app.ember.domain.LeadDetails;
import app.ember.domain.LeadQuery;
import app.ember.domain.PostalAddress;
import app.ember.domain.Temperature;
import app.ember.domain.YearlessDates;
import app.ember.store.ExportReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.Arrays;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several e-mails, phones and postal addresses per lead, each labelled, one primary (issue 14): they are
 * stored, found by search, shown by {@code lead show}, and come back exactly from every export format.
 */
class SeveralContactsTest {
    private static final Contacts ADA = new Contacts(ContactLabel.WORK, ContactLabel.MOBILE, ContactLabel.HOME,
            List.of(new Labelled<>(ContactLabel.HOME, "ada@home.example"),
                    new Labelled<>(ContactLabel.OTHER, "ada.old@example.org")),
            List.of(new Labelled<>(ContactLabel.WORK, "020 7946 0958"), new Labelled<>(ContactLabel.HOME,
                    "01225 444555")),
            List.of(new Labelled<>(ContactLabel.WORK, new PostalAddress("1 Market Street", "Floor 2", "Bath", "",
                    "BA1 1AB", "GB"))));

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private void storeBook() {
        Lead ada = Lead.builder().firstName("Ada").lastName("Lovelace").email("ada@work.example")
                .phone("07700 900123").address(new PostalAddress("12 High Street", "", "Bath", "", "BA1 1AA", "GB"))
                .title("Dr").birthday(YearlessDates.of(MonthDay.of(7, 3)))
                .anniversary(YearlessDates.of(MonthDay.of(2, 29)))
                .temperature(Temperature.WARM).created(Instant.parse("2026-01-05T10:00:00Z")).updated(Instant.parse("2026-01-05T10:00:00Z")).build();
        Lead bob = Lead.builder().firstName("Bob").lastName("Stone").email("bob@example.com")
                .temperature(Temperature.COOL).created(Instant.parse("2026-01-06T10:00:00Z")).updated(Instant.parse("2026-01-06T10:00:00Z")).build();
        try (Services services = Services.open(dataDir)) {
            services.leadBook().addAll(List.of(
                    new LeadDetails(ada, List.of(), List.of(), List.of(), List.of(), List.of(), ADA),
                    new LeadDetails(bob, List.of(), List.of(), List.of(), List.of(), List.of())), null);
        }
    }

    private static List<LeadDetails> book(Path dir) throws IOException {
        try (Services services = Services.open(dir)) {
            List<LeadDetails> all = new ArrayList<>();
            new ExportReader(services.leadBook().database()).forEachPage(all::addAll);
            all.sort(Comparator.comparing(d -> d.lead().lastName()));
            return all;
        }
    }

    @Test
    void aBookWithSeveralContactsPerLeadComesBackExactlyFromEveryFormat() throws IOException {
        storeBook();
        List<LeadDetails> before = book(dataDir);
        assertEquals(ADA, before.get(0).contacts(), "stored as given");
        for (String format : List.of("csv", "xlsx", "vcf")) {
            Path out = files.resolve("book." + format);
            CliRunner.Run export = CliRunner.runIn(dataDir, "export", out.toString());
            assertEquals(0, export.exitCode(), export.err());
            if (format.equals("vcf")) {
                String card = Files.readString(out);
                assertTrue(card.contains("BDAY:--0703") && card.contains("ANNIVERSARY:--0229"), card);
            }
            Path fresh = files.resolve("fresh-" + format);
            CliRunner.Run run = CliRunner.runIn(fresh, "import", out.toString());
            assertEquals(0, run.exitCode(), run.out() + run.err());
            List<LeadDetails> after = book(fresh);
            assertEquals(before.size(), after.size(), format);
            for (int i = 0; i < before.size(); i++) {
                Lead was = before.get(i).lead();
                Lead now = after.get(i).lead();
                assertEquals(List.of(was.email(), was.phone(), was.address()),
                        List.of(now.email(), now.phone(), now.address()), format + ": the primary ones");
                assertEquals(Arrays.asList(was.title(), was.birthday(), was.anniversary()),
                        Arrays.asList(now.title(), now.birthday(), now.anniversary()),
                        format + ": the title and the dates known without their year");
                assertEquals(before.get(i).contacts(), after.get(i).contacts(), format + ": " + was.name());
            }
        }
    }

    @Test
    void aFurtherPhoneOrEmailFindsTheLeadAndLeadShowListsThemAll() throws IOException {
        storeBook();
        try (Services services = Services.open(dataDir)) {
            for (String query : List.of("ada.old", "01225444555", "444555")) {
                var rows = services.leadBook().page(LeadQuery.all().withSearch(query), 0, 10);
                assertEquals(List.of("Ada Lovelace"), rows.stream().map(r -> r.name()).toList(), query);
            }
        }
        long id = book(dataDir).get(0).lead().id();
        CliRunner.Run show = CliRunner.runIn(dataDir, "lead", "show", String.valueOf(id), "--format", "json");
        assertEquals(0, show.exitCode(), show.err());
        JsonNode json = new ObjectMapper().readTree(show.out());
        assertEquals("ada@work.example", json.get("email").asText(), "email stays the primary");
        assertEquals("--07-03", json.get("dates").get("birthday").asText(), "a date without its year");
        assertEquals("--02-29", json.get("dates").get("anniversary").asText());
        assertEquals("Dr", json.get("title").asText());
        assertEquals(3, json.get("emails").size());
        assertEquals("work", json.get("emails").get(0).get("label").asText());
        assertTrue(json.get("emails").get(0).get("primary").asBoolean());
        assertEquals("ada.old@example.org", json.get("emails").get(2).get("email").asText());
        assertEquals(3, json.get("phones").size());
        assertEquals("07700 900123", json.get("phones").get(0).get("phone").asText());
        assertEquals("mobile", json.get("phones").get(0).get("label").asText());
        assertEquals(2, json.get("addresses").size());
        assertEquals("Floor 2", json.get("addresses").get(1).get("line2").asText());
        assertEquals("work", json.get("addresses").get(1).get("label").asText());
        CliRunner.Run text = CliRunner.runIn(dataDir, "lead", "show", String.valueOf(id));
        assertTrue(text.out().contains("phone (home): 01225 444555"), text.out());
    }
}
