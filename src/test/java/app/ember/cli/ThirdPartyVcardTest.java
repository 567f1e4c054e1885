package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.ContactLabel;
import app.ember.domain.Labelled;
import app.ember.domain.Lead;
import app.ember.domain.LeadDetails;
import app.ember.domain.PostalAddress;
import app.ember.domain.YearlessDates;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * vCards taken byte for byte from other projects' test suites (src/test/resources/app/ember/io/corpus/thirdparty,
 * SOURCE.md names each file's project, path, commit and licence): cards real programs wrote, not ones written for
 * Ember. Each goes through {@code ember import}; this says what must arrive (issue 14).
 */
class ThirdPartyVcardTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private CliRunner.Run importFile(String name) throws IOException {
        return CorpusBook.importResource(dataDir, files, "/app/ember/io/corpus/thirdparty/" + name);
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

    private static List<String> numbers(LeadDetails lead) {
        return lead.contacts().allPhones(lead.lead()).stream().map(Labelled::value).toList();
    }

    @Test
    void anIphoneCardWithItsPhotoBringsEveryNumberBothAddressesAndTheBirthday() throws IOException {
        CliRunner.Run run = importFile("John_Doe_IPHONE.vcf");
        assertTrue(run.out().contains("imported 1, updated 0, skipped 0, rejected 0"), run.out());
        LeadDetails john = book().get(0);
        Lead lead = john.lead();
        assertEquals(List.of("John", "Doe", "Mr.", "IBM"),
                List.of(lead.firstName(), lead.lastName(), lead.title(), lead.company()));
        assertEquals("john.doe@ibm.com", lead.email(), "item1.EMAIL, Apple's grouped form");
        assertEquals(List.of("905-555-1234", "905-666-1234", "905-777-1234", "905-888-1234", "905-999-1234",
                "905-111-1234", "905-222-1234"), numbers(john), "all 7 numbers, the preferred cell first");
        assertEquals(ContactLabel.MOBILE, john.contacts().phoneLabel());
        assertEquals(new PostalAddress("Silicon Alley 5", "", "New York", "New York", "12345", "US"), lead.address(),
                "the preferred (home) address, 'United States of America'");
        assertEquals(List.of(new Labelled<>(ContactLabel.WORK,
                        new PostalAddress("Street4 Building 6 Floor 8", "", "New York", "", "12345", "US"))),
                john.contacts().addresses(), "the work address, its lines kept, 'USA'");
        assertEquals(LocalDate.of(2012, 6, 6), lead.birthday(), "BDAY;value=date");
        assertEquals(Optional.of("Money Counter"), preference(john, "Job Title"));
        assertEquals(Optional.of("Johny"), preference(john, "Nickname"), "what to call him, kept");
    }

    @Test
    void anOutlookCardBringsBothAddressesTheAnniversaryAndTheLongNote() throws IOException {
        CliRunner.Run run = importFile("John_Doe_MS_OUTLOOK.vcf");
        assertTrue(run.out().contains("imported 1, updated 0, skipped 0, rejected 0"), run.out());
        LeadDetails john = book().get(0);
        Lead lead = john.lead();
        assertEquals("john.doe@ibm.cm", lead.email());
        assertEquals(List.of("(905) 555-1234", "(905) 666-1234"), numbers(john));
        assertEquals(ContactLabel.WORK, john.contacts().phoneLabel(), "TEL;WORK;VOICE, the bare 2.1 types");
        assertEquals(new PostalAddress("Cresent moon drive", "", "Albaney", "New York", "12345", "US"), lead.address(),
                "ADR;WORK;PREF first");
        assertEquals(ContactLabel.HOME, john.contacts().addresses().get(0).label());
        assertEquals("Silicon Alley 5,", john.contacts().addresses().get(0).value().line1(), "as written");
        assertEquals(LocalDate.of(1980, 3, 22), lead.birthday(), "BDAY:19800322");
        assertEquals(LocalDate.of(2011, 1, 13), lead.anniversary(), "X-MS-ANNIVERSARY:20110113");
        assertTrue(notes(john).startsWith("THIS SOFTWARE IS PROVIDED BY GEORGE EL-HADDAD ''AS IS''"), notes(john));
        assertTrue(notes(john).endsWith("EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE."), "the whole note");
    }

    @Test
    void anEvolutionCardKeepsItsPostOfficeBoxAndItsAnniversary() throws IOException {
        CliRunner.Run run = importFile("John_Doe_EVOLUTION.vcf");
        assertTrue(run.out().contains("imported 1, updated 0, skipped 0, rejected 0"), run.out());
        LeadDetails john = book().get(0);
        Lead lead = john.lead();
        assertEquals("john.doe@ibm.com", lead.email());
        assertEquals(List.of("905-666-1234", "905-555-1234"), numbers(john));
        assertEquals(ContactLabel.MOBILE, john.contacts().phoneLabel());
        assertEquals(new PostalAddress("15 Crescent moon drive", "ASB-123", "Albaney", "New York", "12345", "US"),
                lead.address(), "ADR's first part, the post office box, is part of the address");
        assertEquals(LocalDate.of(1980, 3, 22), lead.anniversary(), "X-EVOLUTION-ANNIVERSARY");
        assertEquals(LocalDate.of(1980, 3, 22), lead.birthday());
        assertEquals(List.of("vip"), john.tags(), "CATEGORIES:VIP");
        assertEquals(Optional.of("Maria"), preference(john, "Spouse"), "X-EVOLUTION-SPOUSE, as Outlook's Spouse column");
    }

    @Test
    void aGmailCardBringsItsAppleStyleAnniversaryAndKeepsItsOneLineAddress() throws IOException {
        CliRunner.Run run = importFile("John_Doe_GMAIL.vcf");
        assertTrue(run.out().contains("imported 1, updated 0, skipped 0, rejected 0"), run.out());
        LeadDetails john = book().get(0);
        Lead lead = john.lead();
        assertEquals("john.doe@ibm.com", lead.email());
        assertEquals(List.of("905-555-1234", "905-666-1234"), numbers(john));
        assertEquals(LocalDate.of(1975, 3, 1), lead.anniversary(), "item1.X-ABDATE labelled _$!<Anniversary>!$_");
        assertEquals(LocalDate.of(1980, 3, 22), lead.birthday());
        assertEquals(Optional.of("Jenny"), preference(john, "Spouse"), "item2.X-ABRELATEDNAMES labelled _$!<Spouse>!$_");
        // Gmail wrote the whole address into ADR's second part: it is kept, every line of it.
        String address = lead.address().line1() + " " + lead.address().line2();
        assertTrue(address.contains("Crescent moon drive 555-asd Nice Area, Albaney, New York 12345 United States "
                + "of America"), address);
        assertTrue(john.notes().get(0).text().endsWith("Favotire Color: Blue"), "the note's second line: "
                + notes(john));
        assertTrue(john.tags().contains("needs a look"), "an address that cannot be split cannot be mailed");
    }

    @Test
    void androidQuotedPrintableUtf8NamesArriveByteExactAndNoCardIsRefused() throws IOException {
        CliRunner.Run run = importFile("John_Doe_ANDROID.vcf");
        assertTrue(run.out().contains("imported 6, updated 0, skipped 0, rejected 0"), run.out());
        List<LeadDetails> book = book();
        assertEquals("john.doe@company.com", book.get(0).lead().email(), "an e-mail alone is a lead");
        assertEquals(List.of("needs a look", "my contacts").stream().sorted().toList(),
                book.get(0).tags().stream().sorted().toList(), "named after its e-mail, so marked");
        String n = "\u00d1";
        assertEquals(String.join(" ", n, n, n, n), book.get(2).lead().lastName(), "N;CHARSET=UTF-8;QUOTED-PRINTABLE");
        assertEquals(String.join(" ", List.of(n, n, n, n, n, n, n, n, n, n, n)), book.get(3).lead().lastName(),
                "a value across quoted-printable soft line breaks");
        assertEquals(List.of("123456", "234567", "3456789", "45678901"), numbers(book.get(3)));
        assertEquals(2, notes(book.get(3)).split("\n").length, "two NOTE lines, both kept");
        assertTrue(notes(book.get(3)).startsWith(n + " " + n + " "), notes(book.get(3)));
        assertEquals(n + " " + n + " " + n, book.get(4).lead().firstName());
        assertEquals(n + " " + n, book.get(4).lead().lastName());
        assertEquals(n.repeat(12), book.get(4).lead().company());
        assertTrue(notes(book.get(4)).contains(n.repeat(14)), "the e-mail that is none is kept in a note");
        assertEquals(n.repeat(44), book.get(5).lead().company(), "ORG folded over four soft line breaks");
        assertEquals("henry@company.com", book.get(5).lead().email());
    }

    @Test
    void theRfc6350ExampleBringsTheYearlessBirthdayTheDatedAnniversaryAndTheExtension() throws IOException {
        CliRunner.Run run = importFile("rfc6350-example.vcf");
        assertTrue(run.out().contains("imported 1, updated 0, skipped 0, rejected 0"), run.out());
        LeadDetails simon = book().get(0);
        Lead lead = simon.lead();
        assertEquals(List.of("Simon", "Perreault", "Viagenie"), List.of(lead.firstName(), lead.lastName(),
                lead.company()));
        assertEquals("simon.perreault@viagenie.ca", lead.email());
        assertEquals(new PostalAddress("2875 Laurier", "Suite D2-630", "Quebec", "QC", "G1V 2M2", "CA"),
                lead.address(), "vCard 4 ADR folded over lines");
        assertEquals("--02-03", YearlessDates.text(lead.birthday()), "BDAY:--0203");
        assertEquals(LocalDate.of(2009, 8, 8), lead.anniversary(), "ANNIVERSARY:20090808T1430-0500, a date with a time");
        assertEquals(List.of("+1-418-656-9254", "+1-418-262-6501"), numbers(simon), "tel: URIs");
        assertEquals("Phone +1-418-656-9254: extension 102", notes(simon), "the extension kept beside its number");
        assertEquals(ContactLabel.MOBILE, simon.contacts().phones().get(0).label());
    }

    @Test
    void kcontactsCardFoldedInsideGreekAndCyrillicCharactersIsReadWhole() throws IOException {
        CliRunner.Run run = importFile("kcontacts-vcard9.vcf");
        assertTrue(run.out().contains("imported 1, updated 0, skipped 0, rejected 0"), run.out());
        LeadDetails card = book().get(0);
        assertEquals("123ㄓㄕㄖbcdeαβγδαβγδαβγδαβγδαβγδαβγδαβㄤㄓㄕㄖ", card.lead().lastName(),
                "N folded between two Bopomofo characters");
        assertEquals("Длинный комментарий на русском языке, чтобы в результате получилась строка более 70 символов.",
                notes(card), "NOTE folded inside the two bytes of 'л'");
    }

    @Test
    void kaddressbookAnniversaryInItsOwnExtension() throws IOException {
        importFile("kcontacts-vcard_extension_case_normalization.vcf");
        Lead lead = book().get(0).lead();
        assertEquals(List.of("My", "Name"), List.of(lead.firstName(), lead.lastName()));
        assertEquals(LocalDate.of(1970, 1, 1), lead.anniversary(), "X-KADDRESSBOOK-X-ANNIVERSARY");
        assertEquals(Optional.of("My Spouse"), preference(book().get(0), "Spouse"), "X-KADDRESSBOOK-X-SPOUSESNAME");
    }

    @Test
    void kaddressbookVcard4BringsEveryPhoneEmailAndTheDates() throws IOException {
        CliRunner.Run run = importFile("kcontacts-testfullvcard.vcf");
        assertTrue(run.out().contains("imported 1, updated 0, skipped 0, rejected 0"), run.out());
        assertTrue(run.out().contains("needs a look: row 1, column \"Postcode\""), "NW1 is half a postcode: "
                + run.out());
        LeadDetails sherlock = book().get(0);
        Lead lead = sherlock.lead();
        assertEquals(List.of("Mr", "Sherlock", "Holmes"), List.of(lead.title(), lead.firstName(), lead.lastName()));
        assertEquals("detective@sherlockholmes.com", lead.email(), "PREF=1 first");
        assertEquals(List.of(new Labelled<>(ContactLabel.HOME, "sherlock.holmes@gmail.com")),
                sherlock.contacts().emails());
        assertEquals(List.of("+44-555-555-5555", "+44-555-555-6666", "+44-555-555-7777"), numbers(sherlock));
        assertTrue(notes(sherlock).contains("Phone +44-555-555-5555: extension 5555"), notes(sherlock));
        assertEquals("221B Baker Street", lead.address().line1());
        assertEquals("London", lead.address().city());
        assertEquals("GB", lead.address().countryCode(), "United Kingdom");
        assertTrue(notes(sherlock).contains("NW1"), "the half postcode kept in a note");
        assertEquals(LocalDate.of(1953, 10, 15), lead.birthday(), "BDAY:19531015T231000Z");
        assertEquals(LocalDate.of(1996, 4, 15), lead.anniversary());
        assertEquals(List.of("fiction", "literature", "needs a look"), sherlock.tags().stream().sorted().toList());
    }
}
