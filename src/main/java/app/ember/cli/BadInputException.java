package app.ember.cli;

/** Bad usage or bad input: the command exits 2 with this one-line message. */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
