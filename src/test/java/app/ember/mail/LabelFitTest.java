package app.ember.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.domain.FollowUpPolicy;
import app.ember.domain.LeadDetails;
import app.ember.domain.PostalAddress;
import app.ember.domain.Recipient;
import app.ember.domain.Sender;
import app.ember.io.SampleLeads;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16: nothing ever drops off a label. A block shrinks to 8 pt, then wraps between words; a
 * piece that still does not fit is not printed at all and is named, with its lead, under "did not
 * fit". Checked on every sheet with the longest addresses of the test data: every word of every
 * printed address is in the PDF's text.
 */
class LabelFitTest {
    private static final LabelTemplates TEMPLATES = LabelTemplates.load(null);

    /** The issue's German address: on a 1 in label it lost its town and country. */
    static final Recipient FRANKFURT = new Recipient(List.of(901L), List.of("Dr. Maximilian Schneider-Hohenberg"),
            "Dr. Maximilian Schneider-Hohenberg", "Blumenhaus Schneider-Hohenberg GmbH & Co. KG",
            new PostalAddress("Bockenheimer Landstraße 123", "Hinterhaus, 3. Obergeschoss", "Frankfurt am Main", "",
                    "60325", "DE"));
    private static final Recipient KRAKOW = new Recipient(List.of(902L), List.of("Łucja Wróbel-Nowicka"), "Łucja Wróbel-Nowicka",
            "Kwiaciarnia i Pracownia Florystyczna Łucja Wróbel i Wspólnicy Spółka z ograniczoną odpowiedzialnością "
                    + "Oddział w Krakowie",
            new PostalAddress("ul. Floriańska 12/4", "Oficyna, II piętro", "Kraków", "", "31-019", "PL"));
    private static final Sender BOSTON = new Sender("Rosa's Flowers",
            new PostalAddress("12 Market St", "", "Boston", "MA", "02108", "US"));

    static Stream<LabelTemplate> everyTemplate() {
        return TEMPLATES.all().stream();
    }

    /** The fixtures, the two longest blocks there are, a short one, and the ten longest addresses of the sample book. */
    static List<Recipient> longest() {
        List<Recipient> recipients = new ArrayList<>(MailFixtures.recipients(9));
        recipients.add(FRANKFURT);
        recipients.add(KRAKOW);
        // A short domestic block, three lines: what a mini label is for.
        recipients.add(new Recipient(List.of(904L), List.of("Ann Lee"), "Ann Lee", "",
                new PostalAddress("1 Main St", "", "Boston", "MA", "02108", "US")));
        List<LeadDetails> book = new SampleLeads(Clock.systemUTC(), FollowUpPolicy.defaults()).load();
        book.stream().map(LeadDetails::lead).filter(lead -> lead.address().isComplete())
                .map(Recipient::of)
                .sorted(Comparator.comparingInt((Recipient r) -> String.join(" ", PostalLines.block(r, "US")).length())
                        .reversed())
                .limit(10).forEach(recipients::add);
        return recipients;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTemplate")
    void everyWordOfEveryPrintedAddressIsInThePdfAndTheRestIsNamed(LabelTemplate template) throws IOException {
        List<Recipient> recipients = longest();
        MailJob job = new MailJob(recipients, template, 1, 0, 0, BOSTON);
        MailDocuments.Rendered rendered = template.kind() == LabelTemplate.Kind.POSTCARDS
                ? MailDocuments.postcards(job) : MailDocuments.labels(job);
        try (PDDocument document = rendered.document()) {
            String text = " " + new PDFTextStripper().getText(document).replaceAll("\\s+", " ") + " ";
            assertFalse(text.contains("…"), "nothing cut with an ellipsis");
            int printed = 0;
            for (Recipient recipient : recipients) {
                boolean leftOut = rendered.unprinted().containsAll(recipient.leadIds());
                if (leftOut) {
                    assertTrue(rendered.overflows().stream().anyMatch(line -> line.startsWith(recipient.addressee()
                            + " (lead #" + recipient.leadIds().get(0) + "): ") && line.endsWith("left out, not printed")),
                            recipient.addressee() + " named under did not fit: " + rendered.overflows());
                    assertFalse(text.contains(" " + recipient.addressee() + " "), "not printed in part either");
                    continue;
                }
                printed++;
                for (String line : PostalLines.block(recipient, BOSTON.homeCountry())) {
                    for (String word : line.split(" ")) {
                        assertTrue(text.contains(word), template.id() + ": '" + word + "' of " + recipient.addressee()
                                + " is in the PDF");
                    }
                }
            }
            assertEquals(recipients.size() - printed, rendered.overflows().size(), rendered.overflows().toString());
            if (template.labelHeight() >= 25) {
                assertTrue(printed >= recipients.size() - 2, template.id() + ": only the two giants may be left out");
            } else {
                assertTrue(printed > 0, template.id() + ": a mini label still takes the short blocks");
            }
        }
    }

    @Test
    void aLongLineIsWrappedInsideTheLabelNotCut() throws IOException {
        Recipient wide = new Recipient(List.of(903L), List.of("Jana Nowak"), "Jana Nowak", "",
                new PostalAddress("Bockenheimer Landstraße 123 Hinterhaus links", "", "Frankfurt am Main", "",
                        "60325", "DE"));
        MailJob job = new MailJob(List.of(wide), TEMPLATES.find("avery-5160").orElseThrow(), 1, 0, 0, BOSTON);
        MailDocuments.Rendered rendered = MailDocuments.labels(job);
        try (PDDocument document = rendered.document()) {
            assertEquals(List.of(), rendered.overflows());
            String text = new PDFTextStripper().getText(document);
            for (String word : List.of("Bockenheimer", "Landstraße", "123", "Hinterhaus", "links")) {
                assertTrue(text.contains(word), word + " in " + text);
            }
            assertFalse(text.contains("…"), text);
            assertTrue(text.contains("60325 FRANKFURT AM MAIN"), text);
            assertTrue(text.contains("GERMANY"), text);
        }
    }

    @Test
    void aPieceThatCannotFitIsLeftOutAndTheNextTakesItsLabel() throws IOException {
        List<Recipient> recipients = List.of(MailFixtures.recipients(1).get(0), KRAKOW, MailFixtures.recipients(2).get(1));
        MailJob job = new MailJob(recipients, TEMPLATES.find("avery-5160").orElseThrow(), 1, 0, 0, BOSTON);
        MailDocuments.Rendered rendered = MailDocuments.labels(job);
        try (PDDocument document = rendered.document()) {
            assertEquals(List.of(902L), rendered.unprinted());
            assertEquals(1, rendered.overflows().size());
            assertTrue(rendered.overflows().get(0).startsWith("Łucja Wróbel-Nowicka (lead #902): "));
            assertTrue(rendered.overflows().get(0).contains("lines do not fit on a 25.4 mm high label, even at 8 pt"));
            PDFTextStripper second = new PDFTextStripper();
            String text = second.getText(document);
            assertFalse(text.contains("Kwiaciarnia i Pracownia"), "no part of it printed");
            assertTrue(text.contains("Ólafur Þórsson 2"), "the next piece printed");
        }
    }
}
