package app.ember.ui.main;

import app.ember.i18n.Messages;
import app.ember.store.ServerAddress;
import app.ember.ui.common.DialogService;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for a shared book's address (postgresql://user@host:port/dbname), checked as it is typed: OK waits
 * until it reads, and the line under the field says what is wrong (an address with a password is refused,
 * so none is ever remembered). Used by File → Open shared book… and File → Move this book to a server….
 */
final class SharedBookDialog {
    private SharedBookDialog() {
    }

    /** The address typed, or empty when the user cancelled. */
    static Optional<ServerAddress> ask(DialogService dialogs, Window owner, String titleKey, String headerKey, String initial) {
        Dialog<ServerAddress> dialog = new Dialog<>();
        dialog.setTitle(Messages.get(titleKey));
        dialog.setHeaderText(Messages.get(headerKey));
        TextField field = new TextField(initial);
        field.setId("sharedUrl");
        field.setPromptText("postgresql://sam@books.example.com/florist");
        field.setPrefColumnCount(36);
        Label problem = new Label();
        problem.setId("sharedUrlProblem");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        problem.getStyleClass().add("field-problem");
        Label hint = new Label(Messages.get("shared.urlHint"));
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        // A wrapped line in a dialog is cut short ("…") unless it may take the height its text needs.
        problem.setMinHeight(Region.USE_PREF_SIZE);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(new VBox(8, field, problem, hint));
        dialog.getDialogPane().setPrefWidth(520);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("sharedUrlOk");
        Runnable check = () -> {
            // Nothing typed yet is not an error to shout about: OK simply waits.
            String why = field.getText().isBlank() ? "" : SharedBookViewModel.problem(field.getText());
            problem.setText(why);
            ok.setDisable(field.getText().isBlank() || !why.isEmpty());
            // The dialog grows with the reason shown, so its buttons are never cut off.
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        };
        field.textProperty().addListener((o, was, now) -> check.run());
        check.run();
        dialog.setResultConverter(button -> button == ButtonType.OK ? ServerAddress.parse(field.getText()) : null);
        Platform.runLater(() -> {
            field.requestFocus();
            field.end();
        });
        return dialogs.ask(dialog, owner);
    }
}
