package app.ember.ui.quicklog;

import app.ember.app.Services;
import app.ember.domain.Channel;
import app.ember.domain.Interaction;
import app.ember.domain.Lead;
import app.ember.i18n.Messages;
import app.ember.ui.common.Background;
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
     * @param editing the touch to change, or null to log a new one
     * @param onSaved runs after the touch is stored
     */
    public static Stage open(DialogService dialogs, Window owner, Services services, Background background, Lead lead,
                             Channel suggested, Interaction editing, Runnable onSaved) {
        QuickLogViewModel model = new QuickLogViewModel(services, background, lead, suggested, editing);
        Stage stage = dialogs.window(owner, Messages.get(editing == null ? "quicklog.windowTitle"
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
