package app.ember.ui.editor;

import app.ember.domain.Lead;
import app.ember.i18n.Messages;
import app.ember.ui.common.DialogService;
import app.ember.ui.common.ViewLoader;
import java.util.List;
import java.util.function.Consumer;
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
     * @param model   the lead to edit, or a new one, with its further contacts (see {@code MainViewModel.editor})
     * @param onSaved gets the saved lead's id
     */
    public static Stage open(DialogService dialogs, Window owner, LeadEditorViewModel model, List<String> sources,
                             Consumer<Long> onSaved) {
        Lead lead = model.original();
        Consumer<Stage> close = window -> {
            if (!model.dirtyProperty().get() || confirmDiscard(dialogs, window, lead)) {
                window.close();
            }
        };
        Stage stage = dialogs.window(owner, lead == null ? Messages.get("editor.newTitle")
                : Messages.format("editor.editTitle", lead.name()), window -> ViewLoader.load(
                        new LeadEditorView(model, sources, id -> {
                            window.close();
                            onSaved.accept(id);
                        }, () -> close.accept(window))));
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setOnCloseRequest(event -> {
            event.consume();
            close.accept(stage);
        });
        stage.show();
        return stage;
    }

    /** The question asked before typed changes are thrown away. */
    private static boolean confirmDiscard(DialogService dialogs, Stage owner, Lead lead) {
        ButtonType discard = new ButtonType(Messages.get("editor.discard"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.get("editor.keepEditing"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("editor.discardBody"), discard, keep);
        // Enter keeps what was typed: losing work must take a deliberate click.
        ((Button) alert.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        alert.setHeaderText(lead == null ? Messages.get("editor.discardNewTitle")
                : Messages.format("editor.discardTitle", lead.name()));
        return dialogs.ask(alert, owner).filter(discard::equals).isPresent();
    }
}
