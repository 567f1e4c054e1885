package app.ember.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The English names and common forms looked up first, every language only after: the same answers as before. */
class CountryNamesTest {
    @Test
    void everyNameInEveryLanguageGivesTheCountryTheWholeTableGives() {
        Map<String, String> whole = CountryNames.build();
        assertTrue(whole.size() > 5_000, "names in many languages: " + whole.size());
        for (Map.Entry<String, String> name : whole.entrySet()) {
            // Two letters are read as an ISO code before any name (as always): "us" is US either way.
            if (name.getKey().length() != 2) {
                assertEquals(Optional.of(name.getValue()), CountryNames.code(name.getKey()), name.getKey());
            }
        }
    }

    @Test
    void namesInOtherLanguagesCommonFormsAndNoCountry() {
        assertEquals(Optional.of("DE"), CountryNames.code("Deutschland"));
        assertEquals(Optional.of("GR"), CountryNames.code("Ελλάδα"));
        assertEquals(Optional.of("GB"), CountryNames.code("U.K."));
        assertEquals(Optional.of("US"), CountryNames.code("United States"));
        assertEquals(Optional.empty(), CountryNames.code("Atlantis"));
    }
}
