package app.ember.cli;

/** Bad usage or bad input: the command exits 2 with this one-line message. */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }

    /** Bad input found by a lower layer: its failure is kept, for the log. */
    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
