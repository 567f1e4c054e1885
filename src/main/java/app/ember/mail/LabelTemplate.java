package app.ember.mail;

/**
 * A sheet of labels or postcards by its measurements, all in millimetres from the sheet's top-left
 * corner. SKELETON: helper A completes it (validation, cell geometry).
 *
 * @param id       e.g. "avery-5160"
 * @param kind     labels or postcards (the address side)
 * @param pitchX   from one label's left edge to the next one's
 * @param pitchY   from one label's top edge to the next one's
 */
public record LabelTemplate(String id, String name, Kind kind, double pageWidth, double pageHeight,
                            double marginTop, double marginLeft, double labelWidth, double labelHeight,
                            double pitchX, double pitchY, int columns, int rows) {
    public enum Kind { LABELS, POSTCARDS }

    public int perSheet() {
        return columns * rows;
    }
}
