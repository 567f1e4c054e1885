package app.ember.ui.main;

import app.ember.i18n.Messages;
import app.ember.store.ServerAddress;
import app.ember.ui.common.DialogService;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for the password of a shared book when neither PGPASSWORD nor .pgpass has one (or the one given
 * was refused). What is typed goes to the driver and is kept in memory for this session only.
 */
final class ServerPassword {
    private ServerPassword() {
    }

    /** The typed password, or empty when the user cancelled. */
    static Optional<String> ask(DialogService dialogs, Window owner, ServerAddress address, boolean refused) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("server.passwordTitle"));
        dialog.setHeaderText(Messages.format(refused ? "server.passwordRefused" : "server.passwordAsked",
                address.user(), address.toString()));
        PasswordField field = new PasswordField();
        field.setId("serverPassword");
        Label hint = new Label(Messages.get("server.passwordHint"));
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        dialog.getDialogPane().setContent(new VBox(8, field, hint));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText() : null);
        Platform.runLater(field::requestFocus);
        return dialogs.ask(dialog, owner).filter(text -> !text.isEmpty());
    }
}
