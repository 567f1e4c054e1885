package app.ember.ui.importer;

import app.ember.domain.ImportSummary;
import app.ember.i18n.Messages;
import app.ember.ui.common.DialogService;
import app.ember.ui.common.ViewLoader;
import java.util.function.Consumer;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the import wizard as a window over the main one. */
public final class ImportWindow {
    private ImportWindow() {
    }

    /** @param onImported runs after an import went in (the window stays open to show what happened) */
    public static Stage open(DialogService dialogs, Window owner, ImportViewModel model,
                             Consumer<ImportSummary> onImported) {
        Stage stage = dialogs.window(owner, Messages.get("import.title"),
                window -> ViewLoader.load(new ImportView(model, dialogs, onImported, window::close)));
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setOnCloseRequest(event -> model.cancel());
        stage.show();
        return stage;
    }
}
