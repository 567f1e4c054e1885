package app.ember.ui.settings;

import app.ember.app.Services;
import app.ember.i18n.Messages;
import app.ember.ui.common.Background;
import app.ember.ui.common.Dialogs;
import app.ember.ui.common.Theme;
import app.ember.ui.common.ViewLoader;
import javafx.scene.Scene;
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
    public static Stage open(Window owner, Services services, Background background, Runnable onSaved) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        SettingsViewModel model = new SettingsViewModel(services, background);
        Runnable close = () -> {
            if (!model.isDirty() || confirmDiscard(stage)) {
                stage.close();
            }
        };
        SettingsView view = new SettingsView(model, () -> {
            stage.close();
            onSaved.run();
        }, close);
        Scene scene = new Scene(ViewLoader.load(SettingsView.class, "Settings.fxml", view));
        Theme.follow(scene, owner);
        stage.setScene(scene);
        stage.setTitle(Messages.get("settings.windowTitle"));
        stage.setOnCloseRequest(event -> {
            event.consume();
            close.run();
        });
        stage.show();
        return stage;
    }

    /** The question asked before changed settings are thrown away. */
    private static boolean confirmDiscard(Stage owner) {
        ButtonType discard = new ButtonType(Messages.get("settings.discard"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.get("settings.keepEditing"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("settings.discardBody"), discard, keep);
        Dialogs.own(alert, owner);
        alert.setTitle(Messages.get("settings.windowTitle"));
        alert.setHeaderText(Messages.get("settings.discardTitle"));
        // Enter keeps the changes: throwing work away must take a deliberate click.
        ((Button) alert.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(discard::equals).isPresent();
    }
}
