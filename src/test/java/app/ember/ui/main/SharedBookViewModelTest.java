package app.ember.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.store.Database;
import app.ember.store.ServerAddress;
import app.ember.ui.common.Background;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File → Open shared book… and Move this book to a server… without a window: no JavaFX toolkit, the
 * work on the test's own thread, and no server (one that is not there is refused as a server that is
 * down would be). The round trips to a real server are SharedBookViewModelOnPostgresTest's.
 */
class SharedBookViewModelTest {
    /** Nothing listens on port 1: the connection is refused at once. */
    private static final ServerAddress NOBODY = ServerAddress.parse("postgresql://ann@127.0.0.1:1/ember");
    @TempDir
    Path dataDir;
    private Services services;
    private SharedBookViewModel model;
    private final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void open() {
        services = new Services(Database.open(dataDir), Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"),
                ZoneOffset.UTC));
        model = new SharedBookViewModel(services, Background.sameThread());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theAddressIsCheckedAsItIsTypedInWords() {
        assertEquals("Type the server's address.", SharedBookViewModel.problem(""));
        assertEquals("Type the server's address.", SharedBookViewModel.problem("   "));
        assertNotEquals("", SharedBookViewModel.problem("mysql://ann@db.example/ember"), "not PostgreSQL");
        assertNotEquals("", SharedBookViewModel.problem("postgresql://ann:secret@db.example/ember"),
                "a password is never part of the address");
        assertEquals("", SharedBookViewModel.problem("postgresql://ann@db.example:5432/ember?sslmode=require"));
    }

    @Test
    void theDataDirsOwnBookIsLocalAndNothingIsRememberedAtFirst() {
        assertTrue(model.isLocal(), "only the data dir's own book may move to a server");
        assertEquals("", model.remembered());
    }

    @Test
    void anAddressRememberedIsOfferedNextTimeWithoutAPassword() {
        ServerAddress address = ServerAddress.parse("postgresql://ann@db.example:5432/ember?sslmode=require");
        model.remember(address);
        assertEquals(address.toString(), new SharedBookViewModel(services, Background.sameThread()).remembered());
        assertFalse(model.remembered().contains(":secret@"));
    }

    @Test
    void aServerThatIsNotThereFailsTheOpeningAndIsNotRemembered() {
        List<Services> opened = new ArrayList<>();
        model.open(NOBODY, Optional.of("pw"), opened::add, failures::add);
        assertEquals(List.of(), opened);
        assertEquals(1, failures.size(), "the failure is handed over, once");
        assertFalse(model.busyProperty().get(), "free again");
        assertEquals("", model.remembered(), "an address that did not open is not offered again");
    }

    @Test
    void aMoveToAServerThatIsNotThereFailsLeavesThisBookAndIsNotRemembered() {
        services.loadSampleLeads();
        List<Object> moved = new ArrayList<>();
        model.moveTo(NOBODY, Optional.of("pw"), moved::add, failures::add);
        assertEquals(List.of(), moved);
        assertEquals(1, failures.size());
        assertFalse(model.busyProperty().get());
        assertTrue(model.progressProperty().get() < 1, "the bar does not say done");
        assertEquals(60, services.leadBook().count(app.ember.domain.LeadQuery.all()), "this book is unchanged");
        assertEquals("", model.remembered());
    }
}
