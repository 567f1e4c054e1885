package app.ember.bench;

import app.ember.domain.PostalAddress;
import app.ember.domain.Recipient;
import app.ember.mail.LabelTemplate;
import app.ember.mail.LabelTemplates;
import app.ember.mail.MailDocuments;
import app.ember.mail.MailJob;
import app.ember.domain.Sender;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A big mailing on paper: 10,000 Avery 5160 labels drawn and saved as a PDF with DejaVu embedded
 * as a subset (goal: under 2 s), and the first sheet of that file rendered at 96 dpi as the print
 * preview shows it (goal: under 300 ms). Figures go to target/bench/labels.txt.
 */
public final class LabelTimings {
    private static final int PIECES = 10_000;
    private static final float PREVIEW_DPI = 96;

    private LabelTimings() {
    }

    public static void main(String[] args) throws Exception {
        Timings timings = new Timings();
        LabelTemplate avery = LabelTemplates.load(null).find("avery-5160").orElseThrow();
        Sender sender = new Sender("Blumen Anna", new PostalAddress("Gartenweg 3", "", "München", "", "80331", "DE"));
        MailJob job = new MailJob(recipients(PIECES), avery, 1, 0, 0, sender);
        Path out = Path.of("target", "bench", "labels-10000.pdf");
        Files.createDirectories(out.getParent());

        timings.line("%,d Avery 5160 labels (%d sheets), DejaVu Sans embedded as a subset; %d cores, %s %s",
                PIECES, avery.sheetsFor(PIECES, 1), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        // The user's first print of a session pays for class loading and a cold JIT: measured once, first.
        timings.add("draw + save, first run in this JVM (cold)", Timings.measure(0, 1, () -> {
            try (PDDocument document = MailDocuments.labels(job).document()) {
                MailDocuments.write(document, out);
                return document.getNumberOfPages();
            }
        }));
        timings.add("draw only (in memory, not saved)", Timings.measure(2, 5, () -> {
            try (PDDocument document = MailDocuments.labels(job).document()) {
                return document.getNumberOfPages();
            }
        }));
        timings.add("draw + save to a PDF file", Timings.measure(2, 5, () -> {
            try (PDDocument document = MailDocuments.labels(job).document()) {
                MailDocuments.write(document, out);
                return document.getNumberOfPages();
            }
        }));
        timings.line("file: %,d bytes", Files.size(out));

        timings.add("preview: open the file + sheet 1 at 96 dpi", Timings.measure(3, 20, () -> {
            try (PDDocument document = Loader.loadPDF(out.toFile())) {
                return preview(document).getWidth();
            }
        }));
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            timings.add("preview: sheet 1 at 96 dpi (file open)", Timings.measure(3, 20,
                    () -> preview(document).getWidth()));
        }
        // The preview measures the whole run first, to leave out and name what will not fit (issue 16).
        timings.add("preview: which of the pieces fit, whole run measured", Timings.measure(2, 5,
                () -> MailDocuments.fitting(job, false).printed().size()));
        try (PDDocument document = MailDocuments.labels(job).document()) {
            timings.add("preview: sheet 1 at 96 dpi (drawn, not saved)", Timings.measure(3, 20,
                    () -> preview(document).getWidth()));
        }
        timings.write("labels.txt");
    }

    private static BufferedImage preview(PDDocument document) throws java.io.IOException {
        return new PDFRenderer(document).renderImageWithDPI(0, PREVIEW_DPI, ImageType.RGB);
    }

    /** Names and addresses from six countries with their own postal rules, accents included. */
    private static List<Recipient> recipients(int count) {
        String[] first = {"Anna", "Łucja", "Ólafur", "Zoë", "Chloé", "Jürgen", "Émilie", "Søren", "Mia", "Oliver"};
        String[] last = {"Smith", "Wróbel", "Þórsson", "Ștefănescu", "Lefèvre", "Müller", "Tremblay", "Nguyen"};
        String[] companies = {"", "", "Fleurs de Chloé", "Blumenhaus Müller GmbH", "Kwiaciarnia Żółć", ""};
        PostalAddress[] places = {
            new PostalAddress("410 N Michigan Ave", "Suite 200", "Chicago", "IL", "60611", "US"),
            new PostalAddress("10 Downing Street", "", "London", "", "SW1A 2AA", "GB"),
            new PostalAddress("1234 rue Sherbrooke O", "", "Montréal", "QC", "H3Z 2Y7", "CA"),
            new PostalAddress("Hauptstraße 5", "", "Berlin", "", "10115", "DE"),
            new PostalAddress("12 rue des Lilas", "", "Paris", "", "75008", "FR"),
            new PostalAddress("5 Crown St", "", "Surry Hills", "NSW", "2010", "AU"),
            new PostalAddress("ul. Floriańska 12/4", "", "Kraków", "", "31-019", "PL")};
        List<Recipient> recipients = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = first[i % first.length] + " " + last[(i / 3) % last.length] + " " + i;
            recipients.add(new Recipient(List.of((long) i), List.of(name), name, companies[i % companies.length],
                    places[(i / 7) % places.length]));
        }
        return recipients;
    }
}
