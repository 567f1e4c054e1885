package app.ember.mail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes a block of lines fit a box: the largest size from {@code max} down to {@code min} at which
 * every line fits whole; failing that, at {@code min}, lines broken between words; failing that too,
 * as many lines as the box holds, each cut to its width with "…", and the reason it did not fit.
 * Address lines are kept whole as long as possible because the post reads them line by line.
 */
final class TextFit {
    /** From one baseline to the next, in font sizes. */
    static final float LEADING = 1.2f;
    private static final float STEP = 0.25f;
    private static final String ELLIPSIS = "…";

    /** Why a block did not fit: more lines than the height holds, or a word wider than the box. */
    enum Problem { NONE, TOO_MANY_LINES, TOO_WIDE }

    /**
     * The lines to draw at {@code size}, {@code width} points wide at the most; {@code wanted} is how
     * many lines the whole text needed and {@code widest} the line that was too wide, when that was
     * the problem.
     */
    record Fitted(List<String> lines, float size, float width, Problem problem, int wanted, String widest) {
        boolean fits() {
            return problem == Problem.NONE;
        }
    }

    private final PDFont font;
    private final float ascent;
    private final float descent;

    TextFit(PDFont font) {
        this.font = font;
        // Of the font's design, not of one glyph: every block of the same size then lines up alike.
        this.ascent = font.getFontDescriptor().getAscent() / 1000f;
        this.descent = -Math.abs(font.getFontDescriptor().getDescent() / 1000f);
    }

    /** From the top of the block to the first baseline. */
    float ascent(float size) {
        return ascent * size;
    }

    /** From the top of the first line's tallest letters to the bottom of the last line's descenders. */
    float height(int lines, float size) {
        return lines == 0 ? 0 : (ascent - descent) * size + (lines - 1) * LEADING * size;
    }

    float width(String printable, float size) throws IOException {
        return PdfFonts.width(printable, font, size);
    }

    /** The lines (already {@link PdfFonts#printable}) fitted into {@code width} × {@code height} points. */
    Fitted fit(List<String> lines, float width, float height, float max, float min) throws IOException {
        float widest = 0;
        String widestLine = "";
        for (String line : lines) {
            float unit = width(line, 1);
            if (unit > widest) {
                widest = unit;
                widestLine = line;
            }
        }
        // Counted in steps, not by subtracting floats, so 8 pt is always tried exactly.
        int steps = Math.round((max - min) / STEP);
        for (int step = 0; step <= steps; step++) {
            float size = max - step * STEP;
            if (widest * size <= width && height(lines.size(), size) <= height) {
                return new Fitted(lines, size, widest * size, Problem.NONE, lines.size(), "");
            }
        }
        List<String> wrapped = new ArrayList<>();
        boolean unbreakable = false;
        for (String line : lines) {
            List<String> pieces = wrap(line, width, min);
            for (String piece : pieces) {
                unbreakable |= width(piece, min) > width;
            }
            wrapped.addAll(pieces);
        }
        if (!unbreakable && height(wrapped.size(), min) <= height) {
            return new Fitted(wrapped, min, widest(wrapped, min), Problem.NONE, wrapped.size(), "");
        }
        int room = 1;
        while (room < wrapped.size() && height(room + 1, min) <= height) {
            room++;
        }
        List<String> kept = new ArrayList<>();
        for (String line : wrapped.subList(0, Math.min(room, wrapped.size()))) {
            kept.add(cut(line, width, min));
        }
        Problem problem = wrapped.size() > room ? Problem.TOO_MANY_LINES : Problem.TOO_WIDE;
        return new Fitted(kept, min, widest(kept, min), problem, wrapped.size(), widestLine);
    }

    private float widest(List<String> lines, float size) throws IOException {
        float widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, width(line, size));
        }
        return widest;
    }

    /**
     * One text in a table cell: broken between words (inside a word wider than the column), at most
     * {@code maxLines} lines, the last cut with "…" when the text goes on.
     */
    List<String> column(String printable, float width, float size, int maxLines) throws IOException {
        List<String> pieces = new ArrayList<>();
        for (String piece : wrap(printable, width, size)) {
            String rest = piece;
            while (width(rest, size) > width && rest.codePointCount(0, rest.length()) > 1) {
                int end = rest.offsetByCodePoints(0, 1);
                while (end < rest.length() && width(rest.substring(0, rest.offsetByCodePoints(end, 1)), size) <= width) {
                    end = rest.offsetByCodePoints(end, 1);
                }
                pieces.add(rest.substring(0, end));
                rest = rest.substring(end);
            }
            pieces.add(rest);
        }
        if (pieces.size() <= maxLines) {
            return pieces;
        }
        List<String> kept = new ArrayList<>(pieces.subList(0, maxLines));
        kept.set(maxLines - 1, cut(kept.get(maxLines - 1) + " " + pieces.get(maxLines), width, size));
        return kept;
    }

    /** The line broken between words into pieces of {@code width}; a word wider than that stays whole. */
    private List<String> wrap(String line, float width, float size) throws IOException {
        List<String> pieces = new ArrayList<>();
        String current = "";
        for (String word : line.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (current.isEmpty() || width(candidate, size) <= width) {
                current = candidate;
            } else {
                pieces.add(current);
                current = word;
            }
        }
        if (!current.isEmpty()) {
            pieces.add(current);
        }
        return pieces;
    }

    /** The line, or as much of it as fits with "…" after it. */
    private String cut(String line, float width, float size) throws IOException {
        if (width(line, size) <= width) {
            return line;
        }
        String text = line;
        while (!text.isEmpty() && width(text.stripTrailing() + ELLIPSIS, size) > width) {
            text = text.substring(0, text.offsetByCodePoints(text.length(), -1));
        }
        return text.stripTrailing() + ELLIPSIS;
    }
}
