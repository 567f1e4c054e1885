package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.io.PrintWriter;
import org.junit.jupiter.api.Test;

/** Control characters become visible signs, so stored text cannot drive the user's terminal. */
class TerminalTest {
    @Test
    void aOneLineValueShowsEveryControlCharacter() {
        assertEquals("Eve\u241B]0;owned\u2407 \u2409x\u240A\u2421\uFFFD", Terminal.line("Eve\u001B]0;owned\u0007 \tx\n\u007F\u009B"));
        assertEquals("Chloé — Straße", Terminal.line("Chloé — Straße"));
        assertEquals("", Terminal.line(null));
    }

    @Test
    void freeTextKeepsItsLinesAndTabs() {
        assertEquals("a\n\tb\u241B[1m", Terminal.text("a\n\tb\u001B[1m"));
    }

    @Test
    void aShownWriterShowsWhatPassesThroughIt() {
        StringWriter out = new StringWriter();
        PrintWriter shown = Terminal.shown(out);
        shown.print("name: Eve\u001B[2J");
        shown.print('\u001B');
        shown.println();
        shown.flush();
        assertEquals("name: Eve\u241B[2J\u241B" + System.lineSeparator(), out.toString());
    }
}
