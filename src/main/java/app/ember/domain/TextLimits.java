package app.ember.domain;

/**
 * The longest texts the book keeps besides a lead's own fields (those are in {@link LeadField}): the
 * sizes of their database columns, so an import can refuse one row's over-long value with a reason
 * instead of failing the whole import when the database refuses it.
 */
public final class TextLimits {
    public static final int NOTE = 8000;
    public static final int TAG = 60;
    public static final int PREFERENCE_KEY = 100;
    public static final int PREFERENCE_VALUE = 1000;
    public static final int TOUCH_NOTE = 4000;

    private TextLimits() {
    }

    /** Whether {@code text} is longer than {@code max} characters. */
    public static boolean tooLong(String text, int max) {
        return text != null && text.length() > max;
    }
}
