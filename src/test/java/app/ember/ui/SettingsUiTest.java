package app.ember.ui;

import static app.ember.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.domain.Channel;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Temperature;
import app.ember.store.Database;
import app.ember.store.PolicyBook;
import app.ember.ui.common.Background;
import app.ember.ui.common.Theme;
import app.ember.ui.settings.SettingsWindow;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The follow-up settings: save, messages as you type, reset to defaults, sequences and switches, cancel. */
@ExtendWith(ApplicationExtension.class)
class SettingsUiTest {
    private Stage owner;
    private Database database;
    private Services services;
    private ExecutorService pool;
    private Background background;
    private final AtomicInteger backgroundJobs = new AtomicInteger();
    private final AtomicInteger saved = new AtomicInteger();
    private Stage settings;

    @Start
    void start(Stage stage) throws Exception {
        owner = stage;
        database = Database.open(Files.createTempDirectory("ember-settings"));
        services = new Services(database, Clock.systemDefaultZone());
        pool = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "settings-test-background");
            thread.setDaemon(true);
            return thread;
        });
        // Counts the work handed to the background, so a save done on the JavaFX thread would show.
        background = new Background(work -> {
            backgroundJobs.incrementAndGet();
            pool.execute(work);
        });
        Scene scene = new Scene(new StackPane(new Label("Ember")), 400, 300);
        Theme.apply(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w != owner).forEach(Window::hide)).get(10, TimeUnit.SECONDS);
        background.close();
        services.close();
    }

    private void open(FxRobot robot) throws Exception {
        robot.interact(() -> settings = SettingsWindow.open(new ScriptedDialogs(), owner,
                new app.ember.ui.settings.SettingsViewModel(services, background), saved::incrementAndGet));
        // Typing goes to the robot's target window: the settings, not the window under them.
        robot.targetWindow(settings);
        waitUntil(() -> settings.isShowing() && robot.lookup("#settings-save").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Integer> spinner(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Spinner.class);
    }

    private static String text(FxRobot robot, String id) {
        return spinner(robot, id).getEditor().getText();
    }

    /** Replaces a spinner's text by typing, key by key, as a user would. */
    private static void type(FxRobot robot, String id, String text) {
        TextField editor = spinner(robot, id).getEditor();
        robot.interact(() -> {
            editor.requestFocus();
            editor.selectAll();
        });
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Optional<Channel>> slot(FxRobot robot, String temperature, int slot) {
        return robot.lookup("#settings-" + temperature + "-sequence-" + slot).queryAs(ComboBox.class);
    }

    private FollowUpPolicy readBackFromANewBook() {
        return new PolicyBook(database, Locale.getDefault(Locale.Category.FORMAT)).current();
    }

    private void saveAndWaitForClose(FxRobot robot) throws Exception {
        int before = saved.get();
        robot.interact(button(robot, "#settings-save")::fire);
        waitUntil(() -> saved.get() == before + 1 && !settings.isShowing());
        assertTrue(backgroundJobs.get() > 0, "the policy is stored on the background executor");
    }

    @Test
    void aChangedBudgetAndCadenceAreStoredAndReadBack(FxRobot robot) throws Exception {
        open(robot);
        assertEquals("120", text(robot, "#settings-budget"));
        assertEquals("7", text(robot, "#settings-warm-cadence"));
        type(robot, "#settings-budget", "90");
        type(robot, "#settings-warm-cadence", "5");
        assertEquals("90", text(robot, "#settings-budget"));
        assertEquals("5", text(robot, "#settings-warm-cadence"));

        saveAndWaitForClose(robot);
        assertEquals(90, services.policy().sessionMinutes());
        assertEquals(5, services.policy().cadenceDays(Temperature.WARM));
        assertEquals(3, services.policy().cadenceDays(Temperature.HOT), "untouched values stay");
        FollowUpPolicy reread = readBackFromANewBook();
        assertEquals(90, reread.sessionMinutes());
        assertEquals(5, reread.cadenceDays(Temperature.WARM));
    }

    @Test
    void aBadBudgetIsNamedBlocksSavingAndKeepsWhatWasTyped(FxRobot robot) throws Exception {
        open(robot);
        Label problem = robot.lookup("#settings-budget-problem").queryAs(Label.class);
        Button save = button(robot, "#settings-save");
        assertFalse(problem.isVisible());
        assertFalse(save.isDisabled());

        type(robot, "#settings-budget", "abc");
        waitUntil(problem::isVisible);
        assertTrue(problem.getText().contains("Session budget") && problem.getText().contains("abc"), problem.getText());
        assertTrue(save.isDisabled());
        // Leaving the field commits the spinner; the typed text must survive that.
        robot.interact(() -> spinner(robot, "#settings-nurture").getEditor().requestFocus());
        assertEquals("abc", text(robot, "#settings-budget"));

        type(robot, "#settings-budget", "0");
        waitUntil(() -> problem.getText().contains("'0'"));
        assertTrue(problem.getText().contains("5 to 1440"), problem.getText());
        assertTrue(save.isDisabled());
        robot.interact(() -> spinner(robot, "#settings-nurture").getEditor().requestFocus());
        assertEquals("0", text(robot, "#settings-budget"), "an out-of-range value is not clamped away");

        type(robot, "#settings-budget", "7");
        robot.type(KeyCode.BACK_SPACE);
        waitUntil(() -> problem.getText().contains("empty"));
        assertTrue(save.isDisabled());

        type(robot, "#settings-budget", "75");
        waitUntil(() -> !problem.isVisible());
        assertFalse(save.isDisabled());
        assertEquals(120, services.policy().sessionMinutes(), "nothing is stored before Save");
    }

    @Test
    void resetFillsTheDefaultsAndSaveStoresThem(FxRobot robot) throws Exception {
        FollowUpPolicy changed = services.policy().withSessionMinutes(60)
                .withRule(Temperature.WARM, services.policy().rule(Temperature.WARM).withCadenceDays(10));
        services.policies().save(changed);
        open(robot);
        assertEquals("60", text(robot, "#settings-budget"));
        assertEquals("10", text(robot, "#settings-warm-cadence"));

        robot.interact(button(robot, "#settings-reset")::fire);
        assertEquals("120", text(robot, "#settings-budget"));
        assertEquals("7", text(robot, "#settings-warm-cadence"));
        assertEquals(60, readBackFromANewBook().sessionMinutes(), "reset alone stores nothing");

        saveAndWaitForClose(robot);
        assertEquals(120, services.policy().sessionMinutes());
        assertEquals(7, services.policy().cadenceDays(Temperature.WARM));
        assertEquals(120, readBackFromANewBook().sessionMinutes());
        assertEquals(7, readBackFromANewBook().cadenceDays(Temperature.WARM));
    }

    @Test
    void aSwitchAndAnEmailOnlySequenceAreStored(FxRobot robot) throws Exception {
        open(robot);
        CheckBox coldTimeLeft = robot.lookup("#settings-cold-time-left").queryAs(CheckBox.class);
        assertTrue(coldTimeLeft.isSelected(), "cold waits for time left by default");
        assertFalse(robot.lookup("#settings-hot-time-left").queryAs(CheckBox.class).isSelected());
        assertTrue(robot.lookup("#settings-warm-greetings").queryAs(CheckBox.class).isSelected());
        assertEquals(Optional.of(Channel.CALL), slot(robot, "hot", 1).getValue());
        assertEquals(Optional.of(Channel.POSTCARD), slot(robot, "hot", 2).getValue());
        assertEquals(Optional.of(Channel.EMAIL), slot(robot, "hot", 3).getValue());
        assertEquals(Optional.empty(), slot(robot, "hot", 4).getValue());
        robot.interact(coldTimeLeft::fire);

        robot.interact(() -> slot(robot, "hot", 1).getSelectionModel().select(Optional.of(Channel.EMAIL)));
        // E-mail twice in one round is refused, with the reason next to the row.
        Label problem = robot.lookup("#settings-hot-sequence-problem").queryAs(Label.class);
        waitUntil(problem::isVisible);
        assertTrue(problem.getText().startsWith("Hot"), problem.getText());
        assertTrue(button(robot, "#settings-save").isDisabled());
        robot.interact(() -> {
            slot(robot, "hot", 2).getSelectionModel().select(Optional.empty());
            slot(robot, "hot", 3).getSelectionModel().select(Optional.empty());
        });
        waitUntil(() -> !problem.isVisible());

        saveAndWaitForClose(robot);
        assertEquals(List.of(Channel.EMAIL), services.policy().rule(Temperature.HOT).sequence());
        assertFalse(services.policy().onlyWhenTimeLeft(Temperature.COLD));
        FollowUpPolicy reread = readBackFromANewBook();
        assertEquals(List.of(Channel.EMAIL), reread.rule(Temperature.HOT).sequence());
        assertFalse(reread.onlyWhenTimeLeft(Temperature.COLD));
        assertEquals(FollowUpPolicy.SEQUENCE, reread.rule(Temperature.WARM).sequence());
    }

    @Test
    void cancelAsksOnlyWhenSomethingChangedAndKeepEditingIsTheDefault(FxRobot robot) throws Exception {
        open(robot);
        type(robot, "#settings-budget", "45");
        Platform.runLater(button(robot, "#settings-cancel")::fire);
        waitUntil(() -> answer(robot, "Keep editing").isPresent());
        Button keep = answer(robot, "Keep editing").orElseThrow();
        assertTrue(keep.isDefaultButton(), "Enter keeps the changes");
        assertFalse(answer(robot, "Discard changes").orElseThrow().isDefaultButton());
        robot.interact(keep::fire);
        waitUntil(() -> answer(robot, "Keep editing").isEmpty());
        assertTrue(settings.isShowing());
        assertEquals("45", text(robot, "#settings-budget"));

        Platform.runLater(button(robot, "#settings-cancel")::fire);
        waitUntil(() -> answer(robot, "Discard changes").isPresent());
        robot.interact(answer(robot, "Discard changes").orElseThrow()::fire);
        waitUntil(() -> !settings.isShowing());
        assertEquals(120, services.policy().sessionMinutes());
        assertEquals(0, saved.get());

        // Changed and changed back is no change: Cancel closes without a question.
        open(robot);
        type(robot, "#settings-budget", "45");
        type(robot, "#settings-budget", "120");
        robot.interact(button(robot, "#settings-cancel")::fire);
        waitUntil(() -> !settings.isShowing());
    }

    private static Optional<Button> answer(FxRobot robot, String text) {
        return robot.lookup((Node node) -> node instanceof Button b && text.equals(b.getText()) && WindowFixture.shown(b))
                .tryQueryAs(Button.class);
    }
}
