package app.ember.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.GraphicsEnvironment;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Printing without a screen: the tests run headless (see the surefire settings), where there is no
 * dialog to show, so Ember must say plainly that printing is not possible here. A machine with a
 * screen and a printer is left to a person; the dialog cannot be answered from a test.
 */
class PdfPrintingTest {

    @Test
    void withoutAScreenThereIsNoPrinterAndPrintingSaysWhatToDoInstead() throws Exception {
        Assumptions.assumeTrue(GraphicsEnvironment.isHeadless(),
                "only meaningful headless; with a screen the system print dialog would open");

        assertFalse(PdfPrinting.hasPrinter());
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> PdfPrinting.printWithDialog(document, "Ember test"));
            assertEquals("No printer is set up on this computer; save the plan as PDF instead.", refused.getMessage());
        }
    }
}
