package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.ContactLabel;
import app.ember.domain.Labelled;
import app.ember.domain.Lead;
import app.ember.domain.LeadDetails;
import app.ember.domain.PostalAddress;
import app.ember.domain.Temperature;
import app.ember.domain.YearlessDates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import corpus (src/test/resources/app/ember/io/corpus, SOURCE.md says where each file comes from):
 * each file as its program writes it goes through {@code ember import} into the book, and this says what must
 * arrive. Issue 14: before it, most of these files came in with rows refused or nothing at all.
 */
class CorpusImportTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private CliRunner.Run importFile(String name, String... options) throws IOException {
        return CorpusBook.importResource(dataDir, files, "/app/ember/io/corpus/" + name, options);
    }

    private List<LeadDetails> book() throws IOException {
        return CorpusBook.book(dataDir);
    }

    private static Optional<String> preference(LeadDetails lead, String key) {
        return CorpusBook.preference(lead, key);
    }

    private static String notes(LeadDetails lead) {
        return CorpusBook.notes(lead);
    }

    @Test
    void outlookClassicCsvComesInWholeWithItsHotelAndCountriesAsWritten() throws IOException {
        CliRunner.Run run = importFile("outlook-classic.csv");
        assertTrue(run.out().contains("imported 3, updated 0, skipped 0, rejected 0"), run.out());
        assertTrue(run.out().contains("left out: column \"Priority\" (Normal): means nothing to Ember"), run.out());
        List<LeadDetails> book = book();
        Lead helen = book.get(0).lead();
        assertEquals("Helen", helen.firstName(), "the title is no part of the first name");
        assertEquals("Mrs.", book.get(0).lead().title(), "the title field");
        assertEquals(Optional.empty(), preference(book.get(0), "title"), "no longer a preference");
        assertEquals(new PostalAddress("4 Quay Street", "", "Bristol", "", "BS1 4DJ", "GB"), helen.address());
        assertEquals(LocalDate.of(2004, 6, 14), helen.anniversary());
        assertEquals(LocalDate.of(1975, 3, 22), helen.birthday());
        assertEquals(Optional.of("Richard"), preference(book.get(0), "Spouse"), "a column Ember has no field for is kept");
        assertEquals(List.of(new Labelled<>(ContactLabel.OTHER, "helen@home.example")),
                book.get(0).contacts().emails(), "the second e-mail is the lead's second");
        assertEquals(List.of(new Labelled<>(ContactLabel.HOME,
                        new PostalAddress("27 Redland Grove", "", "Bristol", "", "BS6 6PR", "GB"))),
                book.get(0).contacts().addresses(), "the Home address beside the Business one");
        Lead hotel = book.get(1).lead();
        assertEquals("Grand Pump Room Hotel", hotel.name(), "a company alone is a lead");
        assertEquals("GB", hotel.address().countryCode(), "England is in the United Kingdom");
        assertNull(hotel.birthday(), "Outlook's 0/0/00 is no date");
        assertEquals("CZ", book.get(2).lead().address().countryCode());
        assertEquals("Novák", book.get(2).lead().lastName(), "Windows-1252 read as such");
    }

    @Test
    void newOutlookCsvTakesTheCompleteHomeAddressOverACityAlone() throws IOException {
        importFile("outlook-new.csv");
        List<LeadDetails> book = book();
        assertEquals(new PostalAddress("12 High Street", "", "Bath", "", "BA1 1AA", "GB"), book.get(0).lead().address());
        assertEquals("AU", book.get(1).lead().address().countryCode());
        assertEquals(Optional.of("Florist"), preference(book.get(1), "Job Title"));
    }

    @Test
    void googleCsvBringsTheVenueTheFlatTheAnniversaryAndTheYearlessBirthday() throws IOException {
        importFile("google-contacts-new.csv", "--default-country", "GB");
        List<LeadDetails> book = book();
        LeadDetails priya = book.get(0);
        assertEquals("9 Gay Street", priya.lead().address().line1());
        assertEquals("Flat 3", priya.lead().address().line2());
        assertEquals(LocalDate.of(2012, 5, 19), priya.lead().anniversary(), "Event 1 labelled Anniversary");
        assertEquals("--07-03", YearlessDates.text(priya.lead().birthday()));
        assertEquals("Dr", priya.lead().title());
        assertEquals(List.of(new Labelled<>(ContactLabel.WORK, "p.sharma@ruh.example")), priya.contacts().emails());
        assertEquals(ContactLabel.HOME, priya.contacts().emailLabel());
        assertEquals(List.of(new Labelled<>(ContactLabel.WORK, "01225 428331")), priya.contacts().phones());
        assertEquals(ContactLabel.MOBILE, priya.contacts().phoneLabel());
        Lead venue = book.get(1).lead();
        assertEquals("The Assembly Rooms", venue.name());
        assertEquals("GB", venue.address().countryCode(), "the default country");
    }

    @Test
    void legacyGoogleCsvSplitsItsMultiValuesAndReadsEireAndVietNam() throws IOException {
        importFile("google-contacts-legacy.csv");
        List<LeadDetails> book = book();
        LeadDetails siobhan = book.get(0);
        assertEquals("siobhan.murphy@example.ie", siobhan.lead().email());
        assertEquals("+353 87 123 4567", siobhan.lead().phone());
        assertEquals(List.of(new Labelled<>(ContactLabel.WORK, "s.murphy@work.example.ie")),
                siobhan.contacts().emails(), "Google's ' ::: ', its types likewise");
        assertEquals(List.of(new Labelled<>(ContactLabel.WORK, "+353 1 234 5678")), siobhan.contacts().phones());
        assertEquals(ContactLabel.MOBILE, siobhan.contacts().phoneLabel());
        assertEquals("IE", siobhan.lead().address().countryCode());
        assertEquals(List.of("friends"), siobhan.tags());
        assertEquals(LocalDate.of(2008, 8, 23), siobhan.lead().anniversary());
        assertEquals("VN", book.get(1).lead().address().countryCode());
        assertEquals("--12-24", YearlessDates.text(book.get(1).lead().birthday()));
    }

    @Test
    void iphoneCardsKeepEveryNumberTheOmittedYearAndTheCompanyCard() throws IOException {
        importFile("apple-iphone.vcf");
        List<LeadDetails> book = book();
        LeadDetails john = book.get(0);
        assertEquals("US", john.lead().address().countryCode(), "U.S.A.");
        assertEquals("+1 (408) 555-5270", john.lead().phone(), "the preferred number first");
        assertEquals(List.of(new Labelled<>(ContactLabel.MOBILE, "(408) 555-0101"),
                new Labelled<>(ContactLabel.HOME, "(408) 555-0102"), new Labelled<>(ContactLabel.WORK, "(408) 996-1010"),
                new Labelled<>(ContactLabel.OTHER, "(408) 996-1000"), new Labelled<>(ContactLabel.FAX, "(408) 555-0103"),
                new Labelled<>(ContactLabel.FAX, "(408) 996-1011")), john.contacts().phones(),
                "an iPhone card's 7 phones arrive as 7");
        assertEquals(7, john.contacts().allPhones(john.lead()).size());
        assertEquals(ContactLabel.MOBILE, john.contacts().phoneLabel());
        assertEquals(List.of(new Labelled<>(ContactLabel.HOME, "johnny@icloud.example")), john.contacts().emails());
        assertEquals("3494 Kuhl Avenue", john.contacts().addresses().get(0).value().line1());
        assertEquals(ContactLabel.HOME, john.contacts().addresses().get(0).label());
        assertEquals(ContactLabel.WORK, john.contacts().addressLabel());
        assertEquals("--08-20", YearlessDates.text(john.lead().birthday()), "X-APPLE-OMIT-YEAR: month and day");
        assertEquals(Optional.empty(), preference(john, "birthday"), "a date, no longer a preference");
        assertEquals(LocalDate.of(2011, 6, 12), john.lead().anniversary(), "X-ABDATE labelled Anniversary");
        Lead guildhall = book.get(1).lead();
        assertEquals("", guildhall.firstName() + guildhall.lastName(), "X-ABShowAs:COMPANY is no person");
        assertEquals("Bath Guildhall", guildhall.name());
    }

    @Test
    void eachProgramsAnniversaryArrives() throws IOException {
        importFile("google.vcf");
        importFile("outlook.vcf");
        importFile("thunderbird.vcf");
        importFile("evolution.vcf");
        importFile("kaddressbook.vcf");
        List<LeadDetails> book = book();
        assertEquals(List.of(LocalDate.of(2010, 9, 4), LocalDate.of(2009, 6, 20), LocalDate.of(2015, 6, 6),
                LocalDate.of(2018, 7, 14), LocalDate.of(2001, 6, 23)),
                book.stream().map(d -> d.lead().anniversary()).toList());
        assertEquals("--03-15", YearlessDates.text(book.get(0).lead().birthday()), "Google's BDAY:--0315");
        assertEquals("GB", book.get(1).lead().address().countryCode(), "Northern Ireland");
        assertTrue(notes(book.get(1)).contains("Wedding planner — sends us couples"), "quoted-printable UTF-8");
        assertEquals("--08-20", YearlessDates.text(book.get(2).lead().birthday()), "vCard 4's BDAY:--0820");
        assertEquals("IT", book.get(2).lead().address().countryCode(), "Italia");
        assertEquals("Mme", book.get(3).lead().title());
        assertEquals("SE", book.get(4).lead().address().countryCode());
    }

    @Test
    void aCardFoldedInsideAGreekOrCyrillicCharacterIsReadWhole() throws IOException {
        importFile("folded-greek-russian.vcf");
        List<LeadDetails> book = book();
        assertEquals("Θέλει λευκά τριαντάφυλλα και ορχιδέες για τον γάμο της κόρης της τον Ιούνιο στην Αθήνα",
                notes(book.get(0)));
        assertEquals("GR", book.get(0).lead().address().countryCode(), "Ελλάδα");
        assertEquals("Постоянный клиент: заказывает букеты из белых роз на каждую годовщину свадьбы",
                notes(book.get(1)));
        assertEquals("улица Тверская, дом 7, квартира 12", book.get(1).lead().address().line1());
        assertEquals("RU", book.get(1).lead().address().countryCode(), "Россия");
    }

    @Test
    void theFloristsWorkbookWithATitleRowComesInWhole() throws IOException {
        CliRunner.Run run = importFile("petal-and-stem.xlsx", "--default-country", "GB");
        assertTrue(run.out().contains("imported 6, updated 0, skipped 0, rejected 0"), run.out());
        assertTrue(run.out().contains("needs a look: row 8, column \"Address\""), run.out());
        List<LeadDetails> book = book();
        Lead priya = book.get(0).lead();
        assertEquals("Priya", priya.firstName());
        assertEquals("Dr", book.get(0).lead().title());
        assertEquals("Dr Priya Patel", priya.formalName(), "as labels print it");
        assertEquals(new PostalAddress("12 High Street", "", "Bath", "", "BA1 1AA", "GB"), priya.address());
        assertEquals(Temperature.HOT, priya.temperature(), "the Lead column is the temperature");
        assertEquals("01225 123456", priya.phone(), "a phone stored as a number gets its 0 back");
        assertEquals("01225 777888", book.get(5).lead().phone());
        assertEquals(Temperature.WARM, book.get(1).lead().temperature());
        assertEquals("Li", book.get(2).lead().firstName(), "Chen, Li");
        assertEquals("Chen", book.get(2).lead().lastName());
        assertEquals(new PostalAddress("Flat 2", "10 Royal Crescent", "Bath", "", "BA1 2LR", "GB"),
                book.get(3).lead().address());
        LeadDetails ada = book.get(4);
        assertEquals("Somewhere near the Abbey", ada.lead().address().line1(), "kept whole");
        assertEquals(List.of("needs a look"), ada.tags());
        assertEquals(3, book.stream().mapToInt(d -> d.interactions().size()).sum(), "the Contact log sheet");
    }

    @Test
    void aLeadIsFoundByAnyOfItsEmailsOrPhonesNotOnlyItsPrimaryOne() throws IOException {
        // Known first by her work address: Google's file lists it second (E-mail 2), after her home one.
        Path known = files.resolve("known.csv");
        Files.writeString(known, "First Name,Last Name,E-mail\nPriya,Sharma,p.sharma@ruh.example\n");
        assertEquals(0, CliRunner.runIn(dataDir, "import", known.toString()).exitCode());
        CliRunner.Run run = importFile("google-contacts-new.csv");
        assertTrue(run.out().contains("skipped 1"), "her row matches by its second e-mail: " + run.out());
        List<LeadDetails> book = book();
        assertEquals(1, book.stream().filter(d -> d.lead().lastName().equals("Sharma")).count(), "no second Priya");
    }

    @Test
    void aLaterFileWithOnlyAFurtherEmailOrPhoneOfAStoredLeadFindsIt() throws IOException {
        importFile("google-contacts-new.csv");
        int before = book().size();
        // Priya's work address and work phone are her second ones (in lead_contacts, not on the lead).
        Path again = files.resolve("again.csv");
        Files.writeString(again, "First Name,Last Name,E-mail,Phone\n"
                + "Priya,Sharma,P.Sharma@ruh.example,\n"
                + "P,Sharma,,+44 1225 428331\n");
        CliRunner.Run second = CliRunner.runIn(dataDir, "import", again.toString());
        assertEquals(0, second.exitCode(), second.out() + second.err());
        assertTrue(second.out().contains("imported 0, updated 0, skipped 2, rejected 0"), second.out());
        assertEquals(before, book().size());
    }
}
