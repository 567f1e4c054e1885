package app.ember.cli;

import app.ember.app.Services;
import app.ember.store.Backups;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backup [--out FILE]}: a consistent copy of the book, taken while it may be in use elsewhere in Ember. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up the data dir's book into its backups/ folder (or into FILE); print the file and "
                + "the number of leads in it.",
            "On a shared book (--database): a portable backup of every table (a zip of JSON lines) into the data "
                + "dir's shared-backups/ folder (or FILE), which 'restore' reads back into an empty book."})
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    private EmberCommand parent;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the backup here instead (a .zip; not rotated).")
    private Path out;

    @Override
    public Integer call() throws java.io.IOException {
        if (out != null) {
            if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                throw new BadInputException("--out " + out + ": a backup is a .zip file");
            }
            if (Files.exists(out)) {
                throw new BadInputException("--out " + out + " exists already; choose another name");
            }
            OutputFiles.checkFolder(out);
        }
        if (parent.book().isServer()) {
            return portable();
        }
        try (Services services = Services.open(parent.book(), parent.clock())) {
            Backups.Backup backup = out == null ? services.backups().backup()
                    : services.backups().backupTo(out, Backups.Reason.MANUAL);
            System.out.println("Backed up " + backup.leads() + (backup.leads() == 1 ? " lead" : " leads") + " to "
                    + backup.file());
            return 0;
        }
    }

    /** A shared book: every table into a portable zip, from one snapshot while people go on working. */
    private int portable() throws java.io.IOException {
        try (Services services = Services.open(parent.book(), parent.clock())) {
            Path file = out == null ? services.sharedBackupFile() : out;
            app.ember.store.PortableBackup.Summary summary = services.backupPortable(file);
            System.out.println("Backed up the shared book " + services.location().name() + ": " + summary.leads()
                    + (summary.leads() == 1 ? " lead" : " leads") + " and every other table (portable; "
                    + "'ember restore FILE' reads it back into an empty book) to " + file);
            return 0;
        }
    }
}
