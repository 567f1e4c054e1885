package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.cli.CliRunner.Run;
import app.ember.domain.Lead;
import app.ember.domain.LeadQuery;
import app.ember.domain.Temperature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's messages when input is hostile or too big, and its exit codes (DESIGN.md §3). */
class SafetyCommandsTest {
    private static final String ESC = "\u001B";

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private Run run(String... args) {
        return CliRunner.runIn(dataDir, args);
    }

    private static String oneLine(Run run) {
        String[] lines = run.err().strip().split("\n");
        assertEquals(1, lines.length, "one line: " + run.err());
        return lines[0];
    }

    @Test
    void aNoteLongerThanTheBookKeepsIsBadInputNamingTheOptionAndTheLimit() {
        assertEquals(0, run("demo").exitCode());
        Run add = run("lead", "add", "--name", "Ann Long", "--note", "n".repeat(8_001));
        assertEquals(Cli.BAD_INPUT, add.exitCode(), add.err());
        assertEquals("ember: --note holds at most 8,000 characters; this one has 8,001", oneLine(add));
        Run log = run("log", "2", "--channel", "call", "--outcome", "reached", "--note", "n".repeat(9_000));
        assertEquals(Cli.BAD_INPUT, log.exitCode(), log.err());
        assertEquals("ember: --note holds at most 4,000 characters; this one has 9,000", oneLine(log));
        Run tag = run("lead", "add", "--name", "Ann Tag", "--tag", "t".repeat(61));
        assertEquals(Cli.BAD_INPUT, tag.exitCode(), tag.err());
        assertTrue(oneLine(tag).startsWith("ember: --tag holds at most 60 characters"), tag.err());
        assertEquals(0, run("lead", "add", "--name", "Ann Fits", "--note", "n".repeat(8_000)).exitCode());
    }

    @Test
    void controlCharactersAreRefusedInANameAndShownNotPlayedWhenListed() throws Exception {
        Run refused = run("lead", "add", "--name", "Eve " + ESC + "]0;owned" + ESC + "\\Smith");
        assertEquals(Cli.BAD_INPUT, refused.exitCode(), refused.err());
        assertTrue(oneLine(refused).startsWith("ember: --last-name: This field cannot hold control characters "
                + "(here U+001B)"), refused.err());
        Run company = run("lead", "add", "--name", "Eve Smith", "--company", "Acme\tLtd");
        assertEquals(Cli.BAD_INPUT, company.exitCode(), company.err());

        // A name stored before the check (an older import): the terminal gets signs, not sequences.
        String name = "Mallory" + ESC + "[2J" + ESC + "[31m\u009B1m";
        try (Services services = Services.open(dataDir)) {
            services.leadBook().create(Lead.builder().firstName(name).lastName("Red").company("Bell\u0007 Co")
                    .temperature(Temperature.HOT).build());
        }
        Run text = run("list");
        assertEquals(0, text.exitCode(), text.err());
        assertFalse(text.out().contains(ESC) || text.out().contains("\u0007"), text.out());
        assertTrue(text.out().contains("Mallory\u241B[2J\u241B[31m\uFFFD1m Red"), text.out());
        assertTrue(text.out().contains("Bell\u2407 Co"), text.out());

        Run show = run("lead", "show", "1");
        assertFalse(show.out().contains(ESC), show.out());

        Run json = run("list", "--format", "json");
        assertFalse(json.out().contains(ESC), "JSON escapes control characters itself: " + json.out());
        assertFalse(json.out().contains("\u009B"), "and the C1 ones, which Jackson alone would not: " + json.out());
        assertTrue(json.out().contains("\\u001B[2J") && json.out().contains("\\u009B1m"), json.out());
        JsonNode leads = new ObjectMapper().readTree(json.out());
        assertEquals(name + " Red", leads.get(0).get("name").asText(), "and keeps the data");
        Run csv = run("list", "--format", "csv");
        assertTrue(csv.out().contains(name), "CSV keeps the data as it is");
    }

    @Test
    void aFailedDailyBackupIsOneLineAndTheWorkIsDone() throws Exception {
        assertEquals(0, run("demo").exitCode());
        try (Services services = Services.open(dataDir)) {
            // Today's backup from demo is gone; a file stands where the backups folder goes.
            for (var backup : services.backups().list()) {
                Files.delete(backup.file());
            }
        }
        Path folder = dataDir.resolve("backups");
        if (Files.isDirectory(folder)) {
            try (var left = Files.list(folder)) {
                for (Path file : left.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
        Files.writeString(folder, "not a folder");
        Run log = run("log", "2", "--channel", "call", "--outcome", "reached");
        assertEquals(0, log.exitCode(), log.err());
        assertTrue(log.out().startsWith("Logged touch "), log.out());
        assertTrue(oneLine(log).startsWith("ember: warning: the daily backup failed: Cannot create the backups folder"),
                log.err());
    }

    @Test
    void aZipThatStartsLikeAnH2FileButIsNoBackupIsBadInputAndChangesNothing() throws Exception {
        assertEquals(0, run("demo").exitCode());
        Path fake = files.resolve("fake.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(fake))) {
            zip.putNextEntry(new ZipEntry("ember.mv.db"));
            zip.write("H:2,block:2,blockSize:1000,format:3,fletcher:12345678\nnothing of a database"
                    .getBytes(StandardCharsets.ISO_8859_1));
            zip.closeEntry();
        }
        Run restore = run("restore", fake.toString());
        assertEquals(Cli.BAD_INPUT, restore.exitCode(), restore.err());
        assertTrue(oneLine(restore).contains("is not an Ember backup: its ember.mv.db starts like an H2 database, but "
                + "its header is not whole"), restore.err());
        assertEquals(60, leads());
    }

    @Test
    void anEncryptedZipIsSaidToBeEncrypted() throws Exception {
        assertEquals(0, run("demo").exitCode());
        Path backup;
        try (Services services = Services.open(dataDir)) {
            backup = services.backups().backup().file();
        }
        // The same zip with its entry marked encrypted, as "zip -e" marks it (bit 0 of the general purpose flags).
        byte[] bytes = Files.readAllBytes(backup);
        markEncrypted(bytes, new byte[] {'P', 'K', 3, 4}, 6);
        markEncrypted(bytes, new byte[] {'P', 'K', 1, 2}, 8);
        Path encrypted = Files.write(files.resolve("locked.zip"), bytes);
        Run restore = run("restore", encrypted.toString());
        assertEquals(Cli.BAD_INPUT, restore.exitCode(), restore.err());
        assertEquals("ember: " + encrypted + " is not an Ember backup: it is an encrypted (password-protected) zip, "
                + "and Ember's backups never are; unzip it with its password first", oneLine(restore));
    }

    private static void markEncrypted(byte[] bytes, byte[] signature, int flagsAt) {
        for (int i = 0; i + 4 <= bytes.length; i++) {
            if (bytes[i] == signature[0] && bytes[i + 1] == signature[1] && bytes[i + 2] == signature[2]
                    && bytes[i + 3] == signature[3]) {
                bytes[i + flagsAt] |= 1;
                return;
            }
        }
        throw new AssertionError("no zip header");
    }

    @Test
    void aCsvWithANulByteFarIntoItIsRefusedNamingTheFileAndTheRow() throws Exception {
        StringBuilder csv = new StringBuilder("First Name,Last Name,E-mail\n");
        for (int i = 0; i < 400; i++) {
            csv.append("Ann").append(i).append(",Smith,ann").append(i).append("@example.com\n");
        }
        csv.append("Nul\u0000ly,Smith,nul@example.com\n");
        Path file = Files.writeString(files.resolve("contacts.csv"), csv.toString());
        assertTrue(Files.size(file) > 8192, "the NUL is past the first 8 KB");
        Run imported = run("import", file.toString());
        assertEquals(Cli.BAD_INPUT, imported.exitCode(), imported.err());
        assertEquals("ember: " + file + ": row 402 holds a NUL byte: binary data, not text; nothing of the file is "
                + "imported", oneLine(imported));
        assertEquals(0, leads());
    }

    @Test
    void anXlsxZipBombIsRefusedAtOnceNamingTheFileAndTheLimit() throws Exception {
        Path bomb = files.resolve("leads.xlsx");
        Files.write(bomb, zipBomb(64 << 20));
        assertTrue(Files.size(bomb) < 1 << 20, "a small file: " + Files.size(bomb));
        long began = System.nanoTime();
        Run imported = run("import", bomb.toString());
        assertEquals(Cli.BAD_INPUT, imported.exitCode(), imported.err());
        assertEquals("ember: " + bomb + ": refused: its part xl/worksheets/sheet1.xml unpacks to more than 100 times "
                + "its size, the most Ember reads (a zip bomb, not a spreadsheet)", oneLine(imported));
        assertTrue(System.nanoTime() - began < 20_000_000_000L, "refused before it is read");
        assertEquals(0, leads());
    }

    /**
     * A real workbook (fastexcel's) whose sheet is replaced by a header row and then {@code bytes} of one
     * repeated row, deflated at the best level: a few hundred kilobytes that unpack to {@code bytes}.
     */
    static byte[] zipBomb(long bytes) throws Exception {
        ByteArrayOutputStream small = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(small, "bench", "1.0");
        Worksheet sheet = workbook.newWorksheet("Leads");
        sheet.value(0, 0, "First Name");
        sheet.value(1, 0, "Ann");
        workbook.finish();
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        Path unpacked = Files.createTempFile("workbook", ".xlsx");
        try {
            Files.write(unpacked, small.toByteArray());
            try (ZipFile zip = new ZipFile(unpacked.toFile()); ZipOutputStream out = new ZipOutputStream(bomb)) {
                out.setLevel(Deflater.BEST_COMPRESSION);
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                        writeHugeSheet(out, bytes);
                    } else {
                        zip.getInputStream(entry).transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        } finally {
            Files.delete(unpacked);
        }
        return bomb.toByteArray();
    }

    private static void writeHugeSheet(OutputStream out, long bytes) throws Exception {
        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>First Name</t>"
                + "</is></c></row>").getBytes(StandardCharsets.UTF_8));
        byte[] row = "<row><c t=\"inlineStr\"><is><t>Ann</t></is></c></row>".getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[row.length * 2048];
        for (int i = 0; i < 2048; i++) {
            System.arraycopy(row, 0, block, i * row.length, row.length);
        }
        for (long written = 0; written < bytes; written += block.length) {
            out.write(block);
        }
        out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    }

    private int leads() {
        try (Services services = Services.open(dataDir)) {
            return services.leadBook().count(LeadQuery.all());
        }
    }
}
