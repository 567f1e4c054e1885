package app.ember.store;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link PlanFromFirstDueTest} on a PostgreSQL server, where the plan is made from the first due leads (skipped when there is none). */
@ExtendWith(PostgresTestServer.class)
class PlanFromFirstDueOnPostgresTest extends PlanFromFirstDueTest {
    @Override
    Database openBook(Path dir) {
        return PostgresTestServer.book(dir);
    }
}
