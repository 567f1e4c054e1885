package app.ember.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.files.SafeFiles;
import app.ember.store.Backups;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** What every start does to the data dir: owner-only files, and the leftovers of killed work gone. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions")
class DataDirSetupTest {
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> EVERYONE_READS = PosixFilePermissions.fromString("rw-r--r--");

    @TempDir
    Path temp;

    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger log = Logger.getLogger(DataDirSetup.class.getName());
    private final Handler catcher = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        log.addHandler(catcher);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(catcher);
    }

    private static Set<PosixFilePermission> permissions(Path path) throws Exception {
        return Files.getPosixFilePermissions(path);
    }

    @Test
    void aNewDataDirItsBookItsBackupsAndItsKeptFilesAreTheOwnersAlone() throws Exception {
        Path dataDir = temp.resolve("shop").resolve("ember");
        try (Services services = Services.open(dataDir)) {
            services.loadSampleLeads();
            Backups.Backup backup = services.backups().backup();
            SafeFiles.replace(dataDir.resolve(DataDirSetup.WINDOW_FILE), out -> out.write("x=1".getBytes(StandardCharsets.UTF_8)));
            assertEquals(FOLDER, permissions(dataDir));
            assertEquals(FILE, permissions(dataDir.resolve("ember.mv.db")));
            assertEquals(FOLDER, permissions(dataDir.resolve("backups")));
            assertEquals(FILE, permissions(backup.file()));
            assertEquals(FILE, permissions(dataDir.resolve(DataDirSetup.WINDOW_FILE)), "written into an owner-only folder");
            assertFalse(permissions(temp.resolve("shop")).equals(FOLDER), "the parents made on the way are the system's");
        }
    }

    @Test
    void filesAnOlderEmberLeftReadableByEveryoneAreMadeTheOwnersAtTheNextStart() throws Exception {
        Path dataDir = temp.resolve("ember");
        try (Services services = Services.open(dataDir)) {
            services.loadSampleLeads();
            services.backups().backup();
        }
        Path backups = dataDir.resolve("backups");
        Path zip;
        try (var files = Files.list(backups)) {
            zip = files.findFirst().orElseThrow();
        }
        Path mailings = Files.createDirectories(dataDir.resolve("mailings"));
        Path pdf = Files.writeString(mailings.resolve("ember-labels.pdf"), "%PDF");
        Path logs = Files.createDirectories(dataDir.resolve("logs"));
        Path logFile = Files.writeString(logs.resolve("ember.log"), "a line\n");
        Path window = Files.writeString(dataDir.resolve(DataDirSetup.WINDOW_FILE), "x=1");
        Path trace = Files.writeString(dataDir.resolve("ember.trace.db"), "");
        Path usersOwn = Files.writeString(dataDir.resolve("notes.txt"), "not Ember's");
        for (Path folder : List.of(dataDir, backups, mailings, logs)) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        for (Path file : List.of(dataDir.resolve("ember.mv.db"), zip, pdf, logFile, window, trace, usersOwn)) {
            Files.setPosixFilePermissions(file, EVERYONE_READS);
        }

        try (Services services = Services.open(dataDir)) {
            assertEquals(60, services.leadBook().count(app.ember.domain.LeadQuery.all()));
        }
        for (Path folder : List.of(dataDir, backups, mailings, logs)) {
            assertEquals(FOLDER, permissions(folder), folder.toString());
        }
        for (Path file : List.of(dataDir.resolve("ember.mv.db"), zip, pdf, logFile, window, trace)) {
            assertEquals(FILE, permissions(file), file.toString());
        }
        assertEquals(EVERYONE_READS, permissions(usersOwn), "a file that is not Ember's is left as it is");
    }

    @Test
    void aKilledBackupsPartAndAKilledRestoresUnpackedBookAreDeletedAtTheNextStartAndLogged() throws Exception {
        Path dataDir = temp.resolve("ember");
        try (Services services = Services.open(dataDir)) {
            services.loadSampleLeads();
        }
        Path part = Files.writeString(Files.createDirectories(dataDir.resolve("backups"))
                .resolve("ember-2026-12-06-1402.zip.part"), "half a zip");
        Path restoring = Files.writeString(dataDir.resolve("ember.mv.db.restoring"), "half a book");
        Path otherZip = Files.writeString(dataDir.resolve("backups").resolve("keep-me.zip"), "the user's");

        try (Services services = Services.open(dataDir)) {
            assertEquals(60, services.leadBook().count(app.ember.domain.LeadQuery.all()), "the book is untouched");
        }
        assertFalse(Files.exists(part));
        assertFalse(Files.exists(restoring));
        assertTrue(Files.exists(otherZip), "only the leftovers go");
        List<String> lines = logged.stream().map(LogRecord::getMessage).toList();
        assertTrue(lines.contains("clean-up: deleted " + part + ", left by a backup that did not finish"), lines.toString());
        assertTrue(lines.contains("clean-up: deleted " + restoring + ", left by a restore that did not finish"),
                lines.toString());
    }

    @Test
    void aRestoredBookIsTheOwnersAloneToo() throws Exception {
        Path dataDir = temp.resolve("ember");
        Services services = Services.open(dataDir);
        services.loadSampleLeads();
        Path zip = services.backups().backup().file();
        Services.Restore restore = services.restore(zip);
        try (Services restored = restore.services()) {
            assertEquals(FILE, permissions(dataDir.resolve("ember.mv.db")));
            assertEquals(FILE, permissions(restore.before().file()));
        }
    }
}
