package app.ember.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Countries, names and one-cell addresses as contact files write them (issue 14). */
class ContactValuesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "U.S.A.|US", "U.S.|US", "USA|US", "U.K.|GB", "England|GB", "Scotland|GB", "Éire|IE",
        "Republic of Ireland|IE", "Czech Republic|CZ", "Korea, Republic of|KR", "Viet Nam|VN", "Holland|NL",
        "Deutschland|DE", "Italia|IT", "Ελλάδα|GR", "Россия|RU", "Österreich|AT", "fr|FR", "Northern Ireland|GB"})
    void countriesAsPeopleWriteThem(String written, String code) {
        assertEquals(Optional.of(code), CountryNames.code(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dr Priya Patel|Dr|Priya|Patel", "Mrs Jane Wilson|Mrs|Jane|Wilson", "Mr. Tom Hardy|Mr.|Tom|Hardy",
        "Prof. Ada Byron|Prof.|Ada|Byron", "'Chen, Li'||Li|Chen", "'Patel, Dr Priya'|Dr|Priya|Patel",
        "Anna Maria Smith||Anna Maria|Smith", "Drew|''|Drew|''", "Dr|''|Dr|''"})
    void titlesAreNoPartOfTheFirstName(String written, String title, String first, String last) {
        assertEquals(new PersonName(title, first, last), PersonName.parse(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'12 High Street, Bath BA1 1AA'|GB|12 High Street||Bath||BA1 1AA|GB",
        "'Flat 2, 10 Royal Crescent, Bath BA1 2LR'|GB|Flat 2|10 Royal Crescent|Bath||BA1 2LR|GB",
        "'Leopoldstraße 20, 80802 München'|DE|Leopoldstraße 20||München||80802|DE",
        "'1 Infinite Loop, Cupertino, CA 95014, USA'||1 Infinite Loop||Cupertino|CA|95014|US",
        "'4 rue des Lilas\n69001 Lyon\nFrance'|GB|4 rue des Lilas||Lyon||69001|FR"})
    void aOneCellAddressIsSplitByItsCountry(String text, String country, String line1, String line2, String city,
                                            String region, String postcode, String code) {
        assertEquals(Optional.of(new PostalAddress(line1, line2, city, region, postcode, code)),
                AddressSplit.split(text, country));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1225123456|GB|01225 123456", "7911123456|GB|07911 123456",
        "01225 123456|GB|01225 123456", "+1 408 555 5270|GB|+1 408 555 5270", "1225123456|''|1225123456",
        "301234567|DE|030 1234567", "12345|GB|12345"})
    void aPhoneStoredAsANumberGetsItsLeadingZeroBack(String written, String country, String repaired) {
        assertEquals(repaired, PhoneNumbers.repaired(written, country));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Somewhere near the Abbey|GB", "'12 High Street, Bath'|GB",
        "'12 High Street, Bath BA1 1AA'|''"})
    void anAddressThatCannotBeSplitIsLeftWhole(String text, String country) {
        assertEquals(Optional.empty(), AddressSplit.split(text, country));
    }
}
