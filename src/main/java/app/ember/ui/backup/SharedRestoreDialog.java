package app.ember.ui.backup;

import app.ember.i18n.Messages;
import app.ember.ui.common.DialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
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
    public static Optional<Path> ask(DialogService dialogs, Window owner, Path dataDir) {
        Path folder = dataDir.resolve("shared-backups");
        return dialogs.openFile(owner, Messages.get("restore.sharedTitle"), Files.isDirectory(folder) ? folder : null,
                        List.of(DialogService.FileType.of(Messages.get("restore.sharedFilter"), "zip")))
                .flatMap(file -> confirm(dialogs, owner, file));
    }

    static Optional<Path> confirm(DialogService dialogs, Window owner, Path file) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("restore.sharedConfirm", file.getFileName()),
                new ButtonType(Messages.get("restore.confirmButton"), ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        alert.setTitle(Messages.get("restore.title"));
        alert.setHeaderText(Messages.get("restore.sharedConfirmTitle"));
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setPrefWidth(480);
        boolean yes = dialogs.ask(alert, owner).map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
        return yes ? Optional.of(file) : Optional.empty();
    }
}
