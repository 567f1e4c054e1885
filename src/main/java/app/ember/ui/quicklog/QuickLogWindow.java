package app.ember.ui.quicklog;

import app.ember.i18n.Messages;
import app.ember.ui.common.DialogService;
import app.ember.ui.common.ViewLoader;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the quick-log panel as a small window over the main one. */
public final class QuickLogWindow {
    private QuickLogWindow() {
    }

    /**
     * @param model   the touch to log, or the one to change (see {@code MainViewModel.quickLog})
     * @param onSaved runs after the touch is stored
     */
    public static Stage open(DialogService dialogs, Window owner, QuickLogViewModel model, Runnable onSaved) {
        Stage stage = dialogs.window(owner, Messages.get(!model.isEditing() ? "quicklog.windowTitle"
                : "quicklog.editWindowTitle"), window -> ViewLoader.load(new QuickLogView(model, () -> {
                    window.close();
                    onSaved.run();
                }, window::close)));
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setResizable(false);
        stage.show();
        return stage;
    }
}
