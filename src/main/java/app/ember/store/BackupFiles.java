package app.ember.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Backup zips as files: their facts read from the zip's comment (no database opened), the listing of
 * a backups folder, and putting a backup's database in place. None of it needs the book open, so a
 * data dir whose book is damaged can still list and restore its backups.
 */
final class BackupFiles {
    private static final Logger LOG = Logger.getLogger(BackupFiles.class.getName());
    static final String MARK = "Ember backup";
    static final Pattern NAME = Pattern.compile("ember-(\\d{4}-\\d{2}-\\d{2}-\\d{4})(?:-(\\d+))?\\.zip");
    static final Comparator<Backups.Backup> NEWEST_FIRST = Comparator.comparing(Backups.Backup::taken)
            .thenComparing(b -> suffix(b.file())).reversed();

    private BackupFiles() {
    }

    /** The backups in the folder, newest first; an absent folder has none. */
    static List<Backups.Backup> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backups.Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).toList()) {
                try {
                    backups.add(read(file));
                } catch (IllegalArgumentException e) {
                    LOG.log(Level.WARNING, "skipping {0}: {1}", new Object[] {file, e.getMessage()});
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
        backups.sort(NEWEST_FIRST);
        return backups;
    }

    private static int suffix(Path file) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        return name.matches() && name.group(2) != null ? Integer.parseInt(name.group(2)) : 1;
    }

    /** See {@link Backups#read}. */
    static Backups.Backup read(Path zip) {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalArgumentException(zip + " is not an Ember backup: there is no such file");
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(Backups.ENTRY);
            if (entry == null) {
                throw new IllegalArgumentException(zip + " is not an Ember backup: it holds no " + Backups.ENTRY);
            }
            try (InputStream in = file.getInputStream(entry)) {
                byte[] head = in.readNBytes(4);
                if (!new String(head, StandardCharsets.ISO_8859_1).equals("H:2,")) {
                    throw new IllegalArgumentException(zip + " is not an Ember backup: its " + Backups.ENTRY
                            + " is not an H2 database");
                }
            }
            String comment = file.getComment();
            Instant taken = null;
            int leads = -1;
            int schema = -1;
            String reason = "";
            String ember = "";
            if (comment != null && comment.startsWith(MARK)) {
                for (String line : comment.split("\n")) {
                    try {
                        if (line.startsWith("taken=")) {
                            taken = Instant.parse(line.substring(6));
                        } else if (line.startsWith("leads=")) {
                            leads = Integer.parseInt(line.substring(6));
                        } else if (line.startsWith("reason=")) {
                            reason = line.substring(7);
                        } else if (line.startsWith("schema=")) {
                            schema = Integer.parseInt(line.substring(7));
                        } else if (line.startsWith("ember=")) {
                            ember = line.substring(6);
                        }
                    } catch (DateTimeParseException | NumberFormatException e) {
                        LOG.log(Level.FINE, "unreadable line in the comment of " + zip, e);
                    }
                }
            }
            if (taken == null) {
                taken = Files.getLastModifiedTime(zip).toInstant();
            }
            return new Backups.Backup(zip, taken, leads, Files.size(zip), reason, schema, ember);
        } catch (ZipException e) {
            throw new IllegalArgumentException(zip + " is not an Ember backup: it is not a zip file", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(zip + " cannot be read: " + e.getMessage(), e);
        }
    }

    static void unpack(Path zip, Path to) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(Backups.ENTRY);
            if (entry == null) {
                throw new NoSuchFileException(Backups.ENTRY + " in " + zip);
            }
            try (InputStream in = file.getInputStream(entry)) {
                Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Unpacks the backup beside {@code book} and moves it over it: the book is the old one or the backup, never half. */
    static void putInPlace(Path zip, Path book) throws IOException {
        Path unpacked = book.resolveSibling(book.getFileName() + ".restoring");
        try {
            unpack(zip, unpacked);
            move(unpacked, book);
        } finally {
            Files.deleteIfExists(unpacked);
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Only a leftover beside the database; the next restore replaces it.
        }
    }
}
