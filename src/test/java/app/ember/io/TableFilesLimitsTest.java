package app.ember.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.ember.domain.Table;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an xlsx may hold before Ember reads it: each limit refuses the file, naming it and the limit. */
class TableFilesLimitsTest {
    @TempDir
    Path temp;

    private Path workbook(int rows, String longCell) throws Exception {
        Path file = temp.resolve("leads.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Leads");
            sheet.value(0, 0, "First Name");
            sheet.value(0, 1, "Note");
            for (int r = 1; r <= rows; r++) {
                sheet.value(r, 0, "Ann " + r);
                sheet.value(r, 1, r == 2 ? longCell : "");
            }
            workbook.finish();
        }
        return file;
    }

    @Test
    void withinTheLimitsTheSheetIsRead() throws Exception {
        List<Table> tables = TableFiles.read(workbook(10, "x".repeat(40)), FileFormat.XLSX,
                new TableFiles.Limits(1 << 20, 100, 11, 40));
        assertEquals(10, tables.get(0).rows().size());
    }

    @Test
    void moreRowsThanTheLimitAreRefused() throws Exception {
        Path file = workbook(10, "");
        ImportException refused = assertThrows(ImportException.class, () -> TableFiles.read(file, FileFormat.XLSX,
                new TableFiles.Limits(1 << 20, 100, 5, 100)));
        assertEquals(file + ": sheet \"Leads\" has more than 5 rows, the most Ember reads (Excel's own limit)",
                refused.getMessage());
    }

    @Test
    void aCellLongerThanTheLimitIsRefusedNamingItsRowAndColumn() throws Exception {
        Path file = workbook(3, "x".repeat(50));
        ImportException refused = assertThrows(ImportException.class, () -> TableFiles.read(file, FileFormat.XLSX,
                new TableFiles.Limits(1 << 20, 100, 100, 40)));
        assertEquals(file + ": sheet \"Leads\", row 3, column 2: a cell of 50 characters; at most 40 are read "
                + "(Excel's own limit)", refused.getMessage());
    }

    @Test
    void aWorkbookThatUnpacksToMoreThanTheLimitIsRefused() throws Exception {
        Path file = workbook(50, "");
        ImportException refused = assertThrows(ImportException.class, () -> TableFiles.read(file, FileFormat.XLSX,
                new TableFiles.Limits(2_000, 100, 100, 100)));
        assertEquals(file + ": refused: it unpacks to more than 2,000 bytes, the most Ember reads (a zip bomb, or a "
                + "workbook far larger than a list of leads)", refused.getMessage());
    }

    @Test
    void theDefaultsAreExcelsOwnLimitsAGigabyteAndAHundredToOne() {
        assertEquals(new TableFiles.Limits(1L << 30, 100, 1_048_576, 32_767), TableFiles.Limits.DEFAULT);
    }

    @Test
    void aVcardWithANulByteIsRefusedNamingTheLine() throws Exception {
        Path file = Files.writeString(temp.resolve("contacts.vcf"), "BEGIN:VCARD\nVERSION:3.0\n"
                + "N:Smith;Ann\n".repeat(1000) + "FN:Ann\u0000Smith\nEND:VCARD\n");
        ImportException refused = assertThrows(ImportException.class, () -> TableFiles.read(file, FileFormat.VCF));
        assertEquals(file + ": line 1003 holds a NUL byte: binary data, not text; nothing of the file is imported",
                refused.getMessage());
    }
}
