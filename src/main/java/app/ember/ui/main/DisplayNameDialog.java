package app.ember.ui.main;

import app.ember.app.DisplayName;
import app.ember.i18n.Messages;
import app.ember.ui.common.DialogService;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks, once, for the name this person's work is kept under in a shared book (the first time one opens
 * here and no name is set). OK waits until the name reads; the field says what is wrong as one types.
 */
final class DisplayNameDialog {
    private DisplayNameDialog() {
    }

    /**
     * The name typed, checked ({@link DisplayName#check}); empty when the user cancelled.
     *
     * @param suggested what the field starts with (the role they log in as)
     */
    static Optional<String> ask(DialogService dialogs, Window owner, String book, String suggested) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("name.title"));
        dialog.setHeaderText(Messages.format("name.header", book));
        TextField field = new TextField(suggested);
        field.setId("displayName");
        field.setPromptText(Messages.get("name.prompt"));
        Label problem = new Label();
        problem.setId("displayNameProblem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(new VBox(8, field, problem));
        dialog.getDialogPane().setPrefWidth(480);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        Runnable check = () -> {
            String why = problem(field.getText());
            problem.setText(why);
            ok.setDisable(!why.isEmpty());
        };
        field.textProperty().addListener((o, was, now) -> check.run());
        check.run();
        dialog.setResultConverter(button -> button == ButtonType.OK ? DisplayName.check(field.getText()) : null);
        Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        });
        return dialogs.ask(dialog, owner);
    }

    /** What is wrong with the name as typed, in words; "" when it reads. */
    static String problem(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            return Messages.get("name.empty");
        }
        return name.length() > DisplayName.MAX ? Messages.get("name.tooLong") : "";
    }
}
