package app.ember.cli;

import app.ember.app.Services;
import app.ember.store.Backups;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backups [--keep N]}: the backups in the data dir, newest first. */
@Command(name = "backups", mixinStandardHelpOptions = true,
        description = "List the backups in the data dir's backups/ folder, newest first: when, how many leads, "
                + "how big, why. --keep N changes how many are kept (default 14).")
final class BackupsCommand implements Callable<Integer> {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    @ParentCommand
    private EmberCommand parent;

    @Option(names = "--keep", paramLabel = "N", description = "Keep the last N backups from now on (1 to 1000).")
    private Integer keep;

    @Override
    public Integer call() {
        if (keep != null && (keep < 1 || keep > Backups.MAX_KEEP)) {
            throw new BadInputException("--keep " + keep + " is out of range; expected 1 to " + Backups.MAX_KEEP);
        }
        try (Services services = Services.open(parent.dataDir())) {
            Backups backups = services.backups();
            if (keep != null) {
                backups.setKeep(keep);
            }
            List<Backups.Backup> all = backups.list();
            System.out.println(all.size() + (all.size() == 1 ? " backup" : " backups") + " in " + backups.folder()
                    + " (the last " + backups.keep() + " are kept)");
            for (Backups.Backup backup : all) {
                System.out.printf(Locale.ROOT, "%s  %8s  %9s  %-21s %s%n", TIME.format(backup.taken()),
                        backup.leads() < 0 ? "? leads" : backup.leads() + " leads", size(backup.size()),
                        Terminal.line(backup.reason()), Terminal.line(backup.file().getFileName().toString()));
            }
            return 0;
        }
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f kB", Math.max(1, bytes / 1024.0));
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
