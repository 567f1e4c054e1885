package app.ember.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AddressFormatTest {

    @Test
    void americanAddressesPutCityStateAndZipOnOneLine() {
        PostalAddress address = new PostalAddress("410 N Michigan Ave", "Suite 200", "Chicago", "IL", "60611", "US");
        assertEquals(List.of("410 N Michigan Ave", "Suite 200", "Chicago, IL 60611"), AddressFormat.lines(address, "US"));
    }

    @Test
    void germanAndFrenchAddressesPutThePostcodeFirst() {
        assertEquals(List.of("Hauptstraße 5", "10115 Berlin", "Germany"),
                AddressFormat.lines(new PostalAddress("Hauptstraße 5", "", "Berlin", "", "10115", "DE"), "US"));
        assertEquals(List.of("12 rue des Lilas", "75002 Paris"),
                AddressFormat.lines(new PostalAddress("12 rue des Lilas", "", "Paris", "", "75002", "FR"), "FR"));
    }

    @Test
    void britishPostcodesStandOnTheirOwnLine() {
        assertEquals(List.of("10 Downing Street", "London", "SW1A 2AA", "United Kingdom"),
                AddressFormat.lines(new PostalAddress("10 Downing Street", "", "London", "", "SW1A 2AA", "GB"), null));
    }

    @Test
    void canadianAndAustralianAddressesEndWithRegionAndPostcode() {
        assertEquals(List.of("24 Sussex Dr", "Ottawa ON K1M 1M4"),
                AddressFormat.lines(new PostalAddress("24 Sussex Dr", "", "Ottawa", "ON", "K1M 1M4", "CA"), "CA"));
        assertEquals(List.of("5 Crown St", "Surry Hills NSW 2010", "Australia"),
                AddressFormat.lines(new PostalAddress("5 Crown St", "", "Surry Hills", "NSW", "2010", "AU"), "GB"));
    }

    @Test
    void everyCountryIsLaidOutByItsOwnRules() {
        assertEquals(List.of("Via del Corso 1", "00186 Roma Roma"),
                AddressFormat.lines(new PostalAddress("Via del Corso 1", "", "Roma", "Roma", "00186", "IT"), "IT"));
        assertEquals(List.of("1 Main Street", "Galway", "Co. Galway", "H91 E2K3", "Ireland"),
                AddressFormat.lines(new PostalAddress("1 Main Street", "", "Galway", "Co. Galway", "h91e2k3", "IE"),
                        "GB"));
        assertEquals(List.of("1 Queen Street", "Auckland 1010"),
                AddressFormat.lines(new PostalAddress("1 Queen Street", "", "Auckland", "", "1010", "NZ"), "NZ"));
        assertEquals(List.of("12 Hope Road", "Kingston 6", "St. Andrew"),
                AddressFormat.lines(new PostalAddress("12 Hope Road", "", "Kingston 6", "St. Andrew", "", "JM"), "JM"));
    }

    @Test
    void theDetailPaneKeepsAStateThePostDoesNotPrint() {
        assertEquals(List.of("Hauptstraße 5", "10115 Berlin", "Berlin"),
                AddressFormat.lines(new PostalAddress("Hauptstraße 5", "", "Berlin", "Berlin", "10115", "DE"), "DE"));
    }
}
