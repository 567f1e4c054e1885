package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipFile;
import app.ember.domain.Temperature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a killed process leaves is the database file as it is at that moment: a commit is durable only if
 * H2 finds it when it opens that file again. These tests take that file (a plain byte copy while no write
 * is under way, which is what a kill between two writes leaves; and a backup) after every few commits on
 * a book with history (free space inside the file, where H2 puts new chunks) and open it.
 * Before {@link StoreHeader}, the copies lost the newest commits once the store began reusing space.
 */
class CommitDurabilityTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path copies;

    /**
     * A book with history: about 9 MB of rows, half of them deleted again, so the file has holes. H2 reuses
     * the space of dead chunks only after its retention time (45 s by default, which a user's session
     * passes early on); the test sets it to 0 so that reuse starts at once.
     */
    private static void giveHistory(Database database) {
        database.write(c -> c.createStatement().execute("SET RETENTION_TIME 0"));
        String pad = "h".repeat(1500);
        for (int batch = 0; batch < 20; batch++) {
            int b = batch;
            database.write(c -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO settings VALUES (?, ?)")) {
                    for (int i = 0; i < 300; i++) {
                        insert.setString(1, "history." + b + "." + i);
                        insert.setString(2, pad);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                return null;
            });
        }
        for (int batch = 0; batch < 20; batch += 2) {
            int b = batch;
            database.write(c -> {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM settings WHERE setting_key LIKE ?")) {
                    delete.setString(1, "history." + b + ".%");
                    delete.executeUpdate();
                }
                return null;
            });
        }
    }

    private static void commit(Database database, String key, int size) {
        database.write(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO settings VALUES (?, ?)")) {
                insert.setString(1, key);
                insert.setString(2, "v".repeat(size));
                insert.executeUpdate();
            }
            return null;
        });
    }

    static Set<String> probeKeys(Connection c) throws SQLException {
        Set<String> keys = new TreeSet<>();
        try (ResultSet rows = c.createStatement().executeQuery(
                "SELECT setting_key FROM settings WHERE setting_key LIKE 'probe.%'")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }

    /** Opens a copy of a database file on its own, as Ember would after a crash, and reads the probe keys. */
    static Set<String> probeKeysOfFile(Path file) throws SQLException {
        String base = file.toAbsolutePath().toString().replaceFirst("\\.mv\\.db$", "");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "ember", "")) {
            return probeKeys(c);
        }
    }

    static int leadsOfFile(Path file) throws SQLException {
        String base = file.toAbsolutePath().toString().replaceFirst("\\.mv\\.db$", "");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "ember", "");
             ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM leads WHERE deleted_at IS NULL")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void everyCommitIsInTheFileAsAKillWouldLeaveIt() throws Exception {
        Random random = new Random(13);
        List<String> lost = new ArrayList<>();
        try (Database database = Database.open(dataDir)) {
            giveHistory(database);
            Set<String> committed = new TreeSet<>();
            for (int round = 0; round < 30; round++) {
                for (int n = 1 + random.nextInt(4); n > 0; n--) {
                    String key = "probe." + round + "." + n;
                    commit(database, key, random.nextBoolean() ? random.nextInt(200) : random.nextInt(4000));
                    committed.add(key);
                }
                Path copy = copies.resolve("round" + round).resolve("ember.mv.db");
                Files.createDirectories(copy.getParent());
                Files.copy(dataDir.resolve("ember.mv.db"), copy);
                Set<String> found = probeKeysOfFile(copy);
                if (!found.equals(committed)) {
                    lost.add("round " + round + ": " + (committed.size() - found.size()) + " commits missing");
                }
            }
        }
        assertEquals(List.of(), lost, "copies of the file taken between commits lost commits");
    }

    @Test
    void aBackupHoldsEveryCommitMadeBeforeItBeganAndCountsWhatItHolds() throws Exception {
        Random random = new Random(29);
        List<String> wrong = new ArrayList<>();
        try (Database database = Database.open(dataDir)) {
            giveHistory(database);
            Backups backups = new Backups(database, Clock.systemDefaultZone());
            Set<String> committed = new TreeSet<>();
            LeadBook leads = new LeadBook(database);
            for (int round = 0; round < 20; round++) {
                for (int n = 1 + random.nextInt(6); n > 0; n--) {
                    String key = "probe." + round + "." + n;
                    commit(database, key, random.nextInt(3000));
                    committed.add(key);
                }
                leads.create(TestLeads.lead("Round", "No" + round, Temperature.WARM, false, null));
                Path zip = copies.resolve("backup" + round + ".zip");
                Backups.Backup backup = backups.backupTo(zip, Backups.Reason.MANUAL);
                Path copy = unpack(zip, copies.resolve("unpacked" + round));
                Set<String> found = probeKeysOfFile(copy);
                if (!found.equals(committed)) {
                    wrong.add("backup " + round + ": holds " + found.size() + " of " + committed.size() + " commits");
                }
                int leadsInCopy = leadsOfFile(copy);
                if (leadsInCopy != round + 1 || backup.leads() != leadsInCopy) {
                    wrong.add("backup " + round + ": says " + backup.leads() + " leads, holds " + leadsInCopy
                            + ", " + (round + 1) + " were added");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aBackupTakenWhileAnotherThreadCommitsHoldsAllThatWasCommittedBeforeIt() throws Exception {
        try (Database database = Database.open(dataDir)) {
            giveHistory(database);
            Backups backups = new Backups(database, Clock.systemDefaultZone());
            AtomicInteger acknowledged = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                Random random = new Random(5);
                for (int i = 0; !stop.get(); i++) {
                    commit(database, String.format("probe.%06d", i), random.nextInt(2500));
                    acknowledged.set(i + 1);
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            writer.start();
            try {
                for (int round = 0; round < 12; round++) {
                    Thread.sleep(30);
                    int before = acknowledged.get();
                    Path zip = copies.resolve("busy" + round + ".zip");
                    backups.backupTo(zip, Backups.Reason.MANUAL);
                    Set<String> found = probeKeysOfFile(unpack(zip, copies.resolve("busy" + round)));
                    for (int i = 0; i < before; i++) {
                        assertTrue(found.contains(String.format("probe.%06d", i)),
                                "backup " + round + " lacks commit " + i + " acknowledged before it began");
                    }
                }
            } finally {
                stop.set(true);
                writer.join();
            }
        }
    }

    static Path unpack(Path zip, Path dir) throws Exception {
        Files.createDirectories(dir);
        Path file = dir.resolve("ember.mv.db");
        try (ZipFile z = new ZipFile(zip.toFile()); InputStream in = z.getInputStream(z.getEntry(Backups.ENTRY))) {
            Files.copy(in, file);
        }
        return file;
    }
}
