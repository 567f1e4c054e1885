package app.ember.mail;

import app.ember.i18n.Messages;
import java.awt.GraphicsEnvironment;
import javax.swing.UIManager;
import javax.swing.UnsupportedLookAndFeelException;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints a PDF through the system's print dialog. Each page goes out at its own size: PDFPageable
 * hands the printer the page's paper, where a Printable with the default page format would shift
 * the content by the printer's margins.
 */
public final class PdfPrinting {
    private PdfPrinting() {
    }

    /**
     * Whether {@link #printWithDialog} can work: a screen to show the dialog on and a printer.
     * Asking the print system can take a moment (CUPS is asked over the network), so call it off
     * the JavaFX thread.
     */
    public static boolean hasPrinter() {
        return !GraphicsEnvironment.isHeadless() && hasPrintService();
    }

    /**
     * Shows the system print dialog and prints when the user says so. Call it from a background
     * thread, never the JavaFX thread: the dialog is AWT's, modal on its own, and printing blocks
     * until the pages are spooled.
     *
     * @return false when the user cancelled the dialog
     * @throws IllegalStateException when there is no printer or no screen for the dialog, or the
     *                               printer refused the job; its message is for the user
     */
    public static boolean printWithDialog(PDDocument document, String jobName) {
        if (GraphicsEnvironment.isHeadless() || !hasPrintService()) {
            throw new IllegalStateException(Messages.get("plansheet.noPrinter"));
        }
        useSystemLook();
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(jobName);
        job.setPageable(new PDFPageable(document));
        if (!job.printDialog()) {
            return false;
        }
        try {
            job.print();
            return true;
        } catch (PrinterException e) {
            throw new IllegalStateException(Messages.format("plansheet.printFailed", e.getMessage()), e);
        }
    }

    /**
     * The print dialog is Swing's; in the system's look (GTK on Linux, native on Windows and macOS)
     * rather than Swing's own grey Metal, which looks out of place beside the JavaFX window.
     */
    private static synchronized void useSystemLook() {
        try {
            String system = UIManager.getSystemLookAndFeelClassName();
            if (!UIManager.getLookAndFeel().getClass().getName().equals(system)) {
                UIManager.setLookAndFeel(system);
            }
        } catch (ReflectiveOperationException | UnsupportedLookAndFeelException e) {
            // The Metal look still prints; nothing to tell the user.
        }
    }

    /** The printer of that name, if the print system has one. */
    public static Optional<PrintService> printer(String name) {
        for (PrintService service : PrintServiceLookup.lookupPrintServices(null, null)) {
            if (service.getName().equals(name)) {
                return Optional.of(service);
            }
        }
        return Optional.empty();
    }

    /**
     * Prints on the given printer without a dialog, each page at its own size. The print system
     * takes the job once this returns; the pages come out when the printer gets to them.
     */
    public static void printTo(PDDocument document, PrintService printer, String jobName) throws PrinterException {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setPrintService(printer);
        job.setJobName(jobName);
        job.setPageable(new PDFPageable(document));
        job.print();
    }

    private static boolean hasPrintService() {
        return PrintServiceLookup.lookupDefaultPrintService() != null
                || PrintServiceLookup.lookupPrintServices(null, null).length > 0;
    }
}
