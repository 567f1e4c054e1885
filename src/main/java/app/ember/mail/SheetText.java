package app.ember.mail;

import app.ember.domain.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** The sheet's two faces of DejaVu Sans (see {@link PdfFonts}) and the wrapping of its cells. */
final class SheetText {
    private static final String ELLIPSIS = "…";
    /** More than a line of any column holds; what is past it is never measured. */
    private static final int MAX_LINE_CHARACTERS = 120;

    final PDFont regular;
    final PDFont bold;
    private final PdfFonts dejaVu;

    SheetText(PDDocument document) throws IOException {
        dejaVu = PdfFonts.load(document);
        regular = dejaVu.regular();
        bold = dejaVu.bold();
    }

    /** The text with line breaks and tabs as spaces and unprintable characters as "?". */
    String printable(String text, PDFont font) {
        return dejaVu.printable(text, font);
    }

    float width(String printable, PDFont font, float size) throws IOException {
        return PdfFonts.width(printable, font, size);
    }

    /**
     * The text in at most {@code maxLines} lines of {@code width}, broken between words (inside
     * a word only when it is wider than a line, as e-mail addresses are), the last line ending
     * in "…" when the text goes on.
     */
    List<String> wrap(String text, PDFont font, float size, float width, int maxLines) throws IOException {
        String clean = printable(Text.clean(text), font).replaceAll(" {2,}", " ");
        List<String> lines = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        String current = "";
        int currentStart = 0;
        int position = 0;
        for (String word : clean.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(candidate, font, size) <= width) {
                currentStart = current.isEmpty() ? position : currentStart;
                current = candidate;
            } else {
                if (!current.isEmpty()) {
                    lines.add(current);
                    starts.add(currentStart);
                }
                int piece = position;
                String rest = word;
                while (rest.length() > 1 && width(rest, font, size) > width) {
                    int cut = longestFit(rest, font, size, width);
                    lines.add(rest.substring(0, cut));
                    starts.add(piece);
                    piece += cut;
                    rest = rest.substring(cut);
                }
                current = rest;
                currentStart = piece;
            }
            position += word.length() + 1;
        }
        lines.add(current);
        starts.add(currentStart);
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        // The last line is filled with as much of the rest as fits, not cut at its last word.
        String rest = clean.substring(starts.get(maxLines - 1));
        rest = rest.substring(0, rest.offsetByCodePoints(0, Math.min(rest.codePointCount(0, rest.length()),
                MAX_LINE_CHARACTERS)));
        kept.set(maxLines - 1, ellipsized(rest, font, size, width));
        return kept;
    }

    /**
     * Where to break a word too wide for the line: after its "@" when that fits, else after the
     * last ".", "-", "/" or "_" that fits ("ingrid.berg-" / "johansson@…"), else anywhere.
     */
    private int longestFit(String word, PDFont font, float size, float width) throws IOException {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (width(word.substring(0, next), font, size) > width) {
                break;
            }
            end = next;
        }
        String fitting = word.substring(0, end);
        int at = fitting.indexOf('@');
        if (at > 0) {
            return at + 1;
        }
        int soft = Math.max(Math.max(fitting.lastIndexOf('.'), fitting.lastIndexOf('-')),
                Math.max(fitting.lastIndexOf('/'), fitting.lastIndexOf('_')));
        return soft > 0 && end < word.length() ? soft + 1 : end;
    }

    private String ellipsized(String line, PDFont font, float size, float width) throws IOException {
        String text = line;
        while (!text.isEmpty() && width(trimmedEnd(text) + ELLIPSIS, font, size) > width) {
            text = text.substring(0, text.offsetByCodePoints(text.length(), -1));
        }
        return trimmedEnd(text) + ELLIPSIS;
    }

    /** Without the spaces and separators a cut would leave dangling before the "…". */
    private static String trimmedEnd(String text) {
        String trimmed = text.stripTrailing();
        while (!trimmed.isEmpty() && ",;:·-–".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).stripTrailing();
        }
        return trimmed;
    }
}
