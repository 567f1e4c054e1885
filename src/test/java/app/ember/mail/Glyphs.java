package app.ember.mail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Every glyph PDFBox reads back from a document, page by page, with where it sits: what a reader of
 * the paper sees, not what the drawing code meant. Positions in points from the page's top left.
 */
final class Glyphs extends PDFTextStripper {
    /** One glyph: its text, box (x, top, right, bottom from the page's top left) and size in points. */
    record Glyph(String text, float x, float top, float right, float bottom, float baseline, float size) {
        float centreX() {
            return (x + right) / 2;
        }

        float centreY() {
            return (top + baseline) / 2;
        }
    }

    private final List<List<Glyph>> pages = new ArrayList<>();

    private Glyphs() {
    }

    static List<List<Glyph>> read(PDDocument document) throws IOException {
        Glyphs glyphs = new Glyphs();
        glyphs.getText(document);
        return glyphs.pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        pages.add(new ArrayList<>());
        super.startPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (text.getUnicode().isBlank()) {
            return;
        }
        float size = text.getFontSizeInPt();
        // Descenders reach a quarter of the size below the baseline in DejaVu (its descent is 0.236).
        float descent = size * 0.24f;
        // PDFBox's glyph height is an estimate; the font's ascent (0.928) also covers accented capitals.
        float top = Math.min(text.getYDirAdj() - text.getHeightDir(), text.getYDirAdj() - size * 0.93f);
        pages.get(pages.size() - 1).add(new Glyph(text.getUnicode(), text.getXDirAdj(),
                top, text.getXDirAdj() + text.getWidthDirAdj(),
                text.getYDirAdj() + descent, text.getYDirAdj(), size));
    }
}
