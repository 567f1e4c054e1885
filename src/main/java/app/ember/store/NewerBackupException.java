package app.ember.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A backup made by a newer Ember (its schema is newer than this Ember's): restoring it would let this
 * Ember write into a book it does not understand, so it is refused before anything changes.
 */
public final class NewerBackupException extends IllegalArgumentException {
    private final int schema;
    private final Optional<String> ember;

    NewerBackupException(Path zip, int schema, Optional<String> ember) {
        super(zip + " was made by a newer Ember (" + ember.map(e -> "Ember " + e + ", ").orElse("")
                + "schema " + schema + "; this Ember knows schema " + Database.SCHEMA_VERSION
                + " and older): nothing was changed; restore it with that Ember or a newer one");
        this.schema = schema;
        this.ember = ember;
    }

    /** The schema version in the backup. */
    public int schema() {
        return schema;
    }

    /** The version of the Ember that made it, when the backup says. */
    public Optional<String> ember() {
        return ember;
    }
}
