package app.ember.ui.planner;

import app.ember.i18n.Messages;
import app.ember.ui.common.DialogService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks which day to put a lead off to: tomorrow unless the user picks or types another day. */
final class SnoozeDialog {
    private SnoozeDialog() {
    }

    static Optional<LocalDate> ask(DialogService dialogs, Window owner, PlanRow row, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        DatePicker picker = new DatePicker(today.plusDays(1));
        picker.setId("snooze-day");
        picker.setEditable(true);
        // Days gone by cannot be chosen: a snooze looks forward.
        picker.setDayCellFactory(view -> new DateCell() {
            @Override
            public void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                setDisable(empty || day.isBefore(today));
            }
        });
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("planner.snoozeTitle"));
        dialog.setHeaderText(Messages.format("planner.snoozeHeader", row.action().lead().name()));
        ButtonType snooze = new ButtonType(Messages.get("planner.snoozeButton"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(snooze, ButtonType.CANCEL);
        Label label = new Label(Messages.get("planner.snoozeDay"), picker);
        label.setContentDisplay(javafx.scene.control.ContentDisplay.BOTTOM);
        dialog.getDialogPane().setContent(new VBox(8, label));
        dialog.setResultConverter(button -> {
            if (button != snooze) {
                return null;
            }
            LocalDate day = typedDay(picker);
            return day == null || day.isBefore(today) ? null : day;
        });
        Platform.runLater(picker::requestFocus);
        return dialogs.ask(dialog, owner);
    }

    /** What the field holds now, even when the user typed a date and pressed Enter without leaving it. */
    private static LocalDate typedDay(DatePicker picker) {
        try {
            LocalDate typed = picker.getConverter().fromString(picker.getEditor().getText());
            return typed != null ? typed : picker.getValue();
        } catch (RuntimeException unreadable) {
            return picker.getValue();
        }
    }
}
