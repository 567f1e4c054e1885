package app.ember.ui.reports;

import app.ember.domain.Table;
import app.ember.domain.report.Report;
import app.ember.i18n.Messages;
import app.ember.io.ReportTables;
import app.ember.mail.PdfPrinting;
import app.ember.mail.ReportSheet;
import app.ember.ui.common.DialogService;
import java.io.File;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The report on paper and in files: print and Save PDF through the same PDFBox sheet as the
 * {@code report --pdf} command, and each table as CSV; all written off the FX thread.
 */
final class ReportDocuments {
    private final ReportsViewModel model;
    private final DialogService dialogs;

    ReportDocuments(ReportsViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    void print() {
        Report report = model.reportProperty().get();
        if (report == null) {
            return;
        }
        ZoneId zone = model.services().clock().getZone();
        DayOfWeek weekStart = model.services().policy().weekStart();
        model.background().run(() -> {
            try (PDDocument document = ReportSheet.render(report, weekStart, zone,
                    Locale.getDefault(Locale.Category.FORMAT))) {
                return PdfPrinting.printWithDialog(document, Messages.format("reports.printJob",
                        report.period().name(weekStart)));
            }
        }, printed -> {
            if (printed) {
                model.say(Messages.get("reports.printed"));
            }
        }, error -> failed("reports.printFailed", error, null));
    }

    void savePdf(Window owner) {
        Report report = model.reportProperty().get();
        if (report == null) {
            return;
        }
        DayOfWeek weekStart = model.services().policy().weekStart();
        File file = choose(owner, "ember-report-" + report.period().name(weekStart), "pdf", "reports.pdfFiles");
        if (file == null) {
            return;
        }
        ZoneId zone = model.services().clock().getZone();
        model.background().run(() -> {
            ReportSheet.write(report, weekStart, zone, Locale.getDefault(Locale.Category.FORMAT), file.toPath());
            return file.toPath();
        }, this::saved, error -> failed("reports.documentFailed", error, owner));
    }

    void saveCsv(Window owner, Table table, String name) {
        Report report = model.reportProperty().get();
        if (report == null) {
            return;
        }
        DayOfWeek weekStart = model.services().policy().weekStart();
        File file = choose(owner, "ember-" + name.replace('_', '-') + "-" + report.period().name(weekStart), "csv",
                "reports.csvFiles");
        if (file == null) {
            return;
        }
        model.background().run(() -> {
            ReportTables.write(table, file.toPath());
            return file.toPath();
        }, this::saved, error -> failed("reports.documentFailed", error, owner));
    }

    private void saved(Path file) {
        model.say(Messages.format("reports.saved", file.getFileName()));
    }

    private File choose(Window owner, String name, String extension, String descriptionKey) {
        DialogService.FileType type = DialogService.FileType.of(Messages.get(descriptionKey), extension);
        return dialogs.saveFile(owner, null, name + "." + extension, java.util.List.of(type))
                .map(choice -> type.withEnding(choice.file()).toFile()).orElse(null);
    }

    private void failed(String headerKey, Throwable error, Window owner) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        Alert alert = new Alert(Alert.AlertType.WARNING, message);
        alert.setHeaderText(Messages.get(headerKey));
        dialogs.tell(alert, owner);
    }
}
