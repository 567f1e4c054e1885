package app.ember.store;

import java.nio.file.Path;

/** Another copy of Ember holds the database in this data dir. */
public final class DataDirInUseException extends RuntimeException {
    private final Path dataDir;

    public DataDirInUseException(Path dataDir, Throwable cause) {
        super("Ember is already running on the data dir " + dataDir
                + "; close the other window first (or start this one with --data-dir DIR)", cause);
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
