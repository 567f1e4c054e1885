package app.ember.ui.backup;

import app.ember.store.Backups;
import java.nio.file.Path;

/**
 * What File → Restore checks before it asks to confirm: a backup file chosen elsewhere is read (its
 * date and leads, from the zip's manifest, without opening the book in it), and a backup made by a
 * newer Ember is refused. Both only read a small manifest, so the dialog asks them at once.
 */
public final class RestoreViewModel {
    /**
     * The facts of the backup in {@code zip}.
     *
     * @throws IllegalArgumentException when the file is missing or not an Ember backup
     */
    public Backups.Backup read(Path zip) {
        return Backups.read(zip);
    }

    /**
     * Refuses a backup this Ember cannot restore.
     *
     * @throws app.ember.store.NewerBackupException when a newer Ember made it
     */
    public void refuseNewer(Backups.Backup backup) {
        Backups.refuseNewer(backup);
    }
}
