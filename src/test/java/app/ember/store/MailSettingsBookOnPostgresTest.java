package app.ember.store;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every test of {@link MailSettingsBookTest} again, on a PostgreSQL server (skipped when there is none: see PostgresTestServer). */
@ExtendWith(PostgresTestServer.class)
class MailSettingsBookOnPostgresTest extends MailSettingsBookTest {
    @Override
    Database openBook(Path dir) {
        return PostgresTestServer.book(dir);
    }
}
