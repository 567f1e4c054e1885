package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The duplicate keys made by hand are the keys the regular expressions made before (issue 14, preview speed). */
class ImportMatcherKeysTest {
    private static final String ALPHABET = "aZé 0 9\t\n\r\f\u000B\u00A0\u2003-+().Ωß5İ";

    @Test
    void digitsAndWhiteSpaceAsTheRegularExpressionsHadThem() {
        Random random = new Random(14);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = text.toString();
            assertEquals(s.replaceAll("[^0-9]", ""), ImportMatcher.digits(s), s);
            assertEquals(s.replaceAll("\\s", ""), ImportMatcher.spaced(s, ""), s);
            assertEquals(s.replaceAll("\\s+", " "), ImportMatcher.spaced(s, " "), s);
        }
    }

    @Test
    void keysOfWrittenNamesPostcodesAndPhones() {
        assertEquals("ana maria ruiz|BA12PH", ImportMatcher.nameKey(" Ana \t Maria", "Ruiz ",
                "ba1 2ph"));
        assertEquals(null, ImportMatcher.nameKey("Ana", "Ruiz", " \t"));
        assertEquals("794600000", ImportMatcher.phoneKey("+44 (20) 7946-00000"));
        assertEquals(null, ImportMatcher.phoneKey("ext. 12"));
    }
}
