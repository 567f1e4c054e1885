package app.ember.ui.mailing;

import app.ember.domain.Recipient;
import app.ember.mail.LabelTemplate;
import app.ember.mail.MailDocuments;
import app.ember.mail.MailJob;
import java.awt.image.BufferedImage;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * One page of the mailing as it will print, drawn in the background. Only that page's pieces are
 * laid out, so the preview of 10,000 labels costs one sheet, not the whole run.
 */
final class MailPreview {
    /** Screen resolution; the view scales the picture to fit. */
    private static final float DPI = 96f;
    /** A zoomed preview is drawn sharper, up to this (a Letter page at 200 dpi is 1700 × 2200 pixels). */
    private static final float MAX_DPI = 200f;
    /** A mailing list's preview lays out at most this many pieces (a few pages). */
    private static final int LIST_PREVIEW = 400;

    private final MailingViewModel model;
    private final MailingRuns runs;
    private final ObjectProperty<Image> image = new SimpleObjectProperty<>();
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final IntegerProperty pages = new SimpleIntegerProperty();
    private final ObservableList<String> unfit = FXCollections.observableArrayList();
    private double zoom = 1;
    /** The last run measured and what fitted: turning pages or zooming does not measure 10,000 pieces again. */
    private volatile Measured measured;
    private long generation;

    MailPreview(MailingViewModel model, MailingRuns runs) {
        this.model = model;
        this.runs = runs;
    }

    void refresh() {
        long mine = ++generation;
        List<Recipient> recipients = model.recipients();
        MailingViewModel.Output output = model.outputProperty().get();
        LabelTemplate template = model.templateProperty().get();
        if (recipients.isEmpty() || output == MailingViewModel.Output.CSV || output.kind() != null && template == null) {
            image.set(null);
            pages.set(0);
            unfit.clear();
            return;
        }
        int shown = Math.max(0, page.get());
        MailJob whole = runs.job(recipients);
        float dpi = (float) Math.min(DPI * zoom, MAX_DPI);
        model.offThread(() -> draw(output, whole, shown, dpi), drawn -> {
            if (mine == generation) {
                image.set(drawn.image);
                pages.set(drawn.pages);
                page.set(Math.min(shown, Math.max(0, drawn.pages - 1)));
                unfit.setAll(drawn.unfit);
            }
        }, model.onFailure());
    }

    /** Draws the preview again {@code factor} times sharper (1: screen resolution). */
    void zoom(double factor) {
        zoom = factor;
        refresh();
    }

    private record Drawn(Image image, int pages, List<String> unfit) {
    }

    private Drawn draw(MailingViewModel.Output output, MailJob whole, int shown, float dpi) throws Exception {
        MailDocuments.Rendered rendered;
        int index = 0;
        int total;
        List<String> unfit = List.of();
        if (output.kind() == null) {
            List<Recipient> some = whole.recipients().subList(0, Math.min(LIST_PREVIEW, whole.recipients().size()));
            rendered = runs.render(some);
            index = shown;
            total = -1;
        } else {
            // The whole run measured first: a piece that does not fit is left out and the next takes its label.
            MailDocuments.Drawn fitting = fitting(whole, output == MailingViewModel.Output.POSTCARDS);
            unfit = fitting.overflows();
            MailJob printed = new MailJob(fitting.printed(), whole.template(), whole.startAt(), whole.offsetX(),
                    whole.offsetY(), whole.sender());
            // An empty run still shows its first, empty sheet.
            total = Math.max(1, whole.template().sheetsFor(printed.recipients().size(), whole.startAt()));
            rendered = pageOf(output, printed, Math.min(shown, total - 1));
        }
        try (PDDocument document = rendered.document()) {
            int count = document.getNumberOfPages();
            if (count == 0) {
                return new Drawn(null, 0, unfit);
            }
            BufferedImage picture = new PDFRenderer(document).renderImageWithDPI(Math.min(index, count - 1), dpi);
            return new Drawn(toFx(picture), total < 0 ? count : total, unfit);
        }
    }

    private record Measured(List<Recipient> recipients, LabelTemplate template, String home, boolean postcards,
                            MailDocuments.Drawn fitting) {
    }

    private MailDocuments.Drawn fitting(MailJob whole, boolean postcards) {
        Measured last = measured;
        String home = whole.sender().homeCountry();
        if (last != null && last.recipients() == whole.recipients() && last.template().equals(whole.template())
                && last.home().equals(home) && last.postcards() == postcards) {
            return last.fitting();
        }
        MailDocuments.Drawn fitting = MailDocuments.fitting(whole, postcards);
        measured = new Measured(whole.recipients(), whole.template(), home, postcards, fitting);
        return fitting;
    }

    /** Only the pieces of one sheet, placed as they will be in the whole run. */
    private static MailDocuments.Rendered pageOf(MailingViewModel.Output output, MailJob whole, int sheet) {
        int perSheet = whole.template().perSheet();
        int first = perSheet - (whole.startAt() - 1);
        int from = sheet == 0 ? 0 : first + (sheet - 1) * perSheet;
        int to = Math.min(whole.recipients().size(), sheet == 0 ? first : from + perSheet);
        List<Recipient> slice = whole.recipients().subList(Math.min(from, to), to);
        if (slice.isEmpty()) {
            // Nothing on this sheet (every piece left out): an empty sheet of the right paper.
            PDDocument blank = new PDDocument();
            blank.addPage(new PDPage(new PDRectangle((float) (whole.template().pageWidth() * 72 / 25.4),
                    (float) (whole.template().pageHeight() * 72 / 25.4))));
            return new MailDocuments.Rendered(blank, List.of());
        }
        MailJob job = new MailJob(slice, whole.template(), sheet == 0 ? whole.startAt() : 1, whole.offsetX(),
                whole.offsetY(), whole.sender());
        return output == MailingViewModel.Output.POSTCARDS ? MailDocuments.postcards(job) : MailDocuments.labels(job);
    }

    private static Image toFx(BufferedImage picture) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        int[] pixels = picture.getRGB(0, 0, width, height, null, 0, width);
        WritableImage fx = new WritableImage(width, height);
        fx.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return fx;
    }

    void next() {
        if (page.get() + 1 < pages.get()) {
            page.set(page.get() + 1);
            refresh();
        }
    }

    void previous() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
            refresh();
        }
    }

    void first() {
        page.set(0);
    }

    ObjectProperty<Image> imageProperty() {
        return image;
    }

    IntegerProperty pageProperty() {
        return page;
    }

    IntegerProperty pagesProperty() {
        return pages;
    }

    /** The pieces of the whole run that do not fit and are left out, with their leads and why. */
    ObservableList<String> unfit() {
        return unfit;
    }
}
