package app.ember.store;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every test of {@link ImportWriteTest} again, on a PostgreSQL server (skipped when there is none: see PostgresTestServer). */
@ExtendWith(PostgresTestServer.class)
class ImportWriteOnPostgresTest extends ImportWriteTest {
    @Override
    Database openBook(Path dir) {
        return PostgresTestServer.book(dir);
    }
}
