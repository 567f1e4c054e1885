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
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * One page of the mailing as it will print, drawn in the background. Only that page's pieces are
 * laid out, so the preview of 10,000 labels costs one sheet, not the whole run.
 */
final class MailPreview {
    /** Screen resolution; the view scales the picture to fit. */
    private static final float DPI = 96f;
    /** A mailing list's preview lays out at most this many pieces (a few pages). */
    private static final int LIST_PREVIEW = 400;

    private final MailingViewModel model;
    private final MailingRuns runs;
    private final ObjectProperty<Image> image = new SimpleObjectProperty<>();
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final IntegerProperty pages = new SimpleIntegerProperty();
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
            return;
        }
        // An empty run still shows its first, empty sheet.
        int total = output.kind() == null ? 0
                : Math.max(1, template.sheetsFor(recipients.size(), model.startAtProperty().get()));
        int shown = Math.max(0, Math.min(page.get(), Math.max(0, total - 1)));
        MailJob whole = runs.job(recipients);
        model.background().run(() -> draw(output, whole, shown), drawn -> {
            if (mine == generation) {
                image.set(drawn.image);
                pages.set(output.kind() == null ? drawn.pages : total);
                page.set(Math.min(shown, Math.max(0, pages.get() - 1)));
            }
        }, model.onFailure());
    }

    private record Drawn(Image image, int pages) {
    }

    private Drawn draw(MailingViewModel.Output output, MailJob whole, int shown) throws Exception {
        MailDocuments.Rendered rendered;
        int index = 0;
        if (output.kind() == null) {
            List<Recipient> some = whole.recipients().subList(0, Math.min(LIST_PREVIEW, whole.recipients().size()));
            rendered = runs.render(some);
            index = shown;
        } else {
            rendered = pageOf(output, whole, shown);
        }
        try (PDDocument document = rendered.document()) {
            int count = document.getNumberOfPages();
            if (count == 0) {
                return new Drawn(null, 0);
            }
            BufferedImage picture = new PDFRenderer(document).renderImageWithDPI(Math.min(index, count - 1), DPI);
            return new Drawn(toFx(picture), count);
        }
    }

    /** Only the pieces of one sheet, placed as they will be in the whole run. */
    private static MailDocuments.Rendered pageOf(MailingViewModel.Output output, MailJob whole, int sheet) {
        int perSheet = whole.template().perSheet();
        int first = perSheet - (whole.startAt() - 1);
        int from = sheet == 0 ? 0 : first + (sheet - 1) * perSheet;
        int to = Math.min(whole.recipients().size(), sheet == 0 ? first : from + perSheet);
        List<Recipient> slice = whole.recipients().subList(Math.min(from, to), to);
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
}
