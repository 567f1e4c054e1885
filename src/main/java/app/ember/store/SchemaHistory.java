package app.ember.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.MigrationInfoService;
import org.h2.jdbcx.JdbcConnectionPool;

/** What the schema's history says: where each engine's migrations are, and whether a book needs any. */
final class SchemaHistory {
    private SchemaHistory() {
    }

    /**
     * Where an engine's migrations are: the ones both engines run as they are, the engine's own versions
     * of the few that differ (H2's are the files existing books ran, unchanged, so Flyway's checksums
     * still validate), and the Java ones, which run on both.
     */
    static List<String> migrations(String vendor) {
        return List.of("classpath:db/migration/common", "classpath:db/migration/" + vendor,
                "classpath:app/ember/store/migration");
    }

    static boolean hasFailed(MigrationInfoService info) {
        return java.util.Arrays.stream(info.all()).anyMatch(m -> m.getState().isFailed());
    }

    static Optional<Path> newestBeforeUpdate(Path dataDir) {
        return Backups.listIn(dataDir).stream().filter(b -> Backups.Reason.BEFORE_MIGRATION.code().equals(b.reason()))
                .map(Backups.Backup::file).findFirst();
    }

    /**
     * Whether the book already has every migration, read from Flyway's own history table. Flyway itself
     * takes about 0.4 s to load and scan its migrations on a cold start, most of a second core's share
     * while the window comes up; a book that needs nothing is the usual case and skips it.
     */
    static boolean isUpToDate(JdbcConnectionPool pool, int schemaVersion) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet table = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_NAME = 'flyway_schema_history'")) {
                if (!table.next() || table.getInt(1) == 0) {
                    return false; // a new book: no query that fails (H2 would note it in ember.trace.db)
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*), SUM(CASE WHEN \"success\" THEN 0 ELSE 1 END), "
                     + "MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
                return rows.next() && rows.getInt(1) > 0 && rows.getInt(2) == 0 && rows.getInt(3) == schemaVersion;
            }
        } catch (SQLException noHistoryYet) {
            return false;
        }
    }
}
