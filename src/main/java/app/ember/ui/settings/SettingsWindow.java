package app.ember.ui.settings;

import app.ember.i18n.Messages;
import app.ember.ui.common.DialogService;
import app.ember.ui.common.ViewLoader;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the follow-up policy settings over the main window and asks before throwing changes away. */
public final class SettingsWindow {
    private SettingsWindow() {
    }

    /**
     * Shows the settings window, modal to its owner, with the owner's stylesheets and theme.
     *
     * @param onSaved runs on the JavaFX thread after the policy is stored and the window has closed
     * @return the shown stage
     */
    public static Stage open(DialogService dialogs, Window owner, SettingsViewModel model, Runnable onSaved) {
        Consumer<Stage> close = window -> {
            if (!model.isDirty() || confirmDiscard(dialogs, window)) {
                window.close();
            }
        };
        Stage stage = dialogs.window(owner, Messages.get("settings.windowTitle"), window -> ViewLoader.load(
                new SettingsView(model, () -> {
                    window.close();
                    onSaved.run();
                }, () -> close.accept(window))));
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setOnCloseRequest(event -> {
            event.consume();
            close.accept(stage);
        });
        stage.show();
        return stage;
    }

    /** The question asked before changed settings are thrown away. */
    private static boolean confirmDiscard(DialogService dialogs, Stage owner) {
        ButtonType discard = new ButtonType(Messages.get("settings.discard"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.get("settings.keepEditing"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("settings.discardBody"), discard, keep);
        alert.setTitle(Messages.get("settings.windowTitle"));
        alert.setHeaderText(Messages.get("settings.discardTitle"));
        // Enter keeps the changes: throwing work away must take a deliberate click.
        ((Button) alert.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return dialogs.ask(alert, owner).filter(discard::equals).isPresent();
    }
}
