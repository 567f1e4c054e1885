package app.ember.ui.backup;

import app.ember.app.Services;
import app.ember.i18n.Messages;
import app.ember.store.Backups;
import app.ember.store.DamagedBookException;
import app.ember.ui.common.Background;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The damaged book at start, before any window: finds the newest backup that opens (each one unpacked
 * and opened, newest first) and restores it, both off the FX thread. The offer's dialog only asks.
 */
public final class DamagedBookViewModel {
    /** The book restored: the services the window opens on, and the line its status bar says. */
    public record Restored(Services services, String status) {
    }

    private final Background background;
    private final DamagedBookException damaged;

    public DamagedBookViewModel(Background background, DamagedBookException damaged) {
        this.background = background;
        this.damaged = damaged;
    }

    /** What opening the book ran into: where it is, and where the damaged file was kept. */
    public DamagedBookException damaged() {
        return damaged;
    }

    /** The newest backup that opens, or none. */
    void findBackup(Consumer<Optional<Backups.Backup>> then, Consumer<Throwable> failed) {
        background.run(() -> Backups.newestThatOpens(damaged.dataDir()), then, failed);
    }

    /** Restores the backup ({@code when} is its time in words, for the status line). */
    void restore(Backups.Backup backup, String when, Consumer<Restored> done, Consumer<Throwable> failed) {
        background.run(() -> Services.restoreDamaged(damaged.dataDir(), backup.file()),
                restore -> done.accept(new Restored(restore.services(), Messages.format("damaged.restored", when,
                        Messages.leadsInBackup(restore.restored().leads()), restore.damagedKeptAs()))),
                failed);
    }
}
