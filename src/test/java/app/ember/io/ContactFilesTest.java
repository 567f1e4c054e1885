package app.ember.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.ember.domain.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The header row wherever it is, and vCards unfolded as bytes (issue 14). */
class ContactFilesTest {
    @TempDir
    Path folder;

    @Test
    void aCsvHeaderBelowATitleAndABlankRowIsFound() throws IOException {
        Path file = folder.resolve("list.csv");
        Files.writeString(file, "Petal & Stem client list 2026\n\n,Name,Email,Phone\n,Ann Lee,ann@example.com,0123\n");
        Table table = TableFiles.read(file, FileFormat.CSV).get(0);
        assertEquals(List.of("", "Name", "Email", "Phone"), table.header());
        assertEquals(List.of(List.of("", "Ann Lee", "ann@example.com", "0123")), table.rows());
        assertEquals(List.of(4), table.rowNumbers(), "the row number the user sees in the file");
    }

    @Test
    void aFoldInsideAUtf8CharacterIsJoinedBeforeDecoding() {
        byte[] greek = "NOTE:Ελένη".getBytes(StandardCharsets.UTF_8);
        // Folded between the two bytes of "έ".
        int cut = "NOTE:Ελ".getBytes(StandardCharsets.UTF_8).length + 1;
        byte[] folded = new byte[greek.length + 3];
        System.arraycopy(greek, 0, folded, 0, cut);
        folded[cut] = '\r';
        folded[cut + 1] = '\n';
        folded[cut + 2] = ' ';
        System.arraycopy(greek, cut, folded, cut + 3, greek.length - cut);
        assertEquals("NOTE:Ελένη", new String(VcardTable.unfold(folded), StandardCharsets.UTF_8));
    }
}
