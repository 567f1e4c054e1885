package app.ember.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The world's address rules from libaddressinput, checked against its own examples for every region. */
class AddressRulesTest {

    static List<String> regions() {
        return AddressRules.codes();
    }

    @Test
    void everyRegionOfLibaddressinputIsThere() {
        assertEquals(252, AddressRules.codes().size());
        assertTrue(AddressRules.codes().containsAll(List.of("IT", "ES", "NL", "IE", "NZ", "BR", "JP", "JM", "PA")));
        assertFalse(AddressRules.of("JM").hasPostcodes());
        assertFalse(AddressRules.of("PA").hasPostcodes());
        assertTrue(AddressRules.of("IE").hasPostcodes());
        assertEquals("ITALY", AddressRules.of("IT").name());
        assertEquals("RM", AddressRules.of("IT").regionCode("Roma"));
        assertEquals("IL", AddressRules.of("US").regionCode("illinois"));
        assertEquals("Kerry", AddressRules.of("IE").regionCode("Kerry"), "no abbreviation: as written");
    }

    /** Every postcode example of every region passes the form's check and keeps its form on a label. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("regions")
    void everyExamplePostcodeOfTheRegionIsAcceptedAndPrintedAsThePostWritesIt(String code) {
        AddressRules.Region region = AddressRules.of(code);
        for (String example : region.examples()) {
            assertEquals(Optional.empty(), LeadValidation.postcode(example, code), code + " " + example);
            assertEquals(example.toUpperCase(Locale.ROOT), AddressFormat.postcode(example, code), code);
            if (region.postcode() != null) {
                assertTrue(region.postcode().matcher(example).matches(), code + " " + example);
            }
        }
    }

    /** Whatever a region's layout, a full address loses no part the region prints on the way to the lines. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("regions")
    void everyRegionLaysOutEveryPartTheAddressHas(String code) {
        AddressRules.Region region = AddressRules.of(code);
        String postcode = region.examples().isEmpty() ? "" : region.examples().get(0);
        PostalAddress address = new PostalAddress("Streetname 12", "Flat 3", "Townsville", "Upper Region",
                postcode, code);
        String all = String.join("\n", AddressFormat.lines(address, code));
        for (String part : List.of("Streetname 12", "Flat 3", "Townsville", "Upper Region", postcode)) {
            assertTrue(all.contains(part), code + ": " + part + " in " + all);
        }
        assertNotNull(region.format());
        assertFalse(all.contains("%"), all);
    }

    @Test
    void regionsWithoutPostcodesNeedNone() {
        assertFalse(PostalRequirements.needsPostcode("JM"));
        assertFalse(PostalRequirements.needsPostcode("PA"));
        assertFalse(PostalRequirements.needsPostcode("IE"), "the Eircode is optional");
        assertTrue(PostalRequirements.needsPostcode("IT"));
        assertTrue(PostalRequirements.needsRegion("JM"), "Jamaica's post sorts by parish");
        assertTrue(PostalRequirements.needsRegion("IT"));
        assertFalse(PostalRequirements.needsRegion("DE"));
    }

    @Test
    void postcodesAreWrittenAsTheirPostWritesThem() {
        assertEquals("SW1A 2AA", AddressFormat.postcode("sw1a2aa", "GB"));
        assertEquals("H3Z 2Y7", AddressFormat.postcode("h3z-2y7", "CA"));
        assertEquals("1015 CJ", AddressFormat.postcode("1015cj", "NL"));
        assertEquals("A65 F4E2", AddressFormat.postcode("a65f4e2", "IE"));
        assertEquals("154-0023", AddressFormat.postcode("1540023", "JP"));
        assertEquals("01305-000", AddressFormat.postcode("01305000", "BR"));
        assertEquals("31-019", AddressFormat.postcode("31019", "PL"));
        assertEquals("8001", AddressFormat.postcode("CH-8001", "CH"), "the layout prints CH- itself");
        assertEquals("60611-1234", AddressFormat.postcode("60611-1234", "US"));
        assertEquals("ABC", AddressFormat.postcode("abc", "DE"), "not a postcode: left as typed, in capitals");
    }
}
