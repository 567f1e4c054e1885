package app.ember.mail;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.GlyphSubstitutionTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans (two faces kept beside this class, see fonts/SOURCE.md), embedded in a document as a subset of the
 * glyphs it uses: PDF's standard 14 fonts stop at Western Latin and would fail on "Łucja", where
 * DejaVu prints every Latin, Greek and Cyrillic name. A character the font lacks becomes "?"
 * rather than failing the whole document.
 */
final class PdfFonts {
    private static final String FOLDER = "/app/ember/mail/fonts/";

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

    /**
     * The font without its glyph substitution table: PDFBox 3 runs every {@code showText} of a font
     * that has one through a substitution worker that compiles a regular expression per call, which
     * took half the time of 10,000 labels. Latin, Greek and Cyrillic names need no substitution
     * once their accents are composed ({@link #printable} does that); the embedded subset never
     * carried the table anyway.
     */
    private static PDFont load(PDDocument document, String name) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IOException("the font " + name + " is missing from the class path");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            font.getTableMap().remove(GlyphSubstitutionTable.TAG);
            // Subsetting happens when the document is saved: the document closes the font then.
            document.registerTrueTypeFontForClosing(font);
            return PDType0Font.load(document, font, true);
        }
    }

    /**
     * The text with its accents composed ("e" and a combining acute become "é"), line breaks and
     * tabs as spaces and characters the font lacks as "?".
     */
    String printable(String text, PDFont font) {
        Map<Integer, Boolean> glyphs = known.computeIfAbsent(font, f -> new HashMap<>());
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(point -> {
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
