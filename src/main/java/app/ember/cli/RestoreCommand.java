package app.ember.cli;

import app.ember.app.Services;
import app.ember.store.Backups;
import app.ember.store.DamagedBookException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code restore FILE}: the book as it was in the backup; the book as it is now is backed up first. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the data dir's book by the backup in FILE. The book as it is now is backed up "
                + "into backups/ first; a damaged book is kept aside, renamed, instead. A file that is not an Ember backup "
                + "that opens, or one made by a newer Ember, changes nothing (exit 2). A portable backup (what "
                + "'backup' writes for a shared book) is read into an empty book only: a new data dir, or an empty "
                + "database on a server with --database.")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    private EmberCommand parent;

    @Parameters(paramLabel = "FILE", description = "A backup (.zip), e.g. one listed by 'ember backups'.")
    private Path file;

    @Override
    public Integer call() {
        if (app.ember.store.PortableBackup.isPortable(file)) {
            return portable();
        }
        parent.refuseServer("restore");
        // Checked before the data dir is even opened: a wrong file, or one from a newer Ember, changes nothing.
        try {
            Backups.refuseNewer(Backups.read(file));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        Services.Restore restore;
        try {
            restore = restoreInto(parent.dataDir());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        try (Services restored = restore.services()) {
            int leads = restored.leadBook().count(app.ember.domain.LeadQuery.all());
            if (restore.before() != null) {
                System.out.println("Backed up the book as it was (" + restore.before().leads() + " leads) to "
                        + restore.before().file());
            }
            if (restore.damagedKeptAs() != null) {
                System.out.println("The damaged book is kept as " + restore.damagedKeptAs());
            }
            System.out.println("Restored " + leads + (leads == 1 ? " lead" : " leads") + " from " + file
                    + " (taken " + BackupsCommand.TIME.format(restore.restored().taken()) + ")");
            return 0;
        }
    }

    /** A portable backup, read into the empty book named (a server's, or the data dir's). */
    private int portable() {
        try (Services services = Services.open(parent.book(), parent.clock())) {
            app.ember.store.PortableBackup.Summary summary;
            try {
                summary = services.restorePortable(file);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new BadInputException(e.getMessage(), e);
            }
            System.out.println("Restored " + summary.leads() + (summary.leads() == 1 ? " lead" : " leads")
                    + " and every other table from " + file + " (taken " + summary.taken() + ") into "
                    + services.location().name() + "; every count checked.");
            return 0;
        }
    }

    /** A book that opens is backed up first; a damaged one does not open, and is kept aside instead. */
    private Services.Restore restoreInto(java.nio.file.Path dataDir) {
        Services services;
        try {
            services = Services.open(dataDir, parent.clock());
        } catch (DamagedBookException damaged) {
            return Services.restoreDamaged(dataDir, file, parent.clock());
        }
        try {
            return services.restore(file);
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }
}
