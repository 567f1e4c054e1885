package app.ember.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.i18n.Messages;
import app.ember.store.Backups;
import app.ember.store.DamagedBookException;
import app.ember.store.Database;
import app.ember.ui.backup.DamagedBookOffer;
import app.ember.ui.backup.DamagedBookViewModel;
import app.ember.ui.common.Background;
import app.ember.ui.common.Theme;
import app.ember.ui.main.MainView;
import app.ember.ui.main.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
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

/** The window's start on a damaged book: the offer of the newest backup that opens, and Restore. */
@ExtendWith(ApplicationExtension.class)
class DamagedBookUiTest {
    private Stage stage;
    private Scene scene;
    private Label opening;
    private final Background background = Background.daemonPool();
    private final AtomicReference<MainViewModel> shown = new AtomicReference<>();
    /** The services the restored window works on: closed after each test. */
    private final AtomicReference<Services> restoredServices = new AtomicReference<>();
    private final AtomicBoolean quit = new AtomicBoolean();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        opening = new Label(Messages.get("window.opening"));
        scene = new Scene(new StackPane(opening), 1240, 760);
        Theme.apply(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage)
                .forEach(Window::hide)).get(10, TimeUnit.SECONDS);
        background.close();
        if (restoredServices.get() != null) {
            restoredServices.get().close();
        }
    }

    /** A sample book with one backup (when asked), then emptied: what opening it now throws. */
    private static DamagedBookException damagedBook(boolean withBackup) throws Exception {
        Path dir = Files.createTempDirectory("ember-ui");
        try (Services services = new Services(Database.open(dir), Clock.systemDefaultZone())) {
            services.loadSampleLeads();
            if (withBackup) {
                services.backups().backup();
            }
        }
        Files.write(dir.resolve("ember.mv.db"), new byte[0]);
        return assertThrows(DamagedBookException.class, () -> Services.open(dir));
    }

    /** As the window does it: the offer, then the main view on the restored book. */
    private void offer(FxRobot robot, DamagedBookException damaged) {
        DamagedBookViewModel offered = new DamagedBookViewModel(background, damaged);
        robot.interact(() -> DamagedBookOffer.offer(new ScriptedDialogs(), stage, opening, offered, new DamagedBookOffer.Outcome() {
            @Override
            public void restored(DamagedBookViewModel.Restored restored) {
                String status = restored.status();
                restoredServices.set(restored.services());
                MainViewModel model = new MainViewModel(restored.services(), background);
                scene.setRoot(MainView.create(model, new ScriptedDialogs()));
                Theme.apply(scene, false);
                model.say(status);
                shown.set(model);
            }

            @Override
            public void quit() {
                quit.set(true);
            }

            @Override
            public void failed(Throwable error) {
                failure.set(error);
            }
        }));
    }

    private static String dialogText(FxRobot robot) {
        return robot.lookup("#damaged-book").queryAs(DialogPane.class).getContentText();
    }

    @Test
    void theNewestBackupThatOpensIsOfferedAndRestoreOpensTheWindowOnIt(FxRobot robot) throws Exception {
        DamagedBookException damaged = damagedBook(true);
        Backups.Backup backup = Backups.listIn(damaged.dataDir()).get(0);
        offer(robot, damaged);
        WindowFixture.waitUntil(() -> robot.lookup("#damaged-book").tryQuery().isPresent());
        String when = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.getDefault(Locale.Category.FORMAT))
                .withZone(ZoneId.systemDefault()).format(backup.taken());
        String text = dialogText(robot);
        assertTrue(text.contains("Restore the backup of " + when + " (60 leads)?"), text);
        assertTrue(text.contains(damaged.keptAs().getFileName().toString()), "names the kept file: " + text);

        robot.clickOn((Button b) -> "Restore".equals(b.getText()));
        WindowFixture.waitUntil(() -> shown.get() != null || failure.get() != null);
        assertEquals(null, failure.get());
        WindowFixture.waitUntil(() -> WindowFixture.table(robot).getItems().size() == 60);
        assertTrue(shown.get().statusProperty().get().startsWith("Restored the backup of " + when + " (60 leads)"),
                shown.get().statusProperty().get());
        assertTrue(Files.exists(damaged.keptAs()), "the damaged file is still kept");
        assertFalse(quit.get());
    }

    @Test
    void withNoBackupThatOpensOnlyQuitIsOffered(FxRobot robot) throws Exception {
        DamagedBookException damaged = damagedBook(false);
        offer(robot, damaged);
        WindowFixture.waitUntil(() -> robot.lookup("#damaged-book").tryQuery().isPresent());
        assertTrue(dialogText(robot).contains("No backup of this book opens"), dialogText(robot));
        assertTrue(robot.lookup((Button b) -> "Restore".equals(b.getText())).tryQuery().isEmpty());
        robot.clickOn((Button b) -> "Quit".equals(b.getText()));
        WindowFixture.waitUntil(quit::get);
        assertFalse(Files.exists(damaged.dataDir().resolve("ember.mv.db")), "no new book was made");
    }
}
