package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.ContactLabel;
import app.ember.domain.Labelled;
import app.ember.domain.LeadDetails;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: a fax number keeps its kind (label "fax", never the primary phone while there is another), from a
 * vCard's TYPE=FAX, Google's "Work Fax" and Outlook's "Business Fax"; a whole address written in Google's street
 * or "Extended Address" with no town beside it is split, or kept whole and marked "needs a look".
 */
class FaxAndWholeAddressTest {
    /** Google Contacts' CSV header (2023 on), as in the corpus's google-contacts-new.csv. */
    private static final String GOOGLE_HEADER = "First Name,Last Name,Phone 1 - Label,Phone 1 - Value,"
            + "Phone 2 - Label,Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,"
            + "Address 1 - City,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,"
            + "Address 1 - Extended Address\n";

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private CliRunner.Run importText(String name, String text) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        CliRunner.Run run = CliRunner.runIn(dataDir, "import", file.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return run;
    }

    private static List<Labelled<String>> phones(LeadDetails lead) {
        return lead.contacts().allPhones(lead.lead());
    }

    @Test
    void anIphoneCardsFaxNumbersAreLabelledFax() throws IOException {
        CorpusBook.importResource(dataDir, files, "/app/ember/io/corpus/thirdparty/John_Doe_IPHONE.vcf");
        List<Labelled<String>> phones = phones(CorpusBook.book(dataDir).get(0));
        assertEquals(List.of(new Labelled<>(ContactLabel.FAX, "905-888-1234"),
                        new Labelled<>(ContactLabel.FAX, "905-999-1234")),
                phones.stream().filter(p -> p.label() == ContactLabel.FAX).toList(),
                "TEL;type=HOME;type=FAX and TEL;type=WORK;type=FAX: " + phones);
        assertEquals(ContactLabel.MOBILE, phones.get(0).label(), "the preferred cell stays the primary");
    }

    @Test
    void googlesWorkFaxIsAFaxAndNotThePrimaryPhone() throws IOException {
        importText("google.csv", GOOGLE_HEADER
                + "Helen,Carter,Work Fax,0117 496 0124,Work,0117 496 0123,,,,,,,,\n");
        LeadDetails helen = CorpusBook.book(dataDir).get(0);
        assertEquals("0117 496 0123", helen.lead().phone(), "the phone, not the fax, is the one to call");
        assertEquals(ContactLabel.WORK, helen.contacts().phoneLabel());
        assertEquals(List.of(new Labelled<>(ContactLabel.FAX, "0117 496 0124")), helen.contacts().phones());
    }

    @Test
    void outlooksBusinessFaxColumnBeforeItsBusinessPhoneIsAFax() throws IOException {
        // Outlook's classic header writes "Business Fax" before "Business Phone" (see outlook-classic.csv).
        importText("outlook.csv", "\"First Name\",\"Last Name\",\"Business Fax\",\"Business Phone\",\"Home Fax\"\r\n"
                + "\"Helen\",\"Carter\",\"0117 496 0124\",\"0117 496 0123\",\"0117 496 0999\"\r\n");
        LeadDetails helen = CorpusBook.book(dataDir).get(0);
        assertEquals("0117 496 0123", helen.lead().phone());
        assertEquals(List.of(new Labelled<>(ContactLabel.FAX, "0117 496 0124"),
                new Labelled<>(ContactLabel.FAX, "0117 496 0999")), helen.contacts().phones());
        assertTrue(helen.preferences().isEmpty(), "kept as numbers, not as preferences: " + helen.preferences());
    }

    @Test
    void aWholeAddressInGooglesExtendedAddressIsSplitOrMarked() throws IOException {
        CliRunner.Run run = importText("google.csv", GOOGLE_HEADER
                + "Priya,Sharma,,,,,Home,,,,,,United Kingdom,\"Flat 2, 10 Royal Crescent, Bath BA1 2LR\"\n"
                + "Tom,Baker,,,,,Home,,,,,,United Kingdom,\"Rose Cottage\nLower Swainswick\"\n"
                + "Ann,Lee,,,,,Home,,Rose Cottage Lower Swainswick,,,,United Kingdom,\n");
        List<LeadDetails> book = CorpusBook.book(dataDir);
        LeadDetails priya = book.get(0);
        assertEquals(List.of("Bath", "BA1 2LR"), List.of(priya.lead().address().city(),
                priya.lead().address().postcode()), "split: " + priya.lead().address());
        assertFalse(priya.tags().contains("needs a look"), priya.tags().toString());
        LeadDetails tom = book.get(1);
        assertTrue(tom.tags().contains("needs a look"), "cannot be split: " + tom.lead().address());
        assertEquals("Rose Cottage Lower Swainswick", tom.lead().address().line2(), "kept whole");
        assertTrue(run.out().contains("needs a look: row 3, column \"Address 1 - Extended Address\""), run.out());
        LeadDetails ann = book.get(2);
        assertTrue(ann.tags().contains("needs a look"), "a street with no town or postcode cannot be mailed: "
                + ann.lead().address());
    }
}
