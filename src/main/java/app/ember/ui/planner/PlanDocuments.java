package app.ember.ui.planner;

import app.ember.domain.WeekPlan;
import app.ember.i18n.Messages;
import app.ember.ui.common.DialogService;
import java.io.File;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/** The plan on paper and in a calendar: asks where and says what failed; the view model does the work off the FX thread. */
final class PlanDocuments {
    private final PlannerViewModel model;
    private final DialogService dialogs;

    PlanDocuments(PlannerViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    void print() {
        model.print(error -> failed("planner.printFailed", error));
    }

    void savePdf(Window owner) {
        File file = choose(owner, "pdf", "planner.pdfFiles");
        if (file != null) {
            model.savePdf(file.toPath(), error -> failed("planner.documentFailed", error));
        }
    }

    void exportCalendar(Window owner) {
        File file = choose(owner, "ics", "planner.icsFiles");
        if (file != null) {
            model.exportCalendar(file.toPath(), error -> failed("planner.documentFailed", error));
        }
    }

    /** Asks where to write the shown plan; null when there is no plan or the user cancelled. */
    private File choose(Window owner, String extension, String descriptionKey) {
        WeekPlan plan = model.planProperty().get();
        if (plan == null) {
            return null;
        }
        String description = Messages.get(descriptionKey);
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
