package app.ember.ui;

import app.ember.app.BookLocation;
import app.ember.app.Services;
import app.ember.store.PostgresTestServer;
import app.ember.store.ServerAddress;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.Start;

/** {@link EditConflictUiTest} with two Embers' connections to one PostgreSQL server (skipped without one). */
@ExtendWith(PostgresTestServer.class)
class EditConflictOnPostgresUiTest extends EditConflictUiTest {
    /** TestFX looks for the @Start method on the test class itself. */
    @Override
    @Start
    void start(Stage stage) throws Exception {
        super.start(stage);
    }

    @Override
    Services[] openTwo(Path dataDir) {
        ServerAddress book = PostgresTestServer.emptyAddress();
        BookLocation where = new BookLocation(dataDir, book);
        return new Services[] {Services.open(where, PostgresTestServer.password()),
            Services.open(where, PostgresTestServer.password())};
    }
}
