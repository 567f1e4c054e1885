package app.ember.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.domain.LeadQuery;
import app.ember.store.Database;
import app.ember.store.PostgresTestServer;
import app.ember.store.ServerAddress;
import app.ember.ui.common.Background;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The shared book's model against the test server (EMBER_TEST_PG_URL), still without a window. */
@ExtendWith(PostgresTestServer.class)
class SharedBookViewModelOnPostgresTest {
    @TempDir
    Path dataDir;
    private Services services;
    private SharedBookViewModel model;
    private final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void open() {
        services = new Services(Database.open(dataDir), Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"),
                ZoneOffset.UTC));
        services.loadSampleLeads();
        model = new SharedBookViewModel(services, Background.sameThread());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theBookMovesWholeTheBarEndsFullAndTheSharedBookThenOpens() {
        ServerAddress server = PostgresTestServer.emptyAddress();
        List<Map<String, Integer>> moved = new ArrayList<>();
        model.moveTo(server, PostgresTestServer.password(), moved::add, failures::add);
        assertEquals(List.of(), failures);
        assertEquals(60, moved.get(0).get("leads"), moved.toString());
        assertEquals(1.0, model.progressProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals(server.toString(), model.remembered(), "offered the next time");

        List<Services> opened = new ArrayList<>();
        model.open(server, PostgresTestServer.password(), opened::add, failures::add);
        assertEquals(List.of(), failures);
        try (Services shared = opened.get(0)) {
            assertTrue(shared.location().isServer());
            assertEquals(60, shared.leadBook().count(LeadQuery.all()));
        }
    }
}
