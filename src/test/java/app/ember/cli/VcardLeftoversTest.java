package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.LeadDetails;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing of a vCard is silently dropped (issue 14): what Ember has no field for (a website, a messenger, a
 * middle name, a custom date, KAddressBook's office) arrives as a preference; a picture is not stored but its
 * kind and size are; only the properties that mean nothing to Ember (VERSION, PRODID, REV, UID...) are left out,
 * and the report names them.
 */
class VcardLeftoversTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private CliRunner.Run importFile(String resource) throws IOException {
        return CorpusBook.importResource(dataDir, files, "/app/ember/io/corpus/" + resource);
    }

    private LeadDetails only() throws IOException {
        return CorpusBook.book(dataDir).get(0);
    }

    private static Optional<String> preference(LeadDetails lead, String key) {
        return CorpusBook.preference(lead, key);
    }

    @Test
    void anIphoneCardKeepsItsMiddleNamesSuffixDepartmentWebsiteAndWhatItsPhotoWas() throws IOException {
        importFile("thirdparty/John_Doe_IPHONE.vcf");
        LeadDetails john = only();
        assertEquals(Optional.of("Richter James"), preference(john, "Middle name"), "N's third part");
        assertEquals(Optional.of("Sr."), preference(john, "Name suffix"), "N's fifth part");
        assertEquals(Optional.of("Accounting"), preference(john, "Department"), "ORG's second part");
        assertEquals(Optional.of("http://www.ibm.com"), preference(john, "Website (HomePage)"),
                "item5.URL with its X-ABLabel");
        String picture = preference(john, "Picture").orElse("");
        assertTrue(picture.matches("not kept: JPE?G, \\d+ KB"), "the photo is not stored, but said: " + picture);
        assertEquals(Optional.empty(), preference(john, "Name as written"),
                "FN says nothing that N does not: " + john.preferences());
    }

    @Test
    void kaddressbookExtensionsArriveAndItsCryptoSettingsAreNamedAsLeftOut() throws IOException {
        CliRunner.Run run = importFile("thirdparty/kcontacts-vcard_extension_case_normalization.vcf");
        LeadDetails card = only();
        assertEquals(Optional.of("My Office"), preference(card, "Office"));
        assertEquals(Optional.of("My Job"), preference(card, "Profession"));
        assertEquals(Optional.of("My Boss"), preference(card, "Manager"));
        assertEquals(Optional.of("Mycroft"), preference(card, "Assistant"));
        assertEquals(Optional.of("https://my.blog/"), preference(card, "Blog"));
        assertEquals(Optional.of("My Spouse"), preference(card, "Spouse"));
        assertFalse(card.preferences().stream().anyMatch(p -> p.key().contains("ANNIVERSARY")
                || p.key().contains("SPOUSE") || p.key().startsWith("vCard")), "placed ones not kept twice: "
                + card.preferences());
        assertTrue(run.out().contains("left out: column \"vCard UID\""), run.out());
        assertTrue(run.out().contains("left out: column \"vCard X-KADDRESSBOOK-CRYPTOSIGNPREF\" (always)"), run.out());
    }

    @Test
    void aVcard4KeepsMessengerLocationTimeZoneWebsiteRoleAndLanguages() throws IOException {
        CliRunner.Run run = importFile("thirdparty/kcontacts-testfullvcard.vcf");
        LeadDetails sherlock = only();
        assertEquals("detective@sherlockholmes.com", sherlock.lead().email(), "the messenger is no e-mail");
        assertEquals(Optional.of("XMPP: detective@sherlockholmes.com"), preference(sherlock, "Messenger"), "IMPP");
        assertEquals(Optional.of("51.5237, 0.1585"), preference(sherlock, "Location"), "GEO");
        assertEquals(Optional.of("London/Europe"), preference(sherlock, "Time zone"), "TZ");
        assertEquals(Optional.of("https://sherlockholmes.com"), preference(sherlock, "Website"), "URL");
        assertEquals(Optional.of("Detective"), preference(sherlock, "Role"));
        assertEquals(Optional.of("en"), preference(sherlock, "Language"));
        assertEquals(Optional.of("fr"), preference(sherlock, "Language 2"));
        assertEquals(Optional.of("https://sherlockholmes.com/calendar/sherlockholmes"), preference(sherlock, "Calendar"));
        assertEquals(Optional.of("https://sherlockholmes.com/sherlock-holmes.pub.asc"), preference(sherlock, "Public key"));
        assertEquals(Optional.empty(), preference(sherlock, "Picture"), "an empty PHOTO is nothing");
        assertEquals(Optional.of("mailto:detective@sherlockholmes.com"), preference(sherlock, "Calendar requests"),
                "CALADRURI, a link: kept as written, not taken for an e-mail");
        for (String meaningless : new String[] {"VERSION", "PRODID", "REV", "UID", "KIND"}) {
            assertTrue(run.out().contains("left out: column \"vCard " + meaningless + "\""), run.out());
        }
    }

    @Test
    void anOutlookCardKeepsItsMessengerManagerAssistantRoleAndWebsite() throws IOException {
        importFile("thirdparty/John_Doe_MS_OUTLOOK.vcf");
        LeadDetails john = only();
        assertEquals(Optional.of("Messenger: johny5@aol.com"), preference(john, "Messenger"), "X-MS-IMADDRESS");
        assertEquals(Optional.of("Big Blue"), preference(john, "Manager"), "X-MS-MANAGER");
        assertEquals(Optional.of("Jenny"), preference(john, "Assistant"), "X-MS-ASSISTANT");
        assertEquals(Optional.of("Counting Money"), preference(john, "Role"));
        assertEquals(Optional.of("http://www.ibm.com"), preference(john, "Website"));
        assertFalse(john.preferences().stream().anyMatch(p -> p.key().contains("X-MS-OL-DESIGN")), "a layout hint");
    }

    @Test
    void anAppleCardKeepsItsNicknameInTheNameItsCustomDatesRelativesAndMessengers() throws IOException {
        CliRunner.Run run = importFile("apple-leftovers.vcf");
        assertTrue(run.out().contains("imported 1, updated 0, skipped 0, rejected 0"), run.out());
        LeadDetails bob = only();
        assertEquals("Robert", bob.lead().firstName());
        assertEquals(Optional.of("Bob \"The Builder\" Smith"), preference(bob, "Name as written"),
                "FN says more than N");
        assertEquals(Optional.of("2001-06-15"), preference(bob, "Date (Graduation)"), "a custom X-ABDATE");
        assertEquals(LocalDate.of(2010, 9, 4), bob.lead().anniversary());
        assertEquals(Optional.empty(), preference(bob, "Date (Anniversary)"), "placed, not kept twice");
        assertEquals(Optional.of("Margaret Smith"), preference(bob, "Related name (Mother)"));
        assertEquals(Optional.of("https://smith-builders.example"), preference(bob, "Website (HomePage)"));
        assertEquals(Optional.of("Skype: bob.builds"), preference(bob, "Messenger"));
        assertEquals(Optional.of("Jabber: bob@jabber.example"), preference(bob, "Messenger 2"));
        assertEquals(Optional.of("AIM: bobsmith"), preference(bob, "Messenger 3"));
        assertEquals(Optional.of("ICQ: 12345678"), preference(bob, "Messenger 4"));
        assertEquals(Optional.of("51.4545, -2.5879"), preference(bob, "Location"), "a vCard 3 GEO");
        assertEquals(Optional.of("Z"), preference(bob, "Time zone"), "TZ:+00:00, as the zone offset reads");
        assertEquals(Optional.of("https://smith-builders.example/logo.png"), preference(bob, "Logo"));
        assertTrue(run.out().contains("left out: column \"vCard X-ABUID\""), run.out());
    }
}
