package app.ember.domain;

/** Small text helpers shared by the records. */
public final class Text {
    private Text() {
    }

    /** Trims and turns null into the empty string, so records never hold null text. */
    public static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    /** Joins the non-empty parts with a separator. */
    public static String join(String separator, String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (out.length() > 0) {
                    out.append(separator);
                }
                out.append(part.strip());
            }
        }
        return out.toString();
    }
}
