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
        if (encrypted(zip)) {
            throw new IllegalArgumentException(ENCRYPTED.formatted(zip));
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(Backups.ENTRY);
            if (entry == null) {
                throw new IllegalArgumentException(zip + " is not an Ember backup: it holds no " + Backups.ENTRY);
            }
            try (InputStream in = file.getInputStream(entry)) {
                byte[] head = in.readNBytes(2 * HEADER_BLOCK);
                if (!new String(head, 0, Math.min(4, head.length), StandardCharsets.ISO_8859_1).equals("H:2,")) {
                    throw new IllegalArgumentException(zip + " is not an Ember backup: its " + Backups.ENTRY
                            + " is not an H2 database");
                }
                if (!wholeHeader(head, 0) && !wholeHeader(head, HEADER_BLOCK)) {
                    throw new IllegalArgumentException(zip + " is not an Ember backup: its " + Backups.ENTRY
                            + " starts like an H2 database, but its header is not whole (a damaged or made-up file)");
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
            if (String.valueOf(e.getMessage()).contains("encrypted")) {
                throw new IllegalArgumentException(ENCRYPTED.formatted(zip), e);
            }
            throw new IllegalArgumentException(zip + " is not an Ember backup: it is not a zip file", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(zip + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** H2 writes its file header twice, in the file's first two blocks of this size; either one will do. */
    private static final int HEADER_BLOCK = 4096;
    private static final String ENCRYPTED = "%s is not an Ember backup: it is an encrypted (password-protected) zip, "
            + "and Ember's backups never are; unzip it with its password first";

    /**
     * Whether the H2 file header at {@code offset} is whole: "H:2,block:...,fletcher:XXXXXXXX" with the
     * Fletcher-32 checksum that H2 itself checks when it opens a file. A made-up file that merely starts
     * with "H:2," fails here, before a restore has changed anything.
     */
    static boolean wholeHeader(byte[] bytes, int offset) {
        if (offset >= bytes.length) {
            return false;
        }
        int end = offset;
        while (end < bytes.length && end < offset + HEADER_BLOCK && bytes[end] != '\n' && bytes[end] != 0) {
            end++;
        }
        String header = new String(bytes, offset, end - offset, StandardCharsets.ISO_8859_1);
        int fletcher = header.indexOf(",fletcher:");
        if (!header.startsWith("H:2,") || fletcher < 0) {
            return false;
        }
        try {
            int stored = (int) Long.parseLong(header.substring(fletcher + ",fletcher:".length()).strip(), 16);
            return stored == org.h2.mvstore.DataUtils.getFletcher32(bytes, offset, fletcher);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Whether the zip's first entry is encrypted (bit 0 of its general purpose flags): the JDK can read
     * none, and says only "invalid CEN header", which is no help to the user.
     */
    private static boolean encrypted(Path zip) {
        try (InputStream in = Files.newInputStream(zip)) {
            byte[] local = in.readNBytes(8);
            return local.length == 8 && local[0] == 'P' && local[1] == 'K' && local[2] == 3 && local[3] == 4
                    && (local[6] & 1) != 0;
        } catch (IOException e) {
            return false;
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
