package app.ember.store;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every test of {@link StaleContactsTest} again, on a PostgreSQL server (skipped when there is none). */
@ExtendWith(PostgresTestServer.class)
class StaleContactsOnPostgresTest extends StaleContactsTest {
    @Override
    Database openBook(Path dir) {
        return PostgresTestServer.book(dir);
    }
}
