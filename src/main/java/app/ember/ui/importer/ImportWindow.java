package app.ember.ui.importer;

import app.ember.app.Services;
import app.ember.domain.ImportSummary;
import app.ember.i18n.Messages;
import app.ember.ui.common.Background;
import app.ember.ui.common.Theme;
import app.ember.ui.common.ViewLoader;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the import wizard as a window over the main one. */
public final class ImportWindow {
    private ImportWindow() {
    }

    /** @param onImported runs after an import went in (the window stays open to show what happened) */
    public static Stage open(Window owner, Services services, Background background, Consumer<ImportSummary> onImported) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        ImportViewModel model = new ImportViewModel(services, background);
        ImportView view = new ImportView(model, onImported, stage::close);
        Parent root = ViewLoader.load(view);
        // Tests open a file through the view: a file chooser cannot be driven headless.
        root.setUserData(view);
        Scene scene = new Scene(root);
        Theme.follow(scene, owner);
        stage.setScene(scene);
        stage.setTitle(Messages.get("import.title"));
        stage.setOnCloseRequest(event -> model.cancel());
        stage.show();
        return stage;
    }
}
