package app.ember.cli;

import app.ember.app.DataDir;
import app.ember.store.Backups;
import app.ember.store.DamagedBookException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one line a command prints when the book is damaged: the file, where the damaged copy is kept,
 * and the exact command that puts back the newest backup that opens (or what to do without one).
 */
final class DamagedBookAdvice {
    private DamagedBookAdvice() {
    }

    static String line(DamagedBookException damaged) {
        Path dataDir = damaged.dataDir().toAbsolutePath();
        String kept = damaged.keptAs().getFileName().toString().equals("ember.mv.db") ? ""
                : "; it is kept as " + damaged.keptAs();
        String head = "the book " + dataDir.toAbsolutePath().resolve("ember.mv.db") + " is damaged"
                + (short_(damaged.reason()) ? " (" + damaged.reason() + ")" : "") + " and was not used" + kept;
        Optional<Backups.Backup> good;
        try {
            good = Backups.newestThatOpens(dataDir);
        } catch (RuntimeException e) {
            good = Optional.empty();
        }
        if (good.isEmpty()) {
            return head + "; no backup of it opens: restore one from elsewhere with: " + command(dataDir, "FILE");
        }
        Backups.Backup backup = good.get();
        return head + "; to go back to the newest backup that opens (" + BackupsCommand.TIME.format(backup.taken())
                + ", " + backup.leads() + (backup.leads() == 1 ? " lead" : " leads") + "), run: "
                + command(dataDir, backup.file().toAbsolutePath().toString());
    }

    /** {@code ember restore FILE}, with the data dir when it is not the default one. */
    private static String command(Path dataDir, String file) {
        boolean usual = dataDir.toAbsolutePath().normalize().equals(DataDir.defaultDir().toAbsolutePath().normalize());
        return "ember " + (usual ? "" : "--data-dir " + quoted(dataDir.toString()) + " ") + "restore " + quoted(file);
    }

    private static String quoted(String text) {
        return text.matches("[\\w./:@+=,-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }

    /** H2's own messages are long and point at its recovery tool; those go to the log only. */
    private static boolean short_(String reason) {
        return reason != null && reason.length() <= 60 && !reason.contains("\n");
    }
}
