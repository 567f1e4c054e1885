package app.ember.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes a file beside its target and moves it into place only once it is complete, so a crash or
 * a full disk never leaves half a PDF, calendar, export or template file where the good one was.
 * Every file Ember writes for the user goes through here.
 *
 * <p>A file written into an owner-only folder (0700, as the data dir and its folders are) is owner-only
 * too (0600) from the moment it exists, so a PDF or a settings file Ember keeps in the data dir is as
 * private as the book; a file written anywhere else gets the system's usual permissions, as any program's.
 */
public final class SafeFiles {
    private SafeFiles() {
    }

    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void savePdf(PDDocument document, Path file) throws IOException {
        replace(file, document::save);
    }

    public static void replace(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        // Not Files.createTempFile: its owner-only permissions would stay on an exported file.
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        Path folder = target.getParent();
        FileAttribute<?>[] attributes = folder != null && PrivateFiles.isPrivateFolder(folder)
                ? PrivateFiles.fileAttributes(folder) : new FileAttribute<?>[0];
        try {
            try (OutputStream out = Channels.newOutputStream(Files.newByteChannel(temporary,
                    Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes))) {
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
