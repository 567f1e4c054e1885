package app.ember.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Text for a person at a terminal. A name stored with an escape sequence in it (from an import, say)
 * would otherwise be played by the terminal: colours, a moved cursor, a changed window title, worse.
 * Here every control character is shown as a visible sign instead: C0 controls as their Unicode
 * "control pictures" (ESC as ␛, NUL as ␀), DEL as ␡, the C1 controls as �. The CSV and JSON outputs keep
 * the data as it is (JSON escapes control characters itself); only the text outputs go through here.
 */
final class Terminal {
    private static final boolean CRLF = System.lineSeparator().indexOf('\r') >= 0;

    private Terminal() {
    }

    /** A value on one line (a table cell, a message): every control character shown, line breaks and tabs too. */
    static String line(String text) {
        return shown(text, false);
    }

    /** Free text (a note): line breaks and tabs kept, every other control character shown. */
    static String text(String text) {
        return shown(text, true);
    }

    /** Standard output in UTF-8, with control characters shown as in {@link #text}. The caller flushes it. */
    static PrintWriter out() {
        return shown(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    }

    /** The same writer, with control characters shown as in {@link #text}. */
    static PrintWriter shown(Writer out) {
        return new PrintWriter(new FilterWriter(out) {
            @Override
            public void write(int c) throws IOException {
                super.write(sign((char) c, true));
            }

            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                String shown = shown(new String(chars, offset, length), true);
                super.write(shown, 0, shown.length());
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                String shown = shown(text.substring(offset, offset + length), true);
                super.write(shown, 0, shown.length());
            }
        });
    }

    private static String shown(String text, boolean keepLines) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char sign = sign(c, keepLines);
            if (sign != c && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(sign);
            }
        }
        return out == null ? text : out.toString();
    }

    private static char sign(char c, boolean keepLines) {
        if (keepLines && (c == '\n' || c == '\t' || (c == '\r' && CRLF))) {
            return c;
        }
        if (c < 0x20) {
            return (char) (0x2400 + c);
        }
        if (c == 0x7F) {
            return '\u2421';
        }
        if (c >= 0x80 && c <= 0x9F) {
            return '\uFFFD';
        }
        return c;
    }
}
