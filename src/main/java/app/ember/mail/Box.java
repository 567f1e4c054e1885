package app.ember.mail;

/**
 * A rectangle on a PDF page in points, from the page's lower left corner as PDF counts. The
 * templates measure in millimetres from the top left; this is where the two meet.
 */
record Box(float left, float bottom, float width, float height) {
    static final float POINTS_PER_MM = 72f / 25.4f;

    static float pt(double millimetres) {
        return (float) (millimetres * POINTS_PER_MM);
    }

    /** A template's cell (already moved by the printer offset) on a page {@code pageHeight} points high. */
    static Box of(LabelTemplate.Cell cell, float pageHeight) {
        return new Box(pt(cell.left()), pageHeight - pt(cell.bottom()), pt(cell.width()), pt(cell.height()));
    }

    float top() {
        return bottom + height;
    }

    float right() {
        return left + width;
    }

    /** The box less {@code millimetres} on every side. */
    Box inset(double millimetres) {
        float by = pt(millimetres);
        return new Box(left + by, bottom + by, Math.max(0, width - 2 * by), Math.max(0, height - 2 * by));
    }
}
