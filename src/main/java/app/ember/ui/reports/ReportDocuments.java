package app.ember.ui.reports;

import app.ember.domain.Table;
import app.ember.domain.report.Report;
import app.ember.i18n.Messages;
import app.ember.ui.common.DialogService;
import java.io.File;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/**
 * The report on paper and in files: print and Save PDF through the same PDFBox sheet as the
 * {@code report --pdf} command, and each table as CSV; asks where and says what failed, while
 * the view model writes them off the FX thread.
 */
final class ReportDocuments {
    private final ReportsViewModel model;
    private final DialogService dialogs;

    ReportDocuments(ReportsViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    void print() {
        model.print(error -> failed("reports.printFailed", error, null));
    }

    void savePdf(Window owner) {
        Report report = model.reportProperty().get();
        if (report == null) {
            return;
        }
        File file = choose(owner, "ember-report-" + report.period().name(model.weekStart()), "pdf", "reports.pdfFiles");
        if (file != null) {
            model.savePdf(file.toPath(), error -> failed("reports.documentFailed", error, owner));
        }
    }

    void saveCsv(Window owner, Table table, String name) {
        Report report = model.reportProperty().get();
        if (report == null) {
            return;
        }
        File file = choose(owner, "ember-" + name.replace('_', '-') + "-" + report.period().name(model.weekStart()), "csv",
                "reports.csvFiles");
        if (file != null) {
            model.saveCsv(table, file.toPath(), error -> failed("reports.documentFailed", error, owner));
        }
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
