package app.ember.store;

import java.nio.file.Path;

/** Another copy of Ember holds the database in this data dir. */
public final class DataDirInUseException extends RuntimeException {
    private static final int DATABASE_ALREADY_OPEN = 90020; // H2's ErrorCode.DATABASE_ALREADY_OPEN_1
    private final Path dataDir;

    public DataDirInUseException(Path dataDir, Throwable cause) {
        super("Ember is already running on the data dir " + dataDir
                + "; close the other window first (or start this one with --data-dir DIR)", cause);
        this.dataDir = dataDir;
    }

    /** Whether H2 refused to open the book because another process holds it. */
    static boolean isCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }

    public Path dataDir() {
        return dataDir;
    }
}
