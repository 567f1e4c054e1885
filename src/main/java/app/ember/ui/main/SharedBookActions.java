package app.ember.ui.main;

import app.ember.i18n.Messages;
import app.ember.store.ServerAddress;
import app.ember.store.ServerLoginException;
import app.ember.ui.common.DialogService;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The window's side of File → Open shared book… and File → Move this book to a server…: the dialogs (the
 * address, the password when PGPASSWORD and .pgpass have none, the bar while a book moves) around
 * {@link SharedBookViewModel}, which does the work in the background.
 */
final class SharedBookActions {
    private final Supplier<Window> owner;
    private final DialogService dialogs;
    private final MainViewModel main;
    private final SharedBookViewModel model;
    /** Builds the window again on the model of the book opened, with a line for the status bar. */
    private final BiConsumer<MainViewModel, String> reopen;

    SharedBookActions(DialogService dialogs, Supplier<Window> owner, MainViewModel main,
                      BiConsumer<MainViewModel, String> reopen) {
        this.dialogs = dialogs;
        this.owner = owner;
        this.main = main;
        this.model = main.sharedBook();
        this.reopen = reopen;
    }

    SharedBookViewModel model() {
        return model;
    }

    /** File → Open shared book…: the address, then the book opened; the window shows it, this book closes. */
    void openSharedBook() {
        SharedBookDialog.ask(dialogs, owner.get(), "shared.openTitle", "shared.openHeader", model.remembered())
                .ifPresent(address -> open(address, Optional.empty(), false));
    }

    private void open(ServerAddress address, Optional<String> password, boolean asked) {
        main.say(Messages.format("shared.opening", address));
        main.openSharedBook(model, address, password, next -> {
            EmberApp.askNameOnce(dialogs, owner.get(), next);
            reopen.accept(next, Messages.format("shared.opened", address));
            // The window works in the shared book now; this one's connections (or file lock) are let go.
            main.closeBook();
        }, error -> {
            if (error instanceof ServerLoginException login && login.needsPassword()) {
                boolean refused = asked || password.isPresent() || model.knownPassword(address).isPresent();
                ServerPassword.ask(dialogs, owner.get(), address, refused).ifPresentOrElse(
                        typed -> open(address, Optional.of(typed), true), () -> main.say(""));
            } else {
                main.failed(error);
            }
        });
    }

    /**
     * File → Move this book to a server…: the address, then the book copied whole into the empty database
     * there (as {@code move-to}), a bar following; this book stays as it was and open. Then the shared
     * book can be opened at once.
     */
    void moveToServer() {
        if (!model.isLocal()) {
            return;
        }
        SharedBookDialog.ask(dialogs, owner.get(), "shared.moveTitle", "shared.moveHeader", model.remembered())
                .ifPresent(address -> move(address, Optional.empty(), false));
    }

    private void move(ServerAddress address, Optional<String> password, boolean asked) {
        Alert bar = progress(address);
        main.say(Messages.format("shared.moving", address));
        model.moveTo(address, password, moved -> {
            bar.close();
            done(address, moved);
        }, error -> {
            bar.close();
            if (error instanceof ServerLoginException login && login.needsPassword()) {
                boolean refused = asked || password.isPresent() || model.knownPassword(address).isPresent();
                ServerPassword.ask(dialogs, owner.get(), address, refused).ifPresentOrElse(
                        typed -> move(address, Optional.of(typed), true), () -> main.say(""));
            } else {
                main.failed(error);
            }
        });
    }

    /** The bar while the book moves: no button, it closes itself when the move ends. */
    private Alert progress(ServerAddress address) {
        Alert alert = new Alert(Alert.AlertType.NONE);
        alert.setTitle(Messages.get("shared.moveTitle"));
        ProgressBar bar = new ProgressBar();
        bar.setId("moveProgress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(model.progressProperty());
        Label what = new Label(Messages.format("shared.moving", address));
        what.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(10, what, bar));
        // A dialog closes only through a button: one that is hidden, for close() at the end.
        alert.getButtonTypes().setAll(new ButtonType("", ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.getDialogPane().lookupButton(alert.getButtonTypes().get(0)).setVisible(false);
        dialogs.tell(alert, owner.get());
        return alert;
    }

    private void done(ServerAddress address, Map<String, Integer> moved) {
        int leads = moved.getOrDefault("leads", 0);
        main.say(Messages.format("shared.moved", leads, address));
        ButtonType open = new ButtonType(Messages.get("shared.openNow"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.format("shared.movedBody", leads, address),
                open, new ButtonType(Messages.get("shared.stayHere"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.setHeaderText(Messages.get("shared.movedTitle"));
        dialogs.ask(alert, owner.get()).filter(open::equals).ifPresent(choice -> open(address, Optional.empty(), false));
    }
}
