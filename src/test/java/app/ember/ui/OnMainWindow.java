package app.ember.ui;

import app.ember.app.Services;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.Start;

/**
 * The shared start of a UI test on the real main window: a fresh data dir, filled by {@link #prepare} (and
 * the sample book when {@link #withSampleLeads} says so) before the window opens, closed after each test.
 * A subclass writes only its tests; {@link FxExtension} finds the {@code @Start} here.
 */
@ExtendWith(FxExtension.class)
abstract class OnMainWindow {
    /** The window under test, new for each test. */
    protected WindowFixture window;

    /** Whether the book holds the 60 sample leads before the window opens (none by default). */
    protected boolean withSampleLeads() {
        return false;
    }

    /** Fills the book before the window opens; nothing by default. */
    protected void prepare(Services services) {
    }

    @Start
    final void openMainWindow(Stage stage) throws Exception {
        window = new WindowFixture(stage, withSampleLeads(), this::prepare);
    }

    @AfterEach
    final void closeMainWindow() throws Exception {
        if (window != null) {
            window.close();
        }
    }
}
