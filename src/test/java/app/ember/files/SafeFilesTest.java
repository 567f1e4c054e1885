package app.ember.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The one safe file writer: whole or absent, and as private as the folder it writes into. */
class SafeFilesTest {
    @TempDir
    Path temp;

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions")
    void aFileInAnOwnerOnlyFolderIsOwnerOnlyAndOneElsewhereHasTheSystemsPermissions() throws Exception {
        Path mine = PrivateFiles.createFolder(temp.resolve("data"));
        Path shared = Files.createDirectories(temp.resolve("exports"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path usual = Files.createFile(shared.resolve("made-by-any-program.txt"));

        SafeFiles.replace(mine.resolve("kept.pdf"), out -> out.write("%PDF".getBytes(StandardCharsets.US_ASCII)));
        SafeFiles.replace(shared.resolve("export.csv"), out -> out.write("a,b".getBytes(StandardCharsets.US_ASCII)));

        assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(mine));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(mine.resolve("kept.pdf")));
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(shared.resolve("export.csv")),
                "an export outside the data dir is like any program's file");
    }

    @Test
    void aWriteThatFailsLeavesTheOldFileAndNoPartialOne() throws Exception {
        Path file = temp.resolve("export.csv");
        Files.writeString(file, "the good one");
        assertThrows(IOException.class, () -> SafeFiles.replace(file, out -> {
            out.write("half".getBytes(StandardCharsets.US_ASCII));
            throw new IOException("No space left on device");
        }));
        assertEquals("the good one", Files.readString(file));
        try (var files = Files.list(temp)) {
            assertEquals(List.of(file), files.toList(), "no temporary file stays behind");
        }
    }

    @Test
    void anExistingFolderIsMadeOwnerOnlyAndALinkIsLeftAlone() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(PrivateFiles.supported(temp), "POSIX permissions");
        Path folder = Files.createDirectories(temp.resolve("old"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        PrivateFiles.createFolder(folder);
        assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(folder));
        Path target = Files.writeString(temp.resolve("target.txt"), "x");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        Path link = Files.createSymbolicLink(temp.resolve("link"), target);
        PrivateFiles.restrictFile(link);
        assertEquals(PosixFilePermissions.fromString("rw-r--r--"), Files.getPosixFilePermissions(target));
        assertFalse(PrivateFiles.isPrivateFolder(temp.resolve("missing")));
    }
}
