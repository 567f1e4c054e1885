package app.ember.cli;

import app.ember.app.Services;
import app.ember.store.Backups;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code restore FILE}: the book as it was in the backup; the book as it is now is backed up first. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the data dir's book by the backup in FILE. The book as it is now is backed up "
                + "into backups/ first. A file that is not an Ember backup changes nothing (exit 2).")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    private EmberCommand parent;

    @Parameters(paramLabel = "FILE", description = "A backup (.zip), e.g. one listed by 'ember backups'.")
    private Path file;

    @Override
    public Integer call() {
        // Checked before the data dir is even opened: a wrong file changes nothing.
        try {
            Backups.read(file);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        Services services = Services.open(parent.dataDir());
        Services.Restore restore;
        try {
            restore = services.restore(file);
        } catch (IllegalArgumentException e) {
            services.close();
            throw new BadInputException(e.getMessage(), e);
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
        try (Services restored = restore.services()) {
            int leads = restored.leadBook().count(app.ember.domain.LeadQuery.all());
            System.out.println("Backed up the book as it was (" + restore.before().leads() + " leads) to "
                    + restore.before().file());
            System.out.println("Restored " + leads + (leads == 1 ? " lead" : " leads") + " from " + file
                    + " (taken " + BackupsCommand.TIME.format(restore.restored().taken()) + ")");
            return 0;
        }
    }
}
