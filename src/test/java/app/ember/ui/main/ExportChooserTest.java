package app.ember.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.ember.io.FileFormat;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The export's file and format from what the save dialog returns. */
class ExportChooserTest {
    @Test
    void aTypedEndingWinsOverTheChosenFilter() {
        assertEquals(new ExportChooser.Choice(Path.of("out", "book.CSV"), FileFormat.CSV),
                ExportChooser.choice(Path.of("out", "book.CSV"), "xlsx"));
    }

    @Test
    void aNameWithoutAKnownEndingGetsTheFiltersEnding() {
        assertEquals(new ExportChooser.Choice(Path.of("out", "clients.2026.vcf"), FileFormat.VCF),
                ExportChooser.choice(Path.of("out", "clients.2026"), "vcf"));
    }
}
