package app.ember.mail;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Drawing on one page's content stream, in points from the page's lower left corner. */
final class SheetPen {
    /** The distance between the lines of a wrapped cell, in points. */
    static final float LINE = 10f;
    private final PDPageContentStream stream;
    private final SheetText fonts;

    SheetPen(PDPageContentStream stream, SheetText fonts) {
        this.stream = stream;
        this.fonts = fonts;
    }

    float width(String text, PDFont font, float size) throws IOException {
        return fonts.width(fonts.printable(text, font), font, size);
    }

    void text(String text, PDFont font, float size, Color color, float x, float baseline) throws IOException {
        String printable = fonts.printable(text, font);
        if (printable.isBlank()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.setNonStrokingColor(color);
        stream.newLineAtOffset(x, baseline);
        stream.showText(printable);
        stream.endText();
    }

    void textRight(String text, PDFont font, float size, Color color, float right, float baseline)
            throws IOException {
        text(text, font, size, color, right - width(text, font, size), baseline);
    }

    /** The text wrapped into the column, a line every {@link #LINE} points down from {@code baseline}. */
    void lines(String text, PDFont font, float size, Color color, float x, float baseline, float width,
               int maxLines) throws IOException {
        float y = baseline;
        for (String line : fonts.wrap(text, font, size, width, maxLines)) {
            text(line, font, size, color, x, y);
            y -= LINE;
        }
    }

    void line(float x1, float y1, float x2, float y2, float width, Color color, float[] dash) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(width);
        stream.setLineDashPattern(dash == null ? new float[0] : dash, 0);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
        stream.setLineDashPattern(new float[0], 0);
    }

    void strokeBox(float x, float y, float width, float height, float lineWidth, Color color) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        stream.addRect(x, y, width, height);
        stream.stroke();
    }

    void fillBox(float x, float y, float width, float height, Color color) throws IOException {
        stream.setNonStrokingColor(color);
        stream.addRect(x, y, width, height);
        stream.fill();
    }
}
