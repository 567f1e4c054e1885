package app.ember.app;

import app.ember.files.PrivateFiles;
import app.ember.mail.LabelTemplates;
import app.ember.store.Backups;
import app.ember.store.StoreException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What each start does to the data dir around opening the book: the data dir exists and is owner-only
 * (0700), and so are the book (ember.mv.db and H2's other ember.* files), the backups, the logs and the
 * files Ember keeps there (0600; their folders 0700), where the file system has POSIX permissions: a
 * customer list is personal data. Files of an older Ember, made with the system's usual 0644, are mended
 * at the next start. And what a killed backup ({@code backups/*.zip.part}) or a killed restore
 * ({@code ember.mv.db.restoring}) left behind is deleted, each deletion logged.
 */
public final class DataDirSetup {
    private static final Logger LOG = Logger.getLogger(DataDirSetup.class.getName());
    /** Ember's folders in the data dir: their files are owner-only too. */
    static final List<String> FOLDERS = List.of(Backups.FOLDER, EmberLog.FOLDER, "mailings");
    /** Where the window keeps its size, place and screen (written by the window, named here with the rest). */
    public static final String WINDOW_FILE = "window.properties";
    /** The window's remembered shared-book address (never a password). */
    public static final String SHARED_BOOK_FILE = "shared-book.properties";
    /** Ember's own files beside the book, besides H2's ember.* files. */
    static final List<String> FILES = List.of(WINDOW_FILE, LabelTemplates.FILE_NAME, DisplayName.FILE, SHARED_BOOK_FILE);
    /** A restore unpacks the backup as this, then moves it over the book. */
    static final String RESTORING = "ember.mv.db.restoring";
    /** A backup is written as this, then moved to its name. */
    static final String PART = ".zip.part";

    private DataDirSetup() {
    }

    /** Before the book opens: the data dir exists, owner-only, and this process logs into it. */
    static void prepare(Path dataDir) {
        try {
            PrivateFiles.createFolder(dataDir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the data dir " + dataDir + ": " + e.getMessage(), e);
        }
        EmberLog.openIn(dataDir);
    }

    /**
     * Once the book is open (no other Ember works in the data dir then): its files owner-only, the leftovers
     * of killed work deleted. Nothing here stops a start: what cannot be done is logged.
     */
    static void tidy(Path dataDir) {
        deleteLeftover(dataDir.resolve(RESTORING), "a restore that did not finish");
        Path backups = dataDir.resolve(Backups.FOLDER);
        if (Files.isDirectory(backups)) {
            try (DirectoryStream<Path> parts = Files.newDirectoryStream(backups, "*" + PART)) {
                for (Path part : parts) {
                    deleteLeftover(part, "a backup that did not finish");
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot look for unfinished backups in " + backups, e);
            }
        }
        restrict(dataDir);
    }

    /** Makes the data dir, Ember's files in it and its folders' files owner-only. */
    static void restrict(Path dataDir) {
        if (!PrivateFiles.supported(dataDir)) {
            return;
        }
        try {
            PrivateFiles.restrictFolder(dataDir);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDir)) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    if (Files.isRegularFile(file) && (name.startsWith("ember.") || FILES.contains(name))) {
                        PrivateFiles.restrictFile(file);
                    }
                }
            }
            for (String name : FOLDERS) {
                Path folder = dataDir.resolve(name);
                if (Files.isDirectory(folder) && !Files.isSymbolicLink(folder)) {
                    PrivateFiles.restrictFolder(folder);
                    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                        for (Path file : files) {
                            if (Files.isRegularFile(file)) {
                                PrivateFiles.restrictFile(file);
                            }
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot make the files in " + dataDir + " private to their owner", e);
        }
    }

    private static void deleteLeftover(Path file, String what) {
        try {
            if (Files.deleteIfExists(file)) {
                LOG.info(() -> "clean-up: deleted " + file + ", left by " + what);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete " + file + ", left by " + what, e);
        }
    }
}
