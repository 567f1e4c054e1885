package app.ember.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes a file beside its target and moves it into place only once it is complete, so a crash or
 * a full disk never leaves half a PDF (or half a template file) where the good one was.
 */
final class SafeFiles {
    private SafeFiles() {
    }

    /** What goes into the file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static void savePdf(PDDocument document, Path file) throws IOException {
        replace(file, document::save);
    }

    static void replace(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        // Not Files.createTempFile: its owner-only permissions would stay on the exported file.
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
