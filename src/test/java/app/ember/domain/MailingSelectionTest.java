package app.ember.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Who a mailing reaches: the addresses each country's post needs, households, and the order of the pieces. */
class MailingSelectionTest {
    private static final PostalAddress PORTLAND = new PostalAddress("2218 NE Alberta St", "", "Portland", "OR", "97211", "US");
    private static final PostalAddress LONDON = new PostalAddress("12 Oak St.", "", "London", "", "SW1A 1AA", "GB");

    private static Lead lead(long id, String first, String last, PostalAddress address) {
        return Lead.builder().id(id).firstName(first).lastName(last).address(address).build();
    }

    private static PostalAddress address(String line1, String city, String region, String postcode, String country) {
        return new PostalAddress(line1, "", city, region, postcode, country);
    }

    private static MailingSelection select(boolean merge, MailSort sort, Lead... leads) {
        return MailingSelection.of(List.of(leads), merge, sort);
    }

    /** The one left-out lead's detail, asserting the lead was left out for that reason. */
    private static String leftOutDetail(LeftOut.Reason reason, PostalAddress address) {
        MailingSelection selection = select(false, MailSort.POSTCODE, lead(7, "Ana", "Ruiz", address));
        assertEquals(List.of(), selection.included(), "left out: " + address);
        LeftOut out = selection.leftOut().get(0);
        assertEquals(7, out.leadId());
        assertEquals("Ana Ruiz", out.name());
        assertEquals(reason, out.reason());
        return out.detail();
    }

    private static String incomplete(PostalAddress address) {
        return leftOutDetail(LeftOut.Reason.INCOMPLETE_ADDRESS, address);
    }

    private static void mailable(PostalAddress address) {
        MailingSelection selection = select(false, MailSort.POSTCODE, lead(7, "Ana", "Ruiz", address));
        assertEquals(List.of(), selection.leftOut(), "mailable: " + address);
        assertEquals(1, selection.included().size());
    }

    @Nested
    class CompleteAddresses {
        @Test
        void aCompleteAddressMakesOnePieceWithTheLeadsNameCompanyAndAddress() {
            Lead emily = lead(1, "Emily", "Carter", PORTLAND).toBuilder().company("Carter & Co").build();
            MailingSelection selection = select(false, MailSort.POSTCODE, emily);
            assertEquals(List.of(new Recipient(List.of(1L), List.of("Emily Carter"), "Emily Carter", "Carter & Co",
                    PORTLAND)), selection.included());
            assertEquals(List.of(), selection.leftOut());
            assertEquals(1, selection.includedLeads());
            assertEquals(List.of(1L), selection.includedLeadIds());
        }

        @Test
        void streetCityAndCountryAreAlwaysNeeded() {
            assertEquals("no street", incomplete(address("", "Portland", "OR", "97211", "US")));
            assertEquals("no town", incomplete(address("1 Main St", "", "OR", "97211", "US")));
            assertEquals("no street or town", incomplete(address("", "", "OR", "97211", "US")));
            assertEquals("no country", incomplete(address("1 Main St", "Springfield", "", "", "")));
            assertEquals("no street, town or country", incomplete(PostalAddress.EMPTY));
        }

        @Test
        void thePostcodeIsNeededWhereThePostUsesOne() {
            assertEquals("no ZIP code", incomplete(address("1 Main St", "Portland", "OR", "", "US")));
            assertEquals("no postcode", incomplete(address("10 Downing St", "London", "", "", "GB")));
            assertEquals("no postcode", incomplete(address("24 Sussex Dr", "Ottawa", "ON", "", "CA")));
            assertEquals("no postcode", incomplete(address("Hauptstraße 5", "Berlin", "", "", "DE")));
            assertEquals("no postcode", incomplete(address("1 rue de Rivoli", "Paris", "", "", "FR")));
            assertEquals("no postcode", incomplete(address("1 George St", "Sydney", "NSW", "", "AU")));
            assertEquals("no postcode", incomplete(address("Calle Mayor 1", "Madrid", "Madrid", "", "ES")));
            assertEquals("no street, town or postcode", incomplete(address("", "", "", "", "NL")));
        }

        @Test
        void countriesWhosePostHasNoPostcodeDoWithout() {
            mailable(address("1 Main Street", "Galway", "", "", "IE"));
            mailable(address("1 Queen's Road Central", "Central", "Hong Kong Island", "", "HK"));
            mailable(address("Sheikh Zayed Rd 1", "", "Dubai", "", "AE"));
            mailable(address("12 Hope Road", "Kingston 6", "St. Andrew", "", "JM"));
            mailable(address("Calle 50", "Panamá", "", "", "PA"));
        }

        @Test
        void whatIsMissingIsNamedAsTheCountrysPostCallsIt() {
            assertEquals("no parish", incomplete(address("12 Hope Road", "Kingston 6", "", "", "JM")));
            assertEquals("no province", incomplete(address("Via del Corso 1", "Roma", "", "00186", "IT")));
            assertEquals("no prefecture or postcode", incomplete(address("1-13 Minami Aoyama", "Minato-ku", "", "",
                    "JP")));
            assertEquals("no post town", incomplete(address("10 Downing St", "", "", "SW1A 2AA", "GB")));
            assertEquals("no town or ZIP code", incomplete(address("1 Main St", "", "OR", "", "US")));
        }

        @Test
        void theStateOrProvinceIsNeededInTheUsCanadaAndAustralia() {
            assertEquals("no state", incomplete(address("1 Main St", "Portland", "", "97211", "US")));
            assertEquals("no province", incomplete(address("24 Sussex Dr", "Ottawa", "", "K1A 0B1", "CA")));
            assertEquals("no state", incomplete(address("1 George St", "Sydney", "", "2000", "AU")));
            assertEquals("no town, state or ZIP code", incomplete(address("1 Main St", "", "", "", "US")));
            mailable(address("10 Downing St", "London", "", "SW1A 2AA", "GB"));
            mailable(address("Hauptstraße 5", "Berlin", "", "10115", "DE"));
            mailable(address("1 rue de Rivoli", "Paris", "", "75001", "FR"));
        }

        @Test
        void aPostcodeOrCountryThePostWouldNotReadIsLeftOutWithTheFormsWords() {
            assertTrue(incomplete(address("10 Downing St", "London", "", "90210", "GB"))
                    .contains("'90210' is not a postcode of GB"));
            assertTrue(incomplete(address("10 Downing St", "London", "", "SW1A 2AA", "UK"))
                    .contains("'UK' is not a two-letter country code"));
            mailable(address("10 Downing St", "London", "", "sw1a 2aa", "GB"));
        }
    }

    @Nested
    class DoNotMail {
        @Test
        void aLeadWhoAskedNotToGetPostIsLeftOutEvenWithACompleteAddress() {
            Lead lead = lead(7, "Ana", "Ruiz", PORTLAND).toBuilder().doNotMail(true).build();
            MailingSelection selection = select(false, MailSort.POSTCODE, lead);
            assertEquals(List.of(), selection.included());
            assertEquals(List.of(new LeftOut(7, "Ana Ruiz", LeftOut.Reason.DO_NOT_MAIL, "asked not to be sent post")),
                    selection.leftOut());
        }

        @Test
        void theWishComesBeforeTheStateOfTheAddress() {
            Lead lead = lead(7, "Ana", "Ruiz", PostalAddress.EMPTY).toBuilder().doNotMail(true).build();
            assertEquals(LeftOut.Reason.DO_NOT_MAIL, select(false, MailSort.POSTCODE, lead).leftOut().get(0).reason());
        }

        @Test
        void leftOutLeadsKeepTheGivenOrderAndAGivenTwiceLeadCountsOnce() {
            Lead a = lead(5, "Zoe", "Adams", PostalAddress.EMPTY);
            Lead b = lead(3, "Yan", "Berg", PORTLAND).toBuilder().doNotMail(true).build();
            Lead c = lead(9, "Emily", "Carter", PORTLAND);
            MailingSelection selection = select(false, MailSort.NAME, a, b, c, a, c);
            assertEquals(List.of(5L, 3L), selection.leftOut().stream().map(LeftOut::leadId).toList());
            assertEquals(List.of(9L), selection.includedLeadIds());
        }
    }

    @Nested
    class Households {
        @Test
        void leadsAtOneAddressWrittenDifferentlyBecomeOnePieceWhenAsked() {
            Lead anna = lead(1, "Anna", "Smith", LONDON);
            Lead tom = lead(2, "Tom", "smith", new PostalAddress(" 12 OAK ST ", "", "london", "", "SW1A1AA", "gb"));
            Recipient piece = select(true, MailSort.POSTCODE, anna, tom).included().get(0);
            assertEquals(List.of(1L, 2L), piece.leadIds());
            assertEquals(List.of("Anna Smith", "Tom smith"), piece.names());
            assertEquals("Anna & Tom Smith", piece.addressee());
            assertEquals(LONDON, piece.address(), "the first lead's spelling of the address");
            assertEquals(1, select(true, MailSort.POSTCODE, anna, tom).included().size());
            assertEquals(2, select(true, MailSort.POSTCODE, anna, tom).includedLeads());
        }

        @Test
        void withoutMergingEveryLeadIsItsOwnPiece() {
            MailingSelection selection = select(false, MailSort.NAME, lead(1, "Anna", "Smith", LONDON),
                    lead(2, "Tom", "Smith", LONDON));
            assertEquals(List.of("Anna Smith", "Tom Smith"),
                    selection.included().stream().map(Recipient::addressee).toList());
        }

        @Test
        void differentLastNamesAreNamedInFull() {
            assertEquals("Anna Smith & Tom Jones", select(true, MailSort.NAME, lead(1, "Anna", "Smith", LONDON),
                    lead(2, "Tom", "Jones", LONDON)).included().get(0).addressee());
            assertEquals("Anna Smith, Tom Jones & Eva Berg", select(true, MailSort.NAME,
                    lead(1, "Anna", "Smith", LONDON), lead(2, "Tom", "Jones", LONDON), lead(3, "Eva", "Berg", LONDON))
                    .included().get(0).addressee());
        }

        @Test
        void aTitleIsPrintedBeforeTheNameOnItsPiece() {
            Lead priya = lead(1, "Priya", "Sharma", LONDON).toBuilder().title("Dr").build();
            assertEquals("Dr Priya Sharma", select(false, MailSort.NAME, priya).included().get(0).addressee());
            assertEquals("Dr Priya Sharma & Tom Jones", select(true, MailSort.NAME, priya,
                    lead(2, "Tom", "Jones", LONDON)).included().get(0).addressee());
        }

        @Test
        void threeOrMoreOfOneNameAreTheFamily() {
            assertEquals("The Smith family", select(true, MailSort.NAME, lead(1, "Anna", "Smith", LONDON),
                    lead(2, "Tom", "Smith", LONDON), lead(3, "Lily", "Smith", LONDON)).included().get(0).addressee());
        }

        @Test
        void twoOfOneNameWithoutBothFirstNamesAreTheFamilyToo() {
            assertEquals("The Smith family", select(true, MailSort.NAME, lead(1, "", "Smith", LONDON),
                    lead(2, "Tom", "Smith", LONDON)).included().get(0).addressee());
        }

        @Test
        void theCompanyIsPrintedOnlyWhenEveryoneSharesIt() {
            Lead anna = lead(1, "Anna", "Smith", LONDON).toBuilder().company("Smith Events").build();
            Lead tom = lead(2, "Tom", "Smith", LONDON).toBuilder().company("smith events").build();
            Lead guest = lead(3, "Eva", "Berg", LONDON).toBuilder().company("Berg Ltd").build();
            Lead none = lead(4, "Max", "Smith", LONDON);
            assertEquals("Smith Events", select(true, MailSort.NAME, anna, tom).included().get(0).company());
            assertEquals("", select(true, MailSort.NAME, anna, guest).included().get(0).company());
            assertEquals("", select(true, MailSort.NAME, anna, none).included().get(0).company());
        }

        @Test
        void flatsOfOneHouseStayApart() {
            Lead flat2 = lead(1, "Anna", "Smith", new PostalAddress("12 Oak St", "Flat 2", "London", "", "SW1A 1AA", "GB"));
            Lead flat3 = lead(2, "Tom", "Smith", new PostalAddress("12 Oak St", "Flat 3", "London", "", "SW1A 1AA", "GB"));
            assertEquals(2, select(true, MailSort.NAME, flat2, flat3).included().size());
        }

        @Test
        void theSameStreetInAnotherPostcodeCountryOrTownWithoutPostcodeIsAnotherHousehold() {
            Lead london = lead(1, "Anna", "Smith", LONDON);
            Lead otherPostcode = lead(2, "Tom", "Smith", new PostalAddress("12 Oak St", "", "London", "", "SW1A 2AA", "GB"));
            assertEquals(2, select(true, MailSort.NAME, london, otherPostcode).included().size());
            Lead galway = lead(3, "Anna", "Byrne", address("1 Main Street", "Galway", "", "", "IE"));
            Lead cork = lead(4, "Tom", "Byrne", address("1 Main Street", "Cork", "", "", "IE"));
            Lead galwayToo = lead(5, "Liam", "Byrne", address("1 main street", "GALWAY", "", "", "IE"));
            assertEquals(List.of(List.of(3L, 5L), List.of(4L)), select(true, MailSort.POSTCODE, galway, cork, galwayToo)
                    .included().stream().map(Recipient::leadIds).toList());
            Lead germany = lead(6, "Ana", "Ruiz", address("Rue 1", "Berlin", "", "10115", "DE"));
            Lead france = lead(7, "Tom", "Ruiz", address("Rue 1", "Berlin", "", "10115", "FR"));
            assertEquals(2, select(true, MailSort.NAME, germany, france).included().size());
        }

        @Test
        void aMemberWhoAskedNotToGetPostIsLeftOutAndTheOthersStillGetTheirs() {
            Lead anna = lead(1, "Anna", "Smith", LONDON).toBuilder().doNotMail(true).build();
            Lead tom = lead(2, "Tom", "Smith", LONDON);
            MailingSelection selection = select(true, MailSort.NAME, anna, tom);
            assertEquals("Tom Smith", selection.included().get(0).addressee());
            assertEquals(List.of(1L), selection.leftOut().stream().map(LeftOut::leadId).toList());
        }
    }

    @Nested
    class Order {
        @Test
        void byPostcodeTheCountryThenThePostcodeThenTheName() {
            Lead chicago = lead(1, "Daniel", "Okafor", address("410 N Michigan Ave", "Chicago", "IL", "60611", "US"));
            Lead portland = lead(2, "Emily", "Carter", PORTLAND);
            Lead newYork = lead(3, "Zoe", "Adams", address("1 Fifth Ave", "New York", "NY", "10001", "US"));
            Lead newYorkToo = lead(4, "Amy", "Zhang", address("2 Fifth Ave", "New York", "NY", "10001", "US"));
            Lead edinburgh = lead(5, "Hamish", "Reid", address("1 Royal Mile", "Edinburgh", "", "EH1 1YZ", "GB"));
            Lead london = lead(6, "Anna", "Smith", LONDON);
            Lead galway = lead(7, "Anna", "Byrne", address("1 Main Street", "Galway", "", "", "IE"));
            MailingSelection selection = select(false, MailSort.POSTCODE, chicago, portland, newYork, newYorkToo,
                    edinburgh, london, galway);
            assertEquals(List.of(5L, 6L, 7L, 3L, 4L, 1L, 2L), selection.includedLeadIds());
        }

        @Test
        void byPostcodeSpacesAndCaseDoNotCount() {
            Lead spaced = lead(1, "Anna", "Smith", address("1 A St", "London", "", "sw1a 1ab", "GB"));
            Lead packed = lead(2, "Tom", "Jones", address("1 B St", "London", "", "SW1A1AA", "GB"));
            assertEquals(List.of(2L, 1L), select(false, MailSort.POSTCODE, spaced, packed).includedLeadIds());
        }

        @Test
        void byNameTheLastNameThenTheFirstWithoutCaseOrAccents() {
            Lead davis = lead(1, "Zoe", "Davis", PORTLAND);
            Lead cruz = lead(2, "Ana", "de la Cruz", PORTLAND);
            Lead abel = lead(3, "Émile", "Ábel", PORTLAND);
            Lead abbott = lead(4, "Zed", "Abbott", PORTLAND);
            Lead abbottToo = lead(5, "Amy", "abbott", PORTLAND);
            Lead madonna = lead(6, "Madonna", "", PORTLAND);
            MailingSelection selection = select(false, MailSort.NAME, davis, cruz, abel, abbott, abbottToo, madonna);
            assertEquals(List.of(5L, 4L, 3L, 1L, 2L, 6L), selection.includedLeadIds());
        }

        @Test
        void equalKeysFallBackToTheLeadIdSoTheOrderRepeats() {
            Lead second = lead(8, "Anna", "Smith", LONDON);
            Lead first = lead(2, "Anna", "Smith", LONDON);
            assertEquals(List.of(2L, 8L), select(false, MailSort.NAME, second, first).includedLeadIds());
            assertEquals(List.of(2L, 8L), select(false, MailSort.POSTCODE, second, first).includedLeadIds());
        }

        @Test
        void nothingGivenIsAnEmptySelection() {
            MailingSelection empty = MailingSelection.of(List.of(), true, MailSort.NAME);
            assertEquals(List.of(), empty.included());
            assertEquals(List.of(), empty.leftOut());
            assertEquals(0, empty.includedLeads());
        }
    }
}
