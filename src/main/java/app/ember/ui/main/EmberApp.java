package app.ember.ui.main;

import app.ember.app.BookLocation;
import app.ember.app.EmberLog;
import app.ember.app.Services;
import app.ember.i18n.Messages;
import app.ember.store.DamagedBookException;
import app.ember.store.DataDirInUseException;
import app.ember.store.DiskFull;
import app.ember.store.PgPass;
import app.ember.store.ServerAddress;
import app.ember.store.ServerLoginException;
import app.ember.ui.backup.DamagedBookOffer;
import app.ember.ui.backup.DamagedBookViewModel;
import app.ember.ui.common.Background;
import app.ember.ui.common.DialogService;
import app.ember.ui.common.FailureDialog;
import app.ember.ui.common.Theme;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The window. The database opens on a background thread while the stage appears, so the window is
 * up as soon as JavaFX is; the lead list fills in when the data is ready.
 */
public final class EmberApp extends Application {
    /** Handed over from {@link #openWindow}: JavaFX builds the Application itself, by reflection. */
    private static volatile Launch pending;

    private static final Logger LOG = Logger.getLogger(EmberApp.class.getName());
    /** How long a second window on a data dir in use says why before it closes. */
    static final Duration IN_USE_SHOWN = Duration.seconds(6);

    private Launch launch;
    private Scene scene;
    private Services services;
    private Background background;
    /** Every dialog and window over the main one; the window's own, themed (tests hand a scripted one to MainView). */
    private final DialogService dialogs = new app.ember.ui.common.FxDialogService();
    private MainViewModel shown;
    private WindowState saved;
    private WindowPlacement placement;
    /** Whether a password was typed already this start (a second ask says the first was refused). */
    private boolean asked;

    /** The data opened but the main view could not be made (a broken install, a bug): said as such. */
    private static final class WindowNotBuilt extends RuntimeException {
        WindowNotBuilt(Throwable cause) {
            super(Messages.format("window.buildFailed", cause), cause);
        }
    }

    private record Launch(BookLocation book, boolean smoke, CompletableFuture<Services> services, int[] exitCode) {
        Path dataDir() {
            return book.dataDir();
        }
    }

    /** Opens the window on the book and blocks until it closes; returns the process exit code. */
    public static int openWindow(BookLocation book, boolean smoke) {
        CompletableFuture<Services> opening = CompletableFuture.supplyAsync(() -> Services.open(book));
        Launch launch = new Launch(book, smoke, opening, new int[] {0});
        pending = launch;
        Application.launch(EmberApp.class);
        return launch.exitCode()[0];
    }

    @Override
    public void start(Stage stage) {
        launch = pending;
        background = Background.daemonPool();
        Label opening = new Label(Messages.get("window.opening"));
        opening.getStyleClass().add("empty-label");
        // A tiny file read here, not in the database: the window's place is needed before the database is open.
        saved = WindowState.read(launch.dataDir());
        scene = new Scene(new StackPane(opening));
        Theme.apply(scene, saved.dark());
        stage.setTitle(Messages.get("window.title"));
        stage.getIcons().add(new Image(EmberApp.class.getResourceAsStream("/app/ember/ui/ember-icon-64.png")));
        stage.setScene(scene);
        // Below this the planner's and the mailing's bars would cut their buttons' words.
        stage.setMinWidth(1000);
        stage.setMinHeight(600);
        placement = WindowPlacement.apply(stage, saved, 1240, 760);
        if (!launch.smoke()) {
            stage.setOnHiding(event -> keepWindowState());
        }
        stage.show();
        launch.services().whenComplete((opened, error) -> Platform.runLater(() -> {
            Throwable cause = error instanceof java.util.concurrent.CompletionException ? error.getCause() : error;
            if (cause instanceof DamagedBookException damaged && !launch.smoke()) {
                offerRestore(stage, scene, opening, damaged);
            } else if (cause instanceof ServerLoginException login && login.needsPassword() && !launch.smoke()) {
                askPassword(stage, scene, login);
            } else if (error != null) {
                failToOpen(cause);
            } else {
                services = opened;
                try {
                    showMain(stage, scene);
                } catch (RuntimeException | LinkageError broken) {
                    failToOpen(new WindowNotBuilt(broken));
                }
            }
        }));
        if (launch.smoke()) {
            // A check of an install must end: whatever goes wrong on the JavaFX thread fails it, not hangs it.
            Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> {
                LOG.log(Level.SEVERE, "uncaught on the JavaFX thread during --smoke", error);
                System.err.println("ember: " + error);
                launch.exitCode()[0] = 1;
                Platform.exit();
            });
        } else {
            // A bug shows as a dialog that says what failed (and is logged), not as a window that stops answering.
            FailureDialog.install(EmberLog::file);
        }
    }

    /**
     * A shared book whose server wants a password that PGPASSWORD and .pgpass did not give: asked for
     * (again when refused), then the book opened with it in the background. Cancel ends the start.
     */
    private void askPassword(Stage stage, Scene scene, ServerLoginException login) {
        ServerAddress address = launch.book().server();
        boolean refused = PgPass.ofSystem().passwordFor(address).isPresent() || asked;
        Optional<String> password = ServerPassword.ask(dialogs, stage, address, refused);
        if (password.isEmpty()) {
            failToOpen(login);
            return;
        }
        asked = true;
        background.run(() -> Services.open(launch.book(), password), opened -> {
            services = opened;
            try {
                showMain(stage, scene);
            } catch (RuntimeException | LinkageError broken) {
                failToOpen(new WindowNotBuilt(broken));
            }
        }, error -> {
            if (error instanceof ServerLoginException again && again.needsPassword()) {
                askPassword(stage, scene, again);
            } else {
                failToOpen(error);
            }
        });
    }

    /** The book is damaged: the newest backup that opens is offered; restored, the window opens on it. */
    private void offerRestore(Stage stage, Scene scene, Label opening, DamagedBookException damaged) {
        DamagedBookViewModel model = new DamagedBookViewModel(background, damaged);
        DamagedBookOffer.offer(dialogs, stage, opening, model, new DamagedBookOffer.Outcome() {
            @Override
            public void restored(DamagedBookViewModel.Restored restored) {
                services = restored.services();
                try {
                    showMain(stage, scene);
                    shown.say(restored.status());
                } catch (RuntimeException | LinkageError broken) {
                    failToOpen(new WindowNotBuilt(broken));
                }
            }

            @Override
            public void quit() {
                launch.exitCode()[0] = 1;
                System.err.println("ember: " + damaged.getMessage());
                Platform.exit();
            }

            @Override
            public void failed(Throwable error) {
                failToOpen(error);
            }
        });
    }

    private void showMain(Stage stage, Scene scene) {
        askNameOnce(dialogs, stage, services, launch.smoke());
        MainViewModel model = new MainViewModel(services, background);
        shown = model;
        // A restore builds the window again on services opened on the restored data: those are the ones to close.
        model.setOnReopened((reopened, on) -> {
            services = on;
            shown = reopened;
        });
        model.darkProperty().set(saved.dark());
        scene.setRoot(MainView.create(model, dialogs));
        Theme.apply(scene, saved.dark());
        model.screenProperty().set(saved.screen());
        if (launch.smoke()) {
            reportReadyWhenListShown(scene, model);
        } else {
            model.dailyBackup();
        }
    }

    /**
     * The first time a shared book opens here with no name set (and none given with --as), the person is
     * asked for the name their work is kept under, offered the role they log in as; cancelled, the role
     * is used and the question comes back next time.
     */
    static void askNameOnce(DialogService dialogs, javafx.stage.Window stage, Services services, boolean smoke) {
        if (smoke || !services.location().isServer() || services.hasDisplayName()) {
            return;
        }
        DisplayNameDialog.ask(dialogs, stage, services.location().name(), services.who()).ifPresent(name -> {
            try {
                services.setDisplayName(name);
            } catch (java.io.IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "could not keep the display name", e);
            }
        });
    }

    /** The same question for a shared book opened from the window (File → Open shared book). */
    static void askNameOnce(DialogService dialogs, javafx.stage.Window stage, MainViewModel model) {
        if (!model.asksDisplayName()) {
            return;
        }
        DisplayNameDialog.ask(dialogs, stage, model.bookName(), model.who()).ifPresent(name -> {
            try {
                model.keepDisplayName(name);
            } catch (java.io.IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "could not keep the display name", e);
            }
        });
    }

    /** For --smoke: once the first page of leads is in the list and drawn, print the time since JVM start. */
    private void reportReadyWhenListShown(Scene scene, MainViewModel model) {
        ChangeListener<Boolean> whenLoaded = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean loaded) {
                if (loaded) {
                    // Once: the training run's walk reloads the list, which must not report (and walk) again.
                    o.removeListener(this);
                    reportReadyAfterFrame(scene, model);
                }
            }
        };
        model.list().loadedProperty().addListener(whenLoaded);
    }

    private void reportReadyAfterFrame(Scene scene, MainViewModel model) {
        Runnable[] afterFrame = new Runnable[1];
        afterFrame[0] = () -> {
            scene.removePostLayoutPulseListener(afterFrame[0]);
            long sinceStart = ManagementFactory.getRuntimeMXBean().getUptime();
            System.out.println("ready " + sinceStart);
            System.out.flush();
            if (TrainingRun.requested()) {
                TrainingRun.walk(scene, model, Platform::exit);
            } else {
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(afterFrame[0]);
        Platform.requestNextPulse();
    }

    /**
     * The window's place, screen and theme, for the next start on this data dir; not when the data never
     * opened (another Ember may be using it, and keeps its own).
     */
    private void keepWindowState() {
        if (shown != null) {
            placement.current(shown.screenProperty().get(), shown.darkProperty().get()).write(launch.dataDir());
        }
    }

    private void failToOpen(Throwable error) {
        launch.exitCode()[0] = 1;
        String message = error instanceof DataDirInUseException || error instanceof WindowNotBuilt
                ? error.getMessage() : Messages.format("window.openFailed", launch.book().name(),
                        DiskFull.describe(error, launch.dataDir()).orElse(error.getMessage()));
        if (error instanceof DataDirInUseException) {
            LOG.info(() -> "refused: " + error.getMessage());
        } else {
            LOG.log(Level.SEVERE, "the window could not open on " + launch.dataDir(), error);
        }
        System.err.println("ember: " + message);
        if (error instanceof DataDirInUseException && !launch.smoke()) {
            // The other window is there already: this one says why it does not open, then goes by itself
            // (a started second copy must end, with exit 1, whether or not anybody reads it).
            Label why = new Label(Messages.format("window.inUse", message));
            why.setWrapText(true);
            why.getStyleClass().add("empty-label");
            StackPane pane = new StackPane(why);
            pane.setPadding(new javafx.geometry.Insets(24));
            scene.setRoot(pane);
            Theme.apply(scene, saved.dark());
            PauseTransition wait = new PauseTransition(IN_USE_SHOWN);
            wait.setOnFinished(done -> Platform.exit());
            wait.play();
            return;
        }
        if (!launch.smoke()) {
            Alert alert = new Alert(Alert.AlertType.ERROR, message);
            alert.setHeaderText(Messages.get("window.cannotStart"));
            dialogs.ask(alert, scene == null ? null : scene.getWindow());
        }
        Platform.exit();
    }

    @Override
    public void stop() {
        if (background != null) {
            background.close();
        }
        if (services != null) {
            services.close();
        }
    }
}
