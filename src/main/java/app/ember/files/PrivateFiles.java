package app.ember.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Owner-only files and folders: a customer list is personal data, so the data dir and what Ember keeps in
 * it (the book, its backups, the logs, the PDFs it keeps) are readable by their owner alone, 0700 for a
 * folder and 0600 for a file, where the file system has POSIX permissions. Elsewhere (Windows' NTFS, a
 * FAT stick) every method here does nothing: those folders take their permissions from their parent.
 */
public final class PrivateFiles {
    public static final Set<PosixFilePermission> FOLDER = Set.copyOf(PosixFilePermissions.fromString("rwx------"));
    public static final Set<PosixFilePermission> FILE = Set.copyOf(PosixFilePermissions.fromString("rw-------"));

    private PrivateFiles() {
    }

    /** Whether the file system holding {@code path} (or its nearest existing parent) has POSIX permissions. */
    public static boolean supported(Path path) {
        Path existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        return existing != null
                && Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null;
    }

    /**
     * Creates the folder owner-only (0700) when it is missing, with any missing parents as the system makes
     * them; an existing folder is made owner-only too.
     */
    public static Path createFolder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (!Files.isDirectory(absolute)) {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            try {
                if (supported(absolute)) {
                    Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(FOLDER));
                } else {
                    Files.createDirectory(absolute);
                }
            } catch (FileAlreadyExistsException raced) {
                if (!Files.isDirectory(absolute)) {
                    throw raced;
                }
            }
        }
        restrictFolder(absolute);
        return folder;
    }

    /** Makes an existing folder owner-only (0700); a link is left alone. */
    public static void restrictFolder(Path folder) throws IOException {
        restrict(folder, FOLDER);
    }

    /** Makes an existing file owner-only (0600); a link is left alone. */
    public static void restrictFile(Path file) throws IOException {
        restrict(file, FILE);
    }

    /** Whether the folder is owner-only: none of group's and others' permissions (false where there are none). */
    public static boolean isPrivateFolder(Path folder) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
            if (view == null || !Files.isDirectory(folder)) {
                return false;
            }
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            return permissions.stream().allMatch(p -> p.name().startsWith("OWNER_"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The attribute that creates a file owner-only where permissions exist; none elsewhere. */
    public static FileAttribute<?>[] fileAttributes(Path folder) {
        return supported(folder) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
    }

    private static void restrict(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (Files.isSymbolicLink(path)) {
            return; // its target may be anything of anyone's: not Ember's to change
        }
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view != null && !view.readAttributes().permissions().equals(wanted)) {
            view.setPermissions(wanted);
        }
    }
}
