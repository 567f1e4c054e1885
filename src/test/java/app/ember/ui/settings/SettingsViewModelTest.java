package app.ember.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ember.app.Services;
import app.ember.store.Database;
import app.ember.ui.common.Background;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings form's model without a window: what it checks, what Save stores, what Reset does. */
class SettingsViewModelTest {
    @TempDir
    Path dataDir;
    private Services services;
    private SettingsViewModel model;

    @BeforeEach
    void open() {
        services = new Services(Database.open(dataDir), Clock.systemUTC());
        model = new SettingsViewModel(services, Background.sameThread());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aNewBudgetIsStoredOnSaveAndTheFormIsCleanAgain() {
        AtomicInteger saved = new AtomicInteger();
        model.session().textProperty().set("90");
        assertTrue(model.isDirty());
        model.save(saved::incrementAndGet);
        assertEquals(1, saved.get());
        assertEquals(90, services.policies().current().sessionMinutes());
        assertFalse(model.isDirty());
    }

    @Test
    void aBudgetOutsideItsLimitsIsNamedAndNothingIsStored() {
        int before = services.policies().current().sessionMinutes();
        model.session().textProperty().set("0");
        assertFalse(model.session().problemProperty().get().isEmpty());
        assertFalse(model.validProperty().get());
        model.save(() -> {
            throw new AssertionError("an invalid form is never saved");
        });
        assertEquals(before, services.policies().current().sessionMinutes());
    }

    @Test
    void resetFillsInTheDefaultsButStoresNothingUntilSave() {
        model.session().textProperty().set("45");
        model.save(() -> { });
        model.resetToDefaults();
        assertEquals(String.valueOf(services.policies().defaults().sessionMinutes()), model.session().textProperty().get());
        assertEquals(45, services.policies().current().sessionMinutes());
    }
}
