package app.ember.ui.editor;

import app.ember.app.Services;
import app.ember.domain.Lead;
import app.ember.i18n.Messages;
import app.ember.ui.common.Background;
import app.ember.ui.common.Dialogs;
import app.ember.ui.common.Theme;
import app.ember.ui.common.ViewLoader;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the lead form in its own window and asks before closing it with unsaved changes. */
public final class LeadEditorWindow {
    private LeadEditorWindow() {
    }

    /**
     * @param lead    the lead to edit, or null for a new one
     * @param onSaved gets the saved lead's id
     */
    public static Stage open(Window owner, Services services, Background background, Lead lead, List<String> sources,
                             Consumer<Long> onSaved) {
        return open(owner, services, background, lead, app.ember.domain.Contacts.NONE, sources, onSaved);
    }

    /**
     * @param lead     the lead to edit, or null for a new one
     * @param contacts its further e-mails, phones and addresses and the labels of all
     * @param onSaved  gets the saved lead's id
     */
    public static Stage open(Window owner, Services services, Background background, Lead lead,
                             app.ember.domain.Contacts contacts, List<String> sources, Consumer<Long> onSaved) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        LeadEditorViewModel model = new LeadEditorViewModel(services, background, lead, contacts);
        Runnable close = () -> {
            if (!model.dirtyProperty().get() || confirmDiscard(stage, lead)) {
                stage.close();
            }
        };
        LeadEditorView view = new LeadEditorView(model, sources, id -> {
            stage.close();
            onSaved.accept(id);
        }, close);
        Scene scene = new Scene(ViewLoader.load(view));
        Theme.follow(scene, owner);
        stage.setScene(scene);
        stage.setTitle(lead == null ? Messages.get("editor.newTitle") : Messages.format("editor.editTitle", lead.name()));
        stage.setOnCloseRequest(event -> {
            event.consume();
            close.run();
        });
        stage.show();
        return stage;
    }

    /** The question asked before typed changes are thrown away. */
    private static boolean confirmDiscard(Stage owner, Lead lead) {
        ButtonType discard = new ButtonType(Messages.get("editor.discard"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.get("editor.keepEditing"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("editor.discardBody"), discard, keep);
        Dialogs.own(alert, owner);
        // Enter keeps what was typed: losing work must take a deliberate click.
        ((Button) alert.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        alert.setHeaderText(lead == null ? Messages.get("editor.discardNewTitle")
                : Messages.format("editor.discardTitle", lead.name()));
        return alert.showAndWait().filter(discard::equals).isPresent();
    }
}
