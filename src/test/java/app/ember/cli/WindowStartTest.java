package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.ember.app.DataDir;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The window's own arguments are read without picocli; everything else is left to it. */
class WindowStartTest {
    @Test
    void noArgumentsOpenTheWindowOnTheDefaultDataDir() {
        assertEquals(new WindowStart(DataDir.defaultDir(), false), WindowStart.of(new String[0]));
    }

    @Test
    void theDataDirAndSmokeInEitherForm() {
        assertEquals(new WindowStart(Path.of("books", "shop"), true),
                WindowStart.of(new String[] {"--smoke", "--data-dir", "books/shop"}));
        assertEquals(new WindowStart(Path.of("a b"), false), WindowStart.of(new String[] {"--data-dir=a b"}));
    }

    @Test
    void commandsHelpTyposAndHalfOptionsAreForPicocli() {
        assertNull(WindowStart.of(new String[] {"list"}));
        assertNull(WindowStart.of(new String[] {"--help"}));
        assertNull(WindowStart.of(new String[] {"--smok"}));
        assertNull(WindowStart.of(new String[] {"--data-dir"}));
        assertNull(WindowStart.of(new String[] {"--data-dir", "--smoke"}));
        assertNull(WindowStart.of(new String[] {"--data-dir="}));
        assertNull(WindowStart.of(new String[] {"--smoke", "--smoke"}));
        assertNull(WindowStart.of(new String[] {"--data-dir", "a", "--data-dir", "b"}));
        assertNull(WindowStart.of(new String[] {"--data-dir", "shop", "list"}));
    }

    @Test
    void aHalfOptionStillGetsPicoclisMessage() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream was = System.err;
        int code;
        try {
            System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            code = Cli.run(new String[] {"--data-dir"}, (dir, smoke) -> 0);
        } finally {
            System.setErr(was);
        }
        assertEquals(Cli.BAD_INPUT, code);
        assertEquals(true, err.toString(java.nio.charset.StandardCharsets.UTF_8).contains("--data-dir"), err.toString());
    }
}
