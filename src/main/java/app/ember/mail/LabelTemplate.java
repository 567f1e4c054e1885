package app.ember.mail;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A sheet of labels or postcards by its measurements, all in millimetres from the sheet's top-left
 * corner. A template is checked when it is made: every size is positive, labels do not overlap and
 * the last column and row stay on the page, so drawing code never has to ask again.
 *
 * @param id       e.g. "avery-5160": letters, digits, "-", "_" and "."
 * @param kind     labels or postcards (the address side)
 * @param pitchX   from one label's left edge to the next one's
 * @param pitchY   from one label's top edge to the next one's
 */
public record LabelTemplate(String id, String name, Kind kind, double pageWidth, double pageHeight,
                            double marginTop, double marginLeft, double labelWidth, double labelHeight,
                            double pitchX, double pitchY, int columns, int rows) {
    /** Measurements are rounded to hundredths of a millimetre on the makers' sheets; allow for that. */
    private static final double TOLERANCE = 0.01;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public enum Kind {
        LABELS, POSTCARDS;

        /** "labels" or "postcards", as the template file writes it. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromCode(String code) {
            for (Kind kind : values()) {
                if (kind.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("kind: '" + code + "' is not known; expected labels or postcards");
        }
    }

    /**
     * Where a label sits on its sheet, in millimetres from the sheet's top-left corner.
     *
     * @param index 0 for the top-left label, counting along each row
     */
    public record Cell(int index, double left, double top, double width, double height) {
        public double right() {
            return left + width;
        }

        public double bottom() {
            return top + height;
        }

        /** The same cell moved by the printer's offset (+ right, + down). */
        public Cell moved(double dx, double dy) {
            return new Cell(index, left + dx, top + dy, width, height);
        }
    }

    /**
     * Where a piece of the mailing is printed.
     *
     * @param sheet 0 for the first sheet
     * @param cell  the label on that sheet, 0 for its top-left label
     */
    public record Slot(int sheet, int cell) {
    }

    /** Rejects a template that cannot be printed, naming the field at fault. */
    public LabelTemplate {
        id = id == null ? "" : id.strip();
        name = name == null || name.isBlank() ? id : name.strip();
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id: '" + id + "' must be letters, digits, '-', '_' or '.'");
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind: missing; expected labels or postcards");
        }
        positive("pageWidth", pageWidth);
        positive("pageHeight", pageHeight);
        notNegative("marginTop", marginTop);
        notNegative("marginLeft", marginLeft);
        positive("labelWidth", labelWidth);
        positive("labelHeight", labelHeight);
        if (columns < 1) {
            throw new IllegalArgumentException("columns: " + columns + " must be at least 1");
        }
        if (rows < 1) {
            throw new IllegalArgumentException("rows: " + rows + " must be at least 1");
        }
        // One column (or row) never steps to a next label, so its pitch says nothing.
        if (columns > 1 && pitchX + TOLERANCE < labelWidth) {
            throw new IllegalArgumentException("pitchX: " + mm(pitchX) + " is less than the label width "
                    + mm(labelWidth) + ", so the labels would overlap");
        }
        if (rows > 1 && pitchY + TOLERANCE < labelHeight) {
            throw new IllegalArgumentException("pitchY: " + mm(pitchY) + " is less than the label height "
                    + mm(labelHeight) + ", so the labels would overlap");
        }
        double right = marginLeft + (columns - 1) * pitchX + labelWidth;
        if (right > pageWidth + TOLERANCE) {
            throw new IllegalArgumentException("columns: " + columns + " labels across end at " + mm(right)
                    + ", off the " + mm(pageWidth) + " wide page");
        }
        double bottom = marginTop + (rows - 1) * pitchY + labelHeight;
        if (bottom > pageHeight + TOLERANCE) {
            throw new IllegalArgumentException("rows: " + rows + " labels down end at " + mm(bottom)
                    + ", off the " + mm(pageHeight) + " high page");
        }
    }

    public int perSheet() {
        return columns * rows;
    }

    /** Label {@code index} of a sheet (0 is top left, then along the row), before any printer offset. */
    public Cell cell(int index) {
        if (index < 0 || index >= perSheet()) {
            throw new IndexOutOfBoundsException("label " + index + " of a " + perSheet() + "-label sheet");
        }
        int column = index % columns;
        int row = index / columns;
        return new Cell(index, marginLeft + column * pitchX, marginTop + row * pitchY, labelWidth, labelHeight);
    }

    /**
     * Where piece {@code piece} (0 for the first) goes when printing starts at label {@code startAt}
     * (1 for a fresh sheet) of the first sheet: the labels before it stay empty.
     */
    public Slot slot(int piece, int startAt) {
        if (piece < 0) {
            throw new IndexOutOfBoundsException("piece " + piece);
        }
        checkStart(startAt);
        int position = piece + startAt - 1;
        return new Slot(position / perSheet(), position % perSheet());
    }

    /** How many sheets {@code pieces} take when printing starts at label {@code startAt}. */
    public int sheetsFor(int pieces, int startAt) {
        checkStart(startAt);
        return pieces <= 0 ? 0 : slot(pieces - 1, startAt).sheet() + 1;
    }

    private void checkStart(int startAt) {
        if (startAt < 1 || startAt > perSheet()) {
            throw new IllegalArgumentException("start at label " + startAt + ": a sheet of " + name + " has labels 1 to "
                    + perSheet());
        }
    }

    private static void positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " must be a positive number of millimetres");
        }
    }

    private static void notNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": " + value + " must be zero or more millimetres");
        }
    }

    private static String mm(double value) {
        return String.format(Locale.ROOT, "%.2f mm", value);
    }
}
