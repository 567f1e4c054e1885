package app.ember.store;

/** The user cancelled an import: the transaction was rolled back and the book is as it was. */
public final class ImportCancelledException extends RuntimeException {
    public ImportCancelledException() {
        super("the import was cancelled; nothing was changed");
    }
}
