package app.ember.ui.main;

import app.ember.app.Services;
import app.ember.i18n.Messages;
import app.ember.io.FileFormat;
import app.ember.io.LeadExport;
import app.ember.ui.common.Background;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * The main window's work that writes or reads a whole book's file in the background (Back up now, Export…,
 * a shared book's Restore), said in the window's status line; {@link MainViewModel} hands it its status,
 * its busy flag (one backup or restore at a time) and how a failure is said.
 */
final class BookFilesViewModel {
    private final Services services;
    private final Background background;
    private final StringProperty status;
    private final BooleanProperty backupBusy;
    private final Consumer<Throwable> failed;
    private final Runnable reload;

    BookFilesViewModel(Services services, Background background, StringProperty status, BooleanProperty backupBusy,
                 Consumer<Throwable> failed, Runnable reload) {
        this.services = services;
        this.background = background;
        this.status = status;
        this.backupBusy = backupBusy;
        this.failed = failed;
        this.reload = reload;
    }

    /** File → Back up now: in the background; the status line says where the backup went. */
    void backUpNow() {
        if (backupBusy.get()) {
            return;
        }
        backupBusy.set(true);
        status.set(Messages.get("backup.running"));
        if (services.location().isServer()) {
            // A shared book has no file here to copy: every table into a portable backup, as `ember backup` does.
            background.run(() -> {
                Path file = services.sharedBackupFile();
                return java.util.Map.entry(file, services.backupPortable(file));
            }, written -> {
                backupBusy.set(false);
                status.set(Messages.format("backup.doneShared", written.getValue().leads(), written.getKey()));
            }, error -> {
                backupBusy.set(false);
                failed.accept(error);
            });
            return;
        }
        background.run(() -> services.backups().backup(), backup -> {
            backupBusy.set(false);
            status.set(Messages.format("backup.done", backup.leads(), backup.file()));
        }, error -> {
            backupBusy.set(false);
            failed.accept(error);
        });
    }

    /** File → Export…: every lead, written in the background; the status line says how many went where. */
    void exportLeads(Path file, FileFormat format) {
        status.set(Messages.format("export.running", file.getFileName()));
        background.run(() -> services.exportLeads(file, format), written -> status.set(format == FileFormat.CSV
                        ? Messages.format("export.doneCsv", written, file, LeadExport.historyFile(file).getFileName())
                        : Messages.format("export.done", written, file)),
                error -> status.set(Messages.format("export.failed", file, whyNotWritten(error))));
    }

    /** In words, not the name of the temporary file the export was being written as. */
    private static String whyNotWritten(Throwable error) {
        if (error instanceof java.nio.file.NoSuchFileException) {
            return Messages.get("export.noFolder");
        }
        if (error instanceof java.nio.file.AccessDeniedException) {
            return Messages.get("export.denied");
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }

    /**
     * Reads a portable backup into the shared book, in the background, only when the book is empty (as
     * `ember restore` does); a book with leads is refused, nothing written, and the status line says why.
     */
    void restoreShared(Path zip) {
        if (backupBusy.get()) {
            return;
        }
        backupBusy.set(true);
        status.set(Messages.format("restore.running", zip.getFileName()));
        background.run(() -> services.restorePortable(zip), summary -> {
            backupBusy.set(false);
            status.set(Messages.format("restore.doneShared", zip.getFileName(), Messages.leadsInBackup(summary.leads())));
            reload.run();
        }, error -> {
            backupBusy.set(false);
            if (error instanceof IllegalStateException || error instanceof IllegalArgumentException) {
                status.set(Messages.format("restore.sharedRefused", error.getMessage()));
            } else {
                failed.accept(error);
            }
        });
    }
}
