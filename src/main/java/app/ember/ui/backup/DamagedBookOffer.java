package app.ember.ui.backup;

import app.ember.i18n.Messages;
import app.ember.store.Backups;
import app.ember.store.DamagedBookException;
import app.ember.ui.common.DialogService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * At start, when the book is damaged: says what happened and offers the newest backup that opens
 * ("Restore the backup of 6 Dec, 14:02 (312 leads)?"), Restore or Quit. Finding that backup (each
 * one unpacked and opened, newest first) and the restore run in the background; the window then
 * opens on the restored book.
 */
public final class DamagedBookOffer {
    /** What the window does next: open on restored services, or quit. */
    public interface Outcome {
        void restored(DamagedBookViewModel.Restored restored);

        void quit();

        void failed(Throwable error);
    }

    private DamagedBookOffer() {
    }

    /** Looks for the newest backup that opens, asks, and restores it when the user says so. */
    public static void offer(DialogService dialogs, Window owner, Label progress, DamagedBookViewModel model,
            Outcome outcome) {
        progress.setText(Messages.get("damaged.looking"));
        model.findBackup(good -> ask(dialogs, owner, progress, model, good, outcome), outcome::failed);
    }

    private static void ask(DialogService dialogs, Window owner, Label progress, DamagedBookViewModel model,
            Optional<Backups.Backup> good, Outcome outcome) {
        DamagedBookException damaged = model.damaged();
        progress.setText(Messages.get("damaged.header"));
        String what = Messages.format("damaged.what", damaged.dataDir().toAbsolutePath().resolve("ember.mv.db"),
                damaged.keptAs().getFileName());
        ButtonType restore = new ButtonType(Messages.get("damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(Messages.get("damaged.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String when = good.map(b -> when(b)).orElse("");
        String text = good.map(b -> what + "\n\n" + Messages.format("damaged.offer", when,
                Messages.leadsInBackup(b.leads())) + "\n" + Messages.get("damaged.offerNote"))
                .orElse(what + "\n\n" + Messages.get("damaged.none"));
        Alert alert = good.isPresent() ? new Alert(Alert.AlertType.WARNING, text, restore, quit)
                : new Alert(Alert.AlertType.WARNING, text, quit);
        alert.setTitle(Messages.get("window.title"));
        alert.setHeaderText(Messages.get("damaged.header"));
        alert.getDialogPane().setId("damaged-book");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setPrefWidth(560);
        boolean yes = dialogs.ask(alert, owner).map(b -> b == restore).orElse(false);
        if (!yes) {
            outcome.quit();
            return;
        }
        Backups.Backup backup = good.orElseThrow();
        progress.setText(Messages.format("damaged.restoring", when));
        model.restore(backup, when, outcome::restored, outcome::failed);
    }

    /** "6 Dec, 14:02": the words of the offer, in the user's time zone. */
    static String when(Backups.Backup backup) {
        return DateTimeFormatter.ofPattern(Messages.get("damaged.whenPattern"), Locale.getDefault(Locale.Category.FORMAT))
                .withZone(ZoneId.systemDefault()).format(backup.taken());
    }
}
