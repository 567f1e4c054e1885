package app.ember.store;

import app.ember.domain.Sender;

/**
 * What every mailing prints with: the sender's name and return address, and how far the user's
 * printer needs the labels moved to land in their boxes.
 *
 * @param offsetX millimetres to the right (negative: left)
 * @param offsetY millimetres down (negative: up)
 */
public record MailSettings(Sender sender, double offsetX, double offsetY) {
    /** More than any printer is off by: a bigger offset is a typing slip (centimetres for millimetres). */
    public static final double MAX_OFFSET_MM = 20;
    /** No return address, no offset. */
    public static final MailSettings DEFAULTS = new MailSettings(Sender.NONE, 0, 0);

    public MailSettings {
        sender = sender == null ? Sender.NONE : sender;
        checkOffset(offsetX, "offset x");
        checkOffset(offsetY, "offset y");
    }

    public MailSettings withSender(Sender value) {
        return new MailSettings(value, offsetX, offsetY);
    }

    public MailSettings withOffset(double x, double y) {
        return new MailSettings(sender, x, y);
    }

    private static void checkOffset(double value, String name) {
        if (!Double.isFinite(value) || Math.abs(value) > MAX_OFFSET_MM) {
            throw new IllegalArgumentException(name + " must be between -" + (int) MAX_OFFSET_MM + " and "
                    + (int) MAX_OFFSET_MM + " mm (was " + value + ")");
        }
    }
}
