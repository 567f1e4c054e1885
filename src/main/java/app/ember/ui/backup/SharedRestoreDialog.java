package app.ember.ui.backup;

import app.ember.i18n.Messages;
import app.ember.ui.common.Dialogs;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Restore on a shared book: which portable backup (the data dir's shared-backups/ first), and a
 * confirmation saying it goes only into an empty book. The book's own backups list is the data dir's,
 * which a shared book has nothing to do with.
 */
public final class SharedRestoreDialog {
    private SharedRestoreDialog() {
    }

    /** The chosen and confirmed file, or empty. */
    public static Optional<Path> ask(Window owner, Path dataDir) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("restore.sharedTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("restore.sharedFilter"), "*.zip"));
        Path folder = dataDir.resolve("shared-backups");
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File file = chooser.showOpenDialog(owner);
        return file == null ? Optional.empty() : confirm(owner, file.toPath());
    }

    static Optional<Path> confirm(Window owner, Path file) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("restore.sharedConfirm", file.getFileName()),
                new ButtonType(Messages.get("restore.confirmButton"), ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        Dialogs.own(alert, owner);
        alert.setTitle(Messages.get("restore.title"));
        alert.setHeaderText(Messages.get("restore.sharedConfirmTitle"));
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setPrefWidth(480);
        boolean yes = alert.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
        return yes ? Optional.of(file) : Optional.empty();
    }
}
