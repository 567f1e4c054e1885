package app.ember.ui;

import app.ember.app.Services;
import app.ember.domain.LeadRow;
import app.ember.store.Database;
import app.ember.ui.common.Background;
import app.ember.ui.common.Theme;
import app.ember.ui.main.MainView;
import app.ember.ui.main.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a fresh data dir, for TestFX tests; optionally with the sample book loaded. */
final class WindowFixture implements AutoCloseable {
    final Services services;
    final Background background;
    final MainViewModel model;
    /** Answers the window's file choosers and, when scripted, its questions. */
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Stage stage;
    /** The window's services now: a restore or a shared book builds the window again on new ones. */
    private Services currentServices;
    /** The window's model now: a restore builds the window again on new services. */
    private volatile MainViewModel current;

    WindowFixture(Stage stage, boolean withSampleLeads) throws Exception {
        this(stage, withSampleLeads, services -> { });
    }

    /** @param prepare fills the data dir before the window opens */
    WindowFixture(Stage stage, boolean withSampleLeads, java.util.function.Consumer<Services> prepare) throws Exception {
        this.stage = stage;
        Path dir = Files.createTempDirectory("ember-ui");
        services = new Services(Database.open(dir), Clock.systemDefaultZone());
        if (withSampleLeads) {
            services.loadSampleLeads();
        }
        prepare.accept(services);
        background = Background.daemonPool();
        model = new MainViewModel(services, background);
        current = model;
        currentServices = services;
        model.setOnReopened((reopened, on) -> {
            current = reopened;
            currentServices = on;
        });
        Scene scene = new Scene(MainView.create(model, dialogs), 1240, 760);
        Theme.apply(scene, false);
        stage.setScene(scene);
        stage.show();
        stage.toFront();
    }

    /** Hides every window a test left open (a form, a question) so the next test starts clean. */
    @Override
    public void close() throws Exception {
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(Window.getWindows())
                .stream().filter(w -> w != stage).forEach(Window::hide)).get(10, TimeUnit.SECONDS);
        background.close();
        services.close();
        currentServices.close();
    }

    /** The services the window works on now (others than {@link #services} after a restore). */
    Services currentServices() {
        return currentServices;
    }

    /** The model the window shows now (another than {@link #model} after a restore). */
    MainViewModel current() {
        return current;
    }

    /** Gives the main window the keyboard again (after a dialog closed without a click on the window). */
    void focusMainWindow(FxRobot robot) {
        robot.targetWindow(stage);
        robot.interact(stage::requestFocus);
    }

    /**
     * Waits for a condition, asking it on the FX thread: a lookup from the test thread walks the scene
     * while the FX thread may be rebuilding it (a detail pane filling in), and then fails at random
     * with an IndexOutOfBoundsException from a children list.
     */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFxThread(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    static boolean onFxThread(Callable<Boolean> condition) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return condition.call();
        }
        return WaitForAsyncUtils.asyncFx(condition).get(20, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    static TableView<LeadRow> table(FxRobot robot) {
        return (TableView<LeadRow>) robot.lookup(".lead-table").queryAs(TableView.class);
    }

    /** Whether a node is on screen: it and every parent visible (a table keeps a hidden placeholder). */
    static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().anyMatch(WindowFixture::shown);
    }

    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing();
    }
}
