package app.ember.mail;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans from the jasperreports-fonts artifact, embedded in a document as a subset of the
 * glyphs it uses: PDF's standard 14 fonts stop at Western Latin and would fail on "Łucja", where
 * DejaVu prints every Latin, Greek and Cyrillic name. A character the font lacks becomes "?"
 * rather than failing the whole document.
 */
final class PdfFonts {
    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

    private final PDDocument document;
    private final PDFont regular;
    private PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> known = new HashMap<>();

    private PdfFonts(PDDocument document, PDFont regular) {
        this.document = document;
        this.regular = regular;
    }

    /** Loads the regular face now and the bold one when it is first asked for. */
    static PdfFonts load(PDDocument document) throws IOException {
        return new PdfFonts(document, load(document, "DejaVuSans.ttf"));
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() throws IOException {
        if (bold == null) {
            bold = load(document, "DejaVuSans-Bold.ttf");
        }
        return bold;
    }

    private static PDFont load(PDDocument document, String name) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IOException("the font " + name + " is missing from the class path");
            }
            return PDType0Font.load(document, in);
        }
    }

    /** The text with line breaks and tabs as spaces and characters the font lacks as "?". */
    String printable(String text, PDFont font) {
        Map<Integer, Boolean> glyphs = known.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            if (Character.isWhitespace(point) || Character.isISOControl(point)) {
                out.append(' ');
            } else if (glyphs.computeIfAbsent(point, p -> hasGlyph(font, p))) {
                out.appendCodePoint(point);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean hasGlyph(PDFont font, int point) {
        try {
            font.encode(new String(Character.toChars(point)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The width in points of text already made {@link #printable}. */
    static float width(String printable, PDFont font, float size) throws IOException {
        return font.getStringWidth(printable) / 1000 * size;
    }
}
