package app.ember.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Putting a backup in place of the book: checked first (an Ember backup, from this Ember's schema or
 * older, and its database opens), then the book as it is backed up (or, when it is damaged, kept aside
 * renamed), then the backup moved over it and opened. Nothing changes until the checks have passed.
 */
final class BackupRestore {
    private static final Logger LOG = Logger.getLogger(BackupRestore.class.getName());

    private BackupRestore() {
    }

    /** See {@link Backups#restore}. */
    static Backups.Restored restore(Backups backups, Database database, Path zip) {
        Path dataDir = database.dataDir();
        Backups.Backup source = check(zip, dataDir);
        Backups.Backup before = null;
        boolean damaged = false;
        try {
            before = backups.backup(Backups.Reason.BEFORE_RESTORE);
        } catch (DamagedBookException e) {
            damaged = true; // the book opened but is not whole: it is kept aside instead of backed up
        }
        database.close();
        Path live = BookFile.of(dataDir);
        Path kept = damaged ? BookFile.keepAside(dataDir, "found while backing it up before a restore", null).keptAs() : null;
        try {
            BackupFiles.putInPlace(zip, live);
        } catch (IOException e) {
            throw new StoreException("Cannot put the backup in place of " + live + ": " + e.getMessage()
                    + (before == null ? "" : "; the state before is in " + before.file()), e);
        }
        try {
            Database restored = Database.open(dataDir);
            LOG.info("restored " + zip + " into " + dataDir + (kept == null ? "" : "; the damaged book is kept as " + kept));
            return new Backups.Restored(source, before, restored, kept);
        } catch (RuntimeException e) {
            // Checked before, so this is rare (a disk that fails now): the state before goes back.
            if (before != null) {
                try {
                    BackupFiles.putInPlace(before.file(), live);
                } catch (IOException again) {
                    e.addSuppressed(again);
                }
            }
            throw new StoreException("The backup " + zip + " does not open (" + e.getMessage() + ")"
                    + (before == null ? "" : "; the state before was put back"), e);
        }
    }

    /** See {@link Backups#restoreDamaged}. */
    static Backups.Restored restoreDamaged(Path dataDir, Path zip) {
        Backups.Backup source = check(zip, dataDir);
        Path live = BookFile.of(dataDir);
        if (Files.exists(live)) {
            BookFile.keepAside(dataDir, "replaced by the backup " + zip.getFileName(), null);
        }
        Path kept = BookFile.newestKeptAside(dataDir).orElse(null);
        try {
            BackupFiles.putInPlace(zip, live);
        } catch (IOException e) {
            throw new StoreException("Cannot put the backup in place of " + live + ": " + e.getMessage(), e);
        }
        Database restored = Database.open(dataDir);
        LOG.info("restored " + zip + " into " + dataDir + " in place of the damaged book, kept as " + kept);
        return new Backups.Restored(source, null, restored, kept);
    }

    /**
     * The backup's facts, once it is known to be an Ember backup that this Ember can open.
     *
     * @throws IllegalArgumentException when it is not; then nothing has changed
     */
    static Backups.Backup check(Path zip, Path dataDir) {
        Backups.Backup source = BackupFiles.read(zip);
        refuseNewer(source, source.schema());
        BackupCheck.Facts facts = BackupCheck.inspect(zip, dataDir);
        refuseNewer(source, facts.schema());
        return source.leads() >= 0 ? source : new Backups.Backup(source.file(), source.taken(), facts.leads(),
                source.size(), source.reason(), facts.schema(), source.ember());
    }

    static void refuseNewer(Backups.Backup backup, int schema) {
        if (schema > Database.SCHEMA_VERSION) {
            throw new NewerBackupException(backup.file(), schema, Optional.of(backup.ember()).filter(e -> !e.isEmpty()));
        }
    }
}
