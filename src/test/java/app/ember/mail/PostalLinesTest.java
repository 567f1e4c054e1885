package app.ember.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.ember.domain.PostalAddress;
import app.ember.domain.Recipient;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each post's own rules for the lines its machines read. */
class PostalLinesTest {

    @Test
    void usAddressesAreInCapitalsWithoutPunctuation() {
        PostalAddress chicago = new PostalAddress("410 N. Michigan Ave., Apt #4", "", "Chicago", "IL", "60611-1234", "US");

        assertEquals(List.of("410 N MICHIGAN AVE APT #4", "CHICAGO IL 60611-1234"), PostalLines.address(chicago, "US"));
        assertEquals(List.of("ANNA & TOM SMITH", "SMITH FLOWERS INC.", "410 N MICHIGAN AVE APT #4",
                        "CHICAGO IL 60611-1234"),
                PostalLines.block(new Recipient(List.of(1L, 2L), List.of("Anna Smith", "Tom Smith"), "Anna & Tom Smith",
                        "Smith Flowers Inc.", chicago), "US"));
        assertEquals("ST LOUIS MO 63101", PostalLines.address(
                new PostalAddress("1 Market St", "", "St. Louis", "MO", "63101", "US"), "US").get(1));
    }

    @Test
    void canadianAddressesKeepTwoSpacesBeforeThePostalCode() {
        PostalAddress montreal = new PostalAddress("1234 rue Sherbrooke O.", "", "Montreal", "QC", "h3z2y7", "CA");

        assertEquals(List.of("1234 RUE SHERBROOKE O", "MONTREAL QC  H3Z 2Y7"), PostalLines.address(montreal, "CA"));
        assertEquals(List.of("1234 RUE SHERBROOKE O", "MONTREAL QC  H3Z 2Y7", "CANADA"),
                PostalLines.address(montreal, "US"));
    }

    @Test
    void britishAddressesHaveThePostTownInCapitalsAndThePostcodeOnItsOwnLine() {
        PostalAddress london = new PostalAddress("10 Downing Street", "", "London", "", "sw1a2aa", "GB");

        assertEquals(List.of("10 Downing Street", "LONDON", "SW1A 2AA"), PostalLines.address(london, "GB"));
        assertEquals(List.of("10 Downing Street", "LONDON", "SW1A 2AA", "UNITED KINGDOM"),
                PostalLines.address(london, "DE"));
        PostalAddress bath = new PostalAddress("7 Great Pulteney St", "", "Bath", "Somerset", "BA2 4BU", "GB");
        assertEquals(List.of("7 Great Pulteney St", "BATH", "BA2 4BU"), PostalLines.address(bath, "GB"),
                "Royal Mail wants no county");
    }

    @Test
    void germanAddressesPutThePostcodeBeforeTheTownAndLeaveOutTheState() {
        PostalAddress berlin = new PostalAddress("Hauptstraße 5", "Hinterhaus", "Berlin", "Berlin", "10115", "DE");

        assertEquals(List.of("Hauptstraße 5", "Hinterhaus", "10115 BERLIN"), PostalLines.address(berlin, "DE"));
        assertEquals(List.of("Hauptstraße 5", "Hinterhaus", "10115 BERLIN", "GERMANY"),
                PostalLines.address(berlin, "US"));
    }

    @Test
    void frenchAddressesEndWithThePostcodeAndTheTownInCapitalsWithoutAccents() {
        assertEquals(List.of("12 rue des Lilas", "75008 PARIS"),
                PostalLines.address(new PostalAddress("12 rue des Lilas", "", "Paris", "", "75008", "FR"), "FR"));
        assertEquals(List.of("3 place Bellecour", "42000 SAINT-ETIENNE", "FRANCE"),
                PostalLines.address(new PostalAddress("3 place Bellecour", "", "Saint-Étienne", "", "42000", "FR"),
                        "DE"));
    }

    @Test
    void australianAddressesEndWithLocalityStateAndPostcodeInCapitals() {
        assertEquals(List.of("1 George St", "SYDNEY NSW 2000"),
                PostalLines.address(new PostalAddress("1 George St", "", "Sydney", "NSW", "2000", "AU"), "AU"));
    }

    @Test
    void otherCountriesUseTheEverydayLayoutAndTheirNameInCapitals() {
        PostalAddress krakow = new PostalAddress("ul. Floriańska 12/4", "", "Kraków", "", "31-019", "PL");

        assertEquals(List.of("ul. Floriańska 12/4", "31-019 KRAKÓW", "POLAND"), PostalLines.address(krakow, "DE"));
        assertEquals(List.of("ul. Floriańska 12/4", "31-019 KRAKÓW"), PostalLines.address(krakow, "pl"));
    }

    @Test
    void withoutAHomeCountryTheCountryLineIsAlwaysThere() {
        PostalAddress berlin = new PostalAddress("Hauptstraße 5", "", "Berlin", "", "10115", "DE");

        assertEquals("GERMANY", PostalLines.address(berlin, "").get(2));
        assertEquals("GERMANY", PostalLines.address(berlin, null).get(2));
        assertEquals(2, PostalLines.address(new PostalAddress("Hauptstraße 5", "", "Berlin", "", "10115", ""), "")
                .size(), "no country known: no country line");
    }

    @Test
    void namesKeepTheirCaseOutsideNorthAmerica() {
        Recipient lucja = new Recipient(List.of(1L), List.of("Łucja Wróbel"), null, "Kwiaciarnia Żółć",
                new PostalAddress("ul. Floriańska 12/4", "", "Kraków", "", "31-019", "PL"));

        assertEquals(List.of("Łucja Wróbel", "Kwiaciarnia Żółć", "ul. Floriańska 12/4", "31-019 KRAKÓW"),
                PostalLines.block(lucja, "PL"));
    }

    /** The layouts of libaddressinput, with the parts its "upper" names in capitals (issue 16). */
    @Test
    void everyCountryPrintsAsItsPostAsks() {
        assertEquals(List.of("Via del Corso 1", "00186 ROMA RM"),
                PostalLines.address(new PostalAddress("Via del Corso 1", "", "Roma", "Roma", "00186", "IT"), "IT"));
        assertEquals(List.of("Calle Mayor 1", "28013 MADRID MADRID", "SPAIN"),
                PostalLines.address(new PostalAddress("Calle Mayor 1", "", "Madrid", "Madrid", "28013", "ES"), "FR"));
        assertEquals(List.of("Keizersgracht 1", "1015 CJ AMSTERDAM"),
                PostalLines.address(new PostalAddress("Keizersgracht 1", "", "Amsterdam", "Noord-Holland", "1015cj",
                        "NL"), "NL"));
        assertEquals(List.of("1 Main Street", "GALWAY", "Co. Galway", "H91 E2K3"),
                PostalLines.address(new PostalAddress("1 Main Street", "", "Galway", "Co. Galway", "h91e2k3", "IE"),
                        "IE"));
        assertEquals(List.of("1 Queen Street", "AUCKLAND 1010", "NEW ZEALAND"),
                PostalLines.address(new PostalAddress("1 Queen Street", "", "Auckland", "", "1010", "NZ"), "AU"));
        assertEquals(List.of("Rua Augusta 100", "SÃO PAULO-SP", "01305-000"),
                PostalLines.address(new PostalAddress("Rua Augusta 100", "", "São Paulo", "São Paulo", "01305000",
                        "BR"), "BR"));
        assertEquals(List.of("1-13 Minami Aoyama", "Minato-ku, TOKYO", "107-0062", "JAPAN"),
                PostalLines.address(new PostalAddress("1-13 Minami Aoyama", "", "Minato-ku", "Tokyo", "1070062",
                        "JP"), "US"));
        assertEquals(List.of("〒107-0062", "東京都港区", "南青山1-13"),
                PostalLines.address(new PostalAddress("南青山1-13", "", "港区", "東京都", "107-0062", "JP"), "JP"));
        assertEquals(List.of("12 Hope Road", "KINGSTON 6", "St. Andrew", "JAMAICA"),
                PostalLines.address(new PostalAddress("12 Hope Road", "", "Kingston 6", "St. Andrew", "", "JM"), "US"));
        assertEquals(List.of("Calle 50", "PANAMÁ", "PANAMÁ", "PANAMA (REP.)"),
                PostalLines.address(new PostalAddress("Calle 50", "", "Panamá", "Panamá", "", "PA"), "US"));
    }

    @Test
    void theCompanyComesFirstWhereThePostWantsIt() {
        Recipient recipient = new Recipient(List.of(1L), List.of("Eva de Vries"), "Eva de Vries", "Bloemen BV",
                new PostalAddress("Keizersgracht 1", "", "Amsterdam", "", "1015 CJ", "NL"));
        assertEquals(List.of("Bloemen BV", "Eva de Vries", "Keizersgracht 1", "1015 CJ AMSTERDAM", "NETHERLANDS"),
                PostalLines.block(recipient, "DE"));
    }

    /** libaddressinput's own formatter test: New Zealand's town and postcode share a line. */
    @Test
    void libaddressinputsOwnExamplesPrintTheSame() {
        assertEquals(List.of("Rotopapa", "Irwell 3RD", "LEESTON 8704"),
                PostalLines.address(new PostalAddress("Rotopapa", "Irwell 3RD", "Leeston", "", "8704", "NZ"), "NZ"));
        assertEquals(List.of("No. 33, Section 3 Xinyi Rd", "DA-AN DISTRICT, Taipei City 106"),
                PostalLines.address(new PostalAddress("No. 33, Section 3 Xinyi Rd", "", "Da-an District",
                        "Taipei City", "106", "TW"), "TW"));
    }
}
