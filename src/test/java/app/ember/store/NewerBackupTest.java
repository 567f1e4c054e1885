package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup from a newer Ember (a newer schema) is refused before anything changes, saying which made it. */
class NewerBackupTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    /** A backup of a book whose schema is newer than this Ember's (V900 from the test's later schema). */
    private Path newerBackup() {
        Path newer = elsewhere.resolve("newer");
        try (Database database = Database.open(newer, "classpath:app/ember/store/laterschema")) {
            return new Backups(database, Clock.systemDefaultZone())
                    .backupTo(elsewhere.resolve("from-a-newer-ember.zip"), Backups.Reason.MANUAL).file();
        }
    }

    @Test
    void aBackupSaysItsSchemaAndTheEmberThatMadeIt() {
        try (Services services = new Services(Database.open(dataDir), Clock.systemDefaultZone())) {
            Backups.Backup backup = services.backups().backup();
            assertEquals(Database.SCHEMA_VERSION, backup.schema());
            assertEquals("development", backup.ember(), "from the classes folder; the jar's manifest version otherwise");
        }
        assertEquals(900, Backups.read(newerBackup()).schema());
    }

    @Test
    void aBackupFromANewerEmberIsRefusedAndNothingChanges() throws Exception {
        Path zip = newerBackup();
        assertRefusedWithNothingChanged(zip, "schema 900");
    }

    @Test
    void anOldStyleZipWithoutItsSchemaIsReadFromTheDatabaseInside() throws Exception {
        Path zip = newerBackup();
        Path oldStyle = elsewhere.resolve("old-style.zip");
        try (ZipFile in = new ZipFile(zip.toFile());
             InputStream db = in.getInputStream(in.getEntry(Backups.ENTRY));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(oldStyle))) {
            out.setComment("Ember backup\ntaken=2026-12-06T14:02:00Z\nleads=0\nreason=manual\n");
            out.putNextEntry(new ZipEntry(Backups.ENTRY));
            db.transferTo(out);
            out.closeEntry();
        }
        assertEquals(-1, Backups.read(oldStyle).schema(), "the comment does not say");
        assertRefusedWithNothingChanged(oldStyle, "schema 900");
    }

    private void assertRefusedWithNothingChanged(Path zip, String expected) throws Exception {
        try (Services services = new Services(Database.open(dataDir), Clock.systemDefaultZone())) {
            services.loadSampleLeads();
            byte[] before = Files.readAllBytes(dataDir.resolve(Backups.ENTRY));
            NewerBackupException refused = assertThrows(NewerBackupException.class, () -> services.restore(zip));
            assertTrue(refused.getMessage().contains("newer Ember") && refused.getMessage().contains(expected),
                    refused.getMessage());
            assertEquals(900, refused.schema());
            assertTrue(services.isOpen(), "the book was not closed");
            assertEquals(List.of(), services.backups().list(), "not even a 'before restore' backup");
            assertEquals(60, services.leadBook().count(app.ember.domain.LeadQuery.all()));
            assertArrayEquals(before, Files.readAllBytes(dataDir.resolve(Backups.ENTRY)));
        }
        try (var files = Files.list(dataDir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".checking-")));
        }
    }
}
