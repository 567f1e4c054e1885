package app.ember.ui.backup;

import app.ember.i18n.Messages;
import app.ember.store.Backups;
import app.ember.store.NewerBackupException;
import app.ember.ui.common.DialogService;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File → Restore: the data dir's backups, newest first, with their date and number of leads, or a
 * backup file chosen elsewhere; then a confirmation that names the backup and says that the book as
 * it is now is backed up first.
 */
public final class RestoreDialog {
    /** The backup to restore and how to name it to the user. */
    public record Choice(Path file, String label) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.MEDIUM)
            .withLocale(Locale.getDefault(Locale.Category.FORMAT)).withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter WHEN_SHORT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG,
            FormatStyle.SHORT).withLocale(Locale.getDefault(Locale.Category.FORMAT)).withZone(ZoneId.systemDefault());

    private RestoreDialog() {
    }

    /** Asks which backup, then asks to confirm; empty when the user changed their mind. */
    public static Optional<Choice> ask(DialogService dialogs, Window owner, List<Backups.Backup> backups,
                                       RestoreViewModel model) {
        Dialog<Backups.Backup> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("restore.title"));
        dialog.setHeaderText(Messages.get("restore.header"));
        ButtonType restore = new ButtonType(Messages.get("restore.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(restore, ButtonType.CANCEL);

        ListView<Backups.Backup> list = new ListView<>();
        list.setId("restore-list");
        list.getItems().setAll(backups);
        list.setCellFactory(view -> new BackupCell());
        Label none = new Label(Messages.get("restore.none"));
        none.setWrapText(true);
        list.setPlaceholder(none);
        list.setPrefSize(560, 300);
        if (!backups.isEmpty()) {
            list.getSelectionModel().select(0);
        }
        Node restoreButton = dialog.getDialogPane().lookupButton(restore);
        restoreButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());

        Button chooseFile = new Button(Messages.get("restore.chooseFile"));
        chooseFile.setId("restore-choose-file");
        chooseFile.setOnAction(event -> {
            java.nio.file.Path file = dialogs.openFile(dialog.getDialogPane().getScene().getWindow(),
                    Messages.get("restore.fileTitle"), backups.isEmpty() ? null : backups.get(0).file().getParent(),
                    List.of(DialogService.FileType.of(Messages.get("restore.fileFilter"), "zip"))).orElse(null);
            if (file == null) {
                return;
            }
            try {
                Backups.Backup chosen = model.read(file);
                dialog.setResult(chosen);
                dialog.close();
            } catch (IllegalArgumentException e) {
                java.util.logging.Logger.getLogger(RestoreDialog.class.getName())
                        .log(java.util.logging.Level.INFO, "refused as a backup: " + file, e);
                Alert wrong = new Alert(Alert.AlertType.ERROR, e.getMessage());
                wrong.setHeaderText(Messages.get("restore.notABackup"));
                dialogs.ask(wrong, dialog.getDialogPane().getScene().getWindow());
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                ((Button) restoreButton).fire();
            }
        });
        VBox content = new VBox(10, list, chooseFile);
        VBox.setVgrow(list, Priority.ALWAYS);
        content.setPadding(new Insets(12, 14, 4, 14));
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        dialog.setResultConverter(button -> button == restore ? list.getSelectionModel().getSelectedItem() : null);
        return dialogs.ask(dialog, owner).filter(b -> b != null).flatMap(b -> confirm(dialogs, owner, b, model));
    }

    private static Optional<Choice> confirm(DialogService dialogs, Window owner, Backups.Backup backup,
                                            RestoreViewModel model) {
        try {
            model.refuseNewer(backup);
        } catch (NewerBackupException newer) {
            String maker = newer.ember().map(e -> Messages.format("restore.newerBoth", e, newer.schema()))
                    .orElse(Messages.format("restore.newerSchema", newer.schema()));
            Alert refused = new Alert(Alert.AlertType.ERROR, Messages.format("restore.newerText", maker));
            refused.setTitle(Messages.get("restore.title"));
            refused.setHeaderText(Messages.get("restore.newer"));
            refused.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
            refused.getDialogPane().setPrefWidth(480);
            dialogs.ask(refused, owner);
            return Optional.empty();
        }
        String label = WHEN_SHORT.format(backup.taken());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                Messages.format("restore.confirm", label, Messages.leadsInBackup(backup.leads())),
                new ButtonType(Messages.get("restore.confirmButton"), ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        alert.setTitle(Messages.get("restore.title"));
        alert.setHeaderText(Messages.get("restore.confirmTitle"));
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setPrefWidth(480);
        boolean yes = dialogs.ask(alert, owner).map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
        return yes ? Optional.of(new Choice(backup.file(), label)) : Optional.empty();
    }

    /** "Monday, 23 November 2026 at 09:15:04" (seconds tell apart two backups of one minute), under it "60 leads · 1.2 MB · daily". */
    private static final class BackupCell extends ListCell<Backups.Backup> {
        @Override
        protected void updateItem(Backups.Backup backup, boolean empty) {
            super.updateItem(backup, empty);
            if (empty || backup == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label when = new Label(WHEN.format(backup.taken()));
            when.getStyleClass().add("backup-when");
            String reason = backup.reason().isEmpty() ? "" : " · " + reasonText(backup.reason());
            Label details = new Label(Messages.leadsInBackup(backup.leads()) + " · " + size(backup.size()) + reason);
            details.getStyleClass().add("muted");
            // Two lines, and the cell as wide as the list: no sideways scrolling for a long date.
            setPrefWidth(0);
            setText(null);
            setGraphic(new javafx.scene.layout.VBox(2, when, details));
        }
    }

    private static String reasonText(String reason) {
        String key = "restore.reason." + reason.replace(' ', '-');
        return Messages.bundle().containsKey(key) ? Messages.get(key) : reason;
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format("%.0f kB", Math.max(1, bytes / 1024.0));
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
