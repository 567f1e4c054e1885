package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The password comes from where psql takes it, by psql's rules. */
class PgPassTest {
    @TempDir
    Path home;
    private final ServerAddress florist = ServerAddress.parse("postgresql://sam@db.example.com:5433/florist");

    private Path pgpass(String text, String permissions) throws IOException {
        Path file = home.resolve(".pgpass");
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    @Test
    void theFirstMatchingLineWinsWithWildcardsAndEscapes() throws IOException {
        pgpass("""
                # host:port:database:user:password
                other.example.com:5433:florist:sam:not-this-one
                db.example.com:*:florist:sam:pa\\:ss\\\\word
                *:*:*:*:fallback
                """, "rw-------");
        PgPass lookup = new PgPass(Map.of(), home, false);
        assertEquals(Optional.of("pa:ss\\word"), lookup.passwordFor(florist));
        assertEquals(Optional.of("fallback"), lookup.passwordFor(ServerAddress.parse("postgresql://jo@elsewhere/x")));
    }

    @Test
    void aFileOthersMayReadIsIgnoredAsPsqlIgnoresIt() throws IOException {
        pgpass("*:*:*:*:secret\n", "rw-r--r--");
        assertEquals(Optional.empty(), new PgPass(Map.of(), home, false).passwordFor(florist));
        Path file = home.resolve(".pgpass");
        assertEquals(Optional.of("secret"), new PgPass(Map.of("PGPASSFILE", file.toString()), home, true).passwordFor(florist),
                "Windows has no such check");
    }

    @Test
    void pgpasswordComesFirstAndPgpassfileMovesTheFile() throws IOException {
        pgpass("*:*:*:*:from-file\n", "rw-------");
        assertEquals(Optional.of("from-env"), new PgPass(Map.of("PGPASSWORD", "from-env"), home, false).passwordFor(florist));
        Path elsewhere = Files.writeString(home.resolve("team.pgpass"), "*:*:florist:*:team\n");
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rw-------"));
        assertEquals(Optional.of("team"),
                new PgPass(Map.of("PGPASSFILE", elsewhere.toString()), home, false).passwordFor(florist));
    }

    @Test
    void noFileNoPassword() {
        assertEquals(Optional.empty(), new PgPass(Map.of(), home, false).passwordFor(florist));
    }
}
