package app.ember.cli;

import app.ember.mail.MailDocuments;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The files the commands write: a failure names the file and why in one line (exit 1), and a PDF
 * appears whole or not at all (written beside it, then moved over it).
 */
final class OutputFiles {
    private OutputFiles() {
    }

    interface FileWrite {
        void run() throws IOException;
    }

    /** Fails at once, before any work, when the file's folder is missing. */
    static void checkFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IllegalStateException("cannot write " + file + ": its folder does not exist");
        }
    }

    /** A file that cannot be written is named in the one-line message, with why. */
    static void write(Path file, FileWrite write) {
        try {
            write.run();
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("cannot write " + file + ": its folder does not exist", e);
        } catch (AccessDeniedException e) {
            throw new IllegalStateException("cannot write " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Saves the document as the file, replacing it, and closes the document either way. */
    static void savePdfAndClose(PDDocument document, Path file) {
        try (document) {
            savePdf(document, file);
        } catch (IOException e) {
            // Closing a document that was saved (or failed already) has nothing left to tell the user.
        }
    }

    /** Saves the document as the file, replacing it (written beside it, then moved). The caller closes it. */
    static void savePdf(PDDocument document, Path file) {
        write(file, () -> MailDocuments.write(document, file));
    }
}
