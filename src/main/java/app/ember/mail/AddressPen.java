package app.ember.mail;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws a block of lines fitted into a box, the lines left-aligned, the block centred in the box
 * or set at its top. Vector text, so the printer draws the letters at its own resolution.
 */
final class AddressPen {
    static final Color INK = new Color(0x1A, 0x1A, 0x1A);

    private final PdfFonts fonts;
    private final PDFont font;
    private final TextFit fit;
    private final Map<FitKey, TextFit.Fitted> measured = new HashMap<>();

    AddressPen(PdfFonts fonts) {
        this.fonts = fonts;
        this.font = fonts.regular();
        this.fit = new TextFit(font);
    }

    /** How the block sits in its box. */
    enum Place { CENTRED, TOP_LEFT }

    /**
     * How {@code lines} would fit in {@code box}, without drawing them. Kept, so the piece measured
     * to sort out what fits is not measured again when it is drawn in a box of the same size.
     */
    TextFit.Fitted measure(List<String> lines, Box box, float max, float min) throws IOException {
        FitKey key = new FitKey(lines, box.width(), box.height(), max, min);
        TextFit.Fitted known = measured.get(key);
        if (known == null) {
            known = fit.fit(printable(lines), box.width(), box.height(), max, min);
            measured.put(key, known);
        }
        return known;
    }

    private record FitKey(List<String> lines, float width, float height, float max, float min) {
    }

    private List<String> printable(List<String> lines) {
        List<String> printable = new ArrayList<>(lines.size());
        for (String line : lines) {
            printable.add(fonts.printable(line, font));
        }
        return printable;
    }

    /**
     * Fits and draws {@code lines} in {@code box}. What does not fit even at {@code min} points is
     * drawn clipped to {@code clip} (the label's edge) and reported by the result.
     */
    TextFit.Fitted draw(PDPageContentStream stream, List<String> lines, Box box, Box clip, float max, float min,
                        Place place, Color color) throws IOException {
        TextFit.Fitted fitted = measure(lines, box, max, min);
        float size = fitted.size();
        float blockHeight = fit.height(fitted.lines().size(), size);
        float blockWidth = fitted.width();
        float x = box.left();
        float top = box.top();
        if (place == Place.CENTRED) {
            x += Math.max(0, (box.width() - blockWidth) / 2);
            top -= Math.max(0, (box.height() - blockHeight) / 2);
        }
        if (!fitted.fits()) {
            stream.saveGraphicsState();
            stream.addRect(clip.left(), clip.bottom(), clip.width(), clip.height());
            stream.clip();
        }
        stream.setNonStrokingColor(color);
        stream.beginText();
        stream.setFont(font, size);
        stream.setLeading(TextFit.LEADING * size);
        stream.newLineAtOffset(x, top - fit.ascent(size));
        boolean first = true;
        for (String line : fitted.lines()) {
            if (!first) {
                stream.newLine();
            }
            stream.showText(line);
            first = false;
        }
        stream.endText();
        if (!fitted.fits()) {
            stream.restoreGraphicsState();
        }
        return fitted;
    }
}
