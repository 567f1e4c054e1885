package app.ember.ui.planner;

import app.ember.domain.WeekPlan;
import app.ember.i18n.Messages;
import app.ember.io.PlanCalendar;
import app.ember.mail.PdfPrinting;
import app.ember.mail.PlanSheet;
import app.ember.ui.common.DialogService;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The plan on paper and in a calendar: print, save as PDF, export as iCalendar; all off the FX thread. */
final class PlanDocuments {
    private final PlannerViewModel model;
    private final DialogService dialogs;

    PlanDocuments(PlannerViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    void print() {
        WeekPlan plan = model.planProperty().get();
        if (plan == null) {
            return;
        }
        ZoneId zone = model.services().clock().getZone();
        // The system print dialog is AWT's own and modal on its own thread; the FX thread stays free meanwhile.
        model.background().run(() -> {
            try (PDDocument document = PlanSheet.render(plan, zone, Locale.getDefault(Locale.Category.FORMAT))) {
                return PdfPrinting.printWithDialog(document, Messages.format("planner.printJob", plan.week().isoName()));
            }
        }, printed -> {
            if (printed) {
                model.say(Messages.get("planner.printed"));
            }
        }, error -> failed("planner.printFailed", error));
    }

    void savePdf(Window owner) {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        saveAs(owner, "pdf", "planner.pdfFiles", (plan, zone, file) -> PlanSheet.write(plan, zone, locale, file));
    }

    void exportCalendar(Window owner) {
        saveAs(owner, "ics", "planner.icsFiles", PlanCalendar::write);
    }

    private interface Writer {
        void write(WeekPlan plan, ZoneId zone, Path file) throws IOException;
    }

    /** Asks where, then writes the plan there off the FX thread and says so in the status line. */
    private void saveAs(Window owner, String extension, String descriptionKey, Writer writer) {
        WeekPlan plan = model.planProperty().get();
        File file = choose(owner, plan, extension, Messages.get(descriptionKey));
        if (file == null) {
            return;
        }
        ZoneId zone = model.services().clock().getZone();
        model.background().run(() -> {
            writer.write(plan, zone, file.toPath());
            return file.toPath();
        }, saved -> model.say(Messages.format("planner.saved", saved.getFileName())),
                error -> failed("planner.documentFailed", error));
    }

    private File choose(Window owner, WeekPlan plan, String extension, String description) {
        if (plan == null) {
            return null;
        }
        DialogService.FileType type = DialogService.FileType.of(description, extension);
        return dialogs.saveFile(owner, Messages.get(extension.equals("pdf") ? "planner.pdf" : "planner.calendar"),
                "ember-plan-" + plan.week().isoName() + "." + extension, java.util.List.of(type))
                .map(choice -> type.withEnding(choice.file()).toFile()).orElse(null);
    }

    /** Says what went wrong in words (no printer, a folder that cannot be written), over the main window. */
    private void failed(String headerKey, Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        Alert alert = new Alert(Alert.AlertType.WARNING, message);
        alert.setHeaderText(Messages.get(headerKey));
        dialogs.tell(alert, model.owner());
    }

}
