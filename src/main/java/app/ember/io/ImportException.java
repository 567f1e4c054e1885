package app.ember.io;

/** A file that cannot be imported: the message names the file and, where it applies, the row and column. */
public final class ImportException extends IllegalArgumentException {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
