package app.ember.cli;

import app.ember.app.Services;
import app.ember.store.Backups;
import app.ember.store.DamagedBookException;
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
        parent.refuseServer("backups");
        if (keep != null && (keep < 1 || keep > Backups.MAX_KEEP)) {
            throw new BadInputException("--keep " + keep + " is out of range; expected 1 to " + Backups.MAX_KEEP);
        }
        Services services;
        try {
            services = Services.open(parent.book());
        } catch (DamagedBookException damaged) {
            if (keep != null) {
                throw damaged;
            }
            // The listing needs only the zips' comments: it is what the user needs to choose a restore.
            List<Backups.Backup> all = Backups.listIn(parent.dataDir());
            System.out.println(count(all) + " in " + parent.dataDir().toAbsolutePath().resolve(Backups.FOLDER)
                    + " (the book is damaged and was not opened; 'ember restore FILE' puts one back)");
            print(all);
            return 0;
        }
        try (services) {
            Backups backups = services.backups();
            if (keep != null) {
                backups.setKeep(keep);
            }
            List<Backups.Backup> all = backups.list();
            System.out.println(count(all) + " in " + backups.folder() + " (the last " + backups.keep() + " are kept)");
            print(all);
            return 0;
        }
    }

    private static String count(List<Backups.Backup> all) {
        return all.size() + (all.size() == 1 ? " backup" : " backups");
    }

    private static void print(List<Backups.Backup> all) {
        for (Backups.Backup backup : all) {
            System.out.printf(Locale.ROOT, "%s  %8s  %9s  %-21s %s%n", TIME.format(backup.taken()),
                    backup.leads() < 0 ? "? leads" : backup.leads() + " leads", size(backup.size()),
                    Terminal.line(backup.reason()), Terminal.line(backup.file().getFileName().toString()));
        }
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f kB", Math.max(1, bytes / 1024.0));
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
