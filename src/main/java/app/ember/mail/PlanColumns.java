package app.ember.mail;



/** Where each column starts; the lead and reason columns share what the fixed ones leave. */
final class PlanColumns {
    static final float PADDING = 6;
    static final float MIN_DUE = 40;
    static final float MAX_DUE = 70;

    private final float[] starts = new float[PlanColumn.values().length + 1];

    PlanColumns(float left, float width, float dueWidth) {
        float[] widths = {14, dueWidth, 0, 64, 50, 86, 0, 20};
        float fixed = 0;
        for (float each : widths) {
            fixed += each;
        }
        float flexible = width - fixed;
        widths[PlanColumn.LEAD.ordinal()] = Math.round(flexible / 2);
        widths[PlanColumn.REASON.ordinal()] = flexible - widths[PlanColumn.LEAD.ordinal()];
        starts[0] = left;
        for (PlanColumn column : PlanColumn.values()) {
            starts[column.ordinal() + 1] = starts[column.ordinal()] + widths[column.ordinal()];
        }
    }

    float x(PlanColumn column) {
        return starts[column.ordinal()];
    }

    /** The room for text in the column, less the gap to the next. */
    float width(PlanColumn column) {
        return starts[column.ordinal() + 1] - starts[column.ordinal()] - PADDING;
    }

    /** The table's right edge. */
    float end() {
        return starts[starts.length - 1];
    }
}

/** One thing in the table: an action's row (by its index in the plan), the cut line, or the closing count. */
