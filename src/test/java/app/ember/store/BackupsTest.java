package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.domain.Channel;
import app.ember.domain.Direction;
import app.ember.domain.LeadDetails;
import app.ember.domain.LeadQuery;
import app.ember.domain.Outcome;
import app.ember.domain.Temperature;
import app.ember.domain.TimelineEntry;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final Instant MONDAY_0915 = Instant.parse("2026-11-23T09:15:00Z");

    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZONE);
    }

    private Services open(Instant now) {
        return new Services(Database.open(dataDir), at(now));
    }

    private static long addLead(Services services, String first, String last) {
        return services.leadBook().createWithDetails(TestLeads.lead(first, last, Temperature.WARM, false, null),
                List.of("wedding"), "Wants peonies", Map.of("favourite flowers", "peonies"));
    }

    private static List<TimelineEntry> timeline(Services services, long id) {
        return services.touchLog().timeline(id, Set.of(), 0, 1000);
    }

    @Test
    void aRestoreGivesBackExactlyTheBackedUpBook() {
        Services services = open(MONDAY_0915);
        long ana = addLead(services, "Ana", "Ruiz");
        addLead(services, "Tom", "Smith");
        services.touchLog().logTouch(ana, Channel.CALL, Direction.OUT, Outcome.REACHED, 10, "first call",
                MONDAY_0915.minusSeconds(3600), null);
        LeadDetails anaThen = services.leadBook().details(ana).orElseThrow();
        List<TimelineEntry> timelineThen = timeline(services, ana);

        Backups.Backup backup = services.backups().backup();
        assertEquals(2, backup.leads());
        assertEquals("ember-2026-11-23-0915.zip", backup.file().getFileName().toString());

        // Changes after the backup: a lead edited, a touch logged, a lead added, one deleted.
        services.leadBook().update(anaThen.lead().toBuilder().firstName("Anabel").build(), null);
        services.touchLog().logTouch(ana, Channel.EMAIL, Direction.OUT, Outcome.SENT, 5, "after the backup",
                MONDAY_0915.minusSeconds(60), null);
        addLead(services, "Zoe", "Late");
        services.leadBook().delete(List.of(ana));
        assertEquals(2, services.leadBook().count(LeadQuery.all()));

        Services.Restore restore = services.restore(backup.file());
        assertFalse(services.isOpen(), "the services on the replaced data are closed");
        try (Services restored = restore.services()) {
            assertEquals(2, restored.leadBook().count(LeadQuery.all()));
            assertEquals(anaThen, restored.leadBook().details(ana).orElseThrow());
            assertEquals(timelineThen, timeline(restored, ana));
            // The state before the restore was backed up first, and is listed with the others.
            assertEquals(2, restore.before().leads());
            assertEquals("before restore", restore.before().reason());
            assertEquals(List.of(restore.before().file(), backup.file()),
                    restored.backups().list().stream().map(Backups.Backup::file).toList());
        }
    }

    @Test
    void aBackupTakenWhileLeadsAreBeingAddedOpensWholeAndHoldsAtLeastWhatItCounted() throws Exception {
        Services services = open(MONDAY_0915);
        for (int i = 0; i < 200; i++) {
            addLead(services, "Before" + i, "Writer");
        }
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
        Thread writer = new Thread(() -> {
            while (!stop.get()) {
                addLead(services, "During" + written.incrementAndGet(), "Writer");
            }
        });
        writer.start();
        Backups.Backup backup;
        try {
            Thread.sleep(50);
            backup = services.backups().backupTo(elsewhere.resolve("during.zip"), Backups.Reason.MANUAL);
        } finally {
            stop.set(true);
            writer.join();
        }
        assertTrue(written.get() > 0, "the writer ran while the backup was taken");
        assertTrue(backup.leads() >= 200, "counted " + backup.leads());
        services.close();

        Path unpacked = elsewhere.resolve("unpacked");
        Files.createDirectories(unpacked);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(backup.file().toFile())) {
            try (var in = zip.getInputStream(zip.getEntry("ember.mv.db"))) {
                Files.copy(in, unpacked.resolve("ember.mv.db"));
            }
        }
        try (Database copy = Database.open(unpacked)) {
            int leads = new LeadBook(copy).count(LeadQuery.all());
            assertTrue(leads >= backup.leads() && leads <= 200 + written.get(),
                    leads + " leads in the copy, " + backup.leads() + " counted, " + written.get() + " written during");
        }
    }

    @Test
    void aZipThatIsNotABackupChangesNothing() throws Exception {
        Path notABackup = elsewhere.resolve("photos.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(notABackup))) {
            zip.putNextEntry(new ZipEntry("ember.mv.db"));
            zip.write("not a database".getBytes());
            zip.closeEntry();
        }
        Path text = Files.writeString(elsewhere.resolve("notes.zip"), "hello");
        try (Services services = open(MONDAY_0915)) {
            addLead(services, "Ana", "Ruiz");
            byte[] before = Files.readAllBytes(dataDir.resolve("ember.mv.db"));
            for (Path wrong : List.of(notABackup, text, elsewhere.resolve("missing.zip"))) {
                IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                        () -> services.restore(wrong));
                assertTrue(error.getMessage().contains(wrong.toString()), error.getMessage());
                assertTrue(error.getMessage().contains("not an Ember backup"), error.getMessage());
            }
            assertTrue(services.isOpen());
            assertEquals(1, services.leadBook().count(LeadQuery.all()));
            assertTrue(services.backups().list().isEmpty(), "no backup taken for a wrong file");
            assertFalse(Files.exists(dataDir.resolve("ember.mv.db.restoring")));
            assertEquals(before.length, Files.size(dataDir.resolve("ember.mv.db")));
        }
    }

    @Test
    void rotationKeepsTheLastN() {
        try (Services services = open(MONDAY_0915)) {
            addLead(services, "Ana", "Ruiz");
            services.backups().setKeep(3);
            assertEquals(3, services.backups().keep());
            for (int i = 0; i < 5; i++) {
                new Backups(services.leadBook().database(), at(MONDAY_0915.plus(Duration.ofHours(i)))).backup();
            }
            List<String> names = services.backups().list().stream()
                    .map(b -> b.file().getFileName().toString()).toList();
            assertEquals(List.of("ember-2026-11-23-1315.zip", "ember-2026-11-23-1215.zip", "ember-2026-11-23-1115.zip"),
                    names);
            assertThrows(IllegalArgumentException.class, () -> services.backups().setKeep(0));
        }
    }

    @Test
    void twoBackupsInOneMinuteHaveTheirOwnNames() {
        try (Services services = open(MONDAY_0915)) {
            Backups.Backup first = services.backups().backup();
            Backups.Backup second = services.backups().backup();
            assertEquals("ember-2026-11-23-0915.zip", first.file().getFileName().toString());
            assertEquals("ember-2026-11-23-0915-2.zip", second.file().getFileName().toString());
            assertEquals(second.file(), services.backups().list().get(0).file(), "newest first");
        }
    }

    @Test
    void theDailyBackupHappensOnceADay() {
        try (Services services = open(MONDAY_0915)) {
            assertTrue(services.dailyBackup().taken().isEmpty(), "an empty book needs no backup");
            addLead(services, "Ana", "Ruiz");
            Database database = services.leadBook().database();
            assertTrue(new Backups(database, at(MONDAY_0915)).dailyIfDue().isPresent());
            assertTrue(new Backups(database, at(MONDAY_0915.plus(Duration.ofHours(8)))).dailyIfDue().isEmpty(),
                    "later the same day: none");
            Backups.Backup tuesday = new Backups(database, at(MONDAY_0915.plus(Duration.ofHours(24)))).dailyIfDue()
                    .orElseThrow();
            assertEquals("daily", tuesday.reason());
            assertEquals(2, services.backups().list().size());
        }
    }

    @Test
    void aPendingMigrationBacksTheBookUpFirst() {
        try (Services services = open(MONDAY_0915)) {
            addLead(services, "Ana", "Ruiz");
        }
        try (Database database = Database.open(dataDir, "classpath:app/ember/store/laterschema")) {
            List<Backups.Backup> backups = new Backups(database, Clock.systemDefaultZone()).list();
            assertEquals(1, backups.size());
            assertEquals("before schema update", backups.get(0).reason());
            assertEquals(1, backups.get(0).leads());
            assertTrue(database.<Boolean>read(c -> tableExists(c, "LATER_SCHEMA_PROBE")), "then migrated");
            // The backup holds the book as it was before the migration.
            Path copy = elsewhere.resolve("copy");
            try (Database old = openBackup(backups.get(0).file(), copy)) {
                assertFalse(old.<Boolean>read(c -> tableExists(c, "LATER_SCHEMA_PROBE")));
            }
        }
        // Opening again: nothing pending, no new backup.
        try (Database database = Database.open(dataDir, "classpath:app/ember/store/laterschema")) {
            assertEquals(1, new Backups(database, Clock.systemDefaultZone()).list().size());
        }
    }

    @Test
    void aNewDataDirNeedsNoBackup() {
        try (Database database = Database.open(dataDir.resolve("fresh"))) {
            assertTrue(new Backups(database, Clock.systemDefaultZone()).list().isEmpty());
            assertFalse(Files.exists(dataDir.resolve("fresh").resolve(Backups.FOLDER)));
        }
    }

    /** Opens the database inside a backup zip in a folder of its own (as a read-only look). */
    private static Database openBackup(Path zip, Path folder) {
        try {
            Files.createDirectories(folder);
            try (var file = new java.util.zip.ZipFile(zip.toFile());
                 OutputStream out = Files.newOutputStream(folder.resolve("ember.mv.db"))) {
                file.getInputStream(file.getEntry("ember.mv.db")).transferTo(out);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // No migration location beyond the real ones: the backup is at the real schema, nothing pending.
        return Database.open(folder);
    }

    private static boolean tableExists(java.sql.Connection c, String name) throws java.sql.SQLException {
        try (ResultSet rows = c.getMetaData().getTables(null, null, name, null)) {
            return rows.next();
        }
    }
}
