package app.ember.domain;

/** A new need, or replacing what they have now (the second needs speed: they are already unhappy). */
public enum ProductContext implements Coded {
    UNKNOWN, NEW_NEED, REPLACING;

    public static ProductContext fromCode(String text) {
        return Codes.parse(ProductContext.class, text, "product context");
    }
}
