package app.ember.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LeadValidationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private static void assertFine(Optional<Problem> problem) {
        assertEquals(Optional.empty(), problem);
    }

    private static void assertProblem(Optional<Problem> problem, LeadField field, String key, Object... arguments) {
        assertEquals(Optional.of(new Problem(field.code(), key, List.of(arguments))), problem);
    }

    // --- fields and problems ---

    @Test
    void fieldCodesAreLowerCamelCaseAndReadBack() {
        assertEquals("firstName", LeadField.FIRST_NAME.code());
        assertEquals("postcode", LeadField.POSTCODE.code());
        assertEquals("referredBy", LeadField.REFERRED_BY.code());
        assertEquals("line1", LeadField.LINE1.code());
        for (LeadField field : LeadField.values()) {
            assertEquals(field, LeadField.fromCode(field.code()));
            assertEquals(field, LeadField.fromCode(field.name()));
        }
        assertEquals(LeadField.NEED_BY, LeadField.fromCode(" need-by "));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> LeadField.fromCode("shoeSize"));
        assertTrue(error.getMessage().contains("firstName"));
    }

    @Test
    void aProblemNamesItsFieldByCodeAndKeepsItsArguments() {
        Problem problem = Problem.of(LeadField.EMAIL, "problem.email", "x");
        assertEquals("email", problem.field());
        assertEquals(LeadField.EMAIL, problem.leadField());
        assertEquals(List.of("x"), problem.arguments());
        assertEquals(List.of(), new Problem("city", "problem.tooLong", null).arguments());
    }

    // --- name ---

    @Test
    void aLeadNeedsAFirstOrALastName() {
        assertFine(LeadValidation.name("Ann", ""));
        assertFine(LeadValidation.name("", "Weiß"));
        assertFine(LeadValidation.name(null, "Weiß"));
        assertProblem(LeadValidation.name("  ", null), LeadField.FIRST_NAME, "problem.nameMissing");
        assertProblem(LeadValidation.name("", ""), LeadField.FIRST_NAME, "problem.nameMissing");
    }

    // --- e-mail ---

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "ann@example.com", "Ann.Lee+flowers@mail.example.co.uk", "a@b.io",
            "jürgen@müller.de", "chloé@fleurs-de-paris.fr", "info@xn--mller-kva.de", "user@пример.рф",
            "user@example.xn--p1ai", "o'brien@example.ie", "ANN@EXAMPLE.COM", " ann@example.com "})
    void goodEmailsPass(String email) {
        assertFine(LeadValidation.email(email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann", "ann@", "@example.com", "ann@example", "ann@@example.com", "ann@b@example.com",
            "ann lee@example.com", "ann@exa mple.com", "ann@example..com", "ann..lee@example.com",
            ".ann@example.com", "ann.@example.com", "ann@.example.com", "ann@example.com.", "ann@example.c",
            "ann@example.c0m", "ann@-example.com", "ann@example-.com", "ann@exa_mple.com", "ann@example.123"})
    void badEmailsAreNamed(String email) {
        assertProblem(LeadValidation.email(email), LeadField.EMAIL, "problem.email", email.strip());
    }

    @Test
    void anEmailMayBeAsLongAsTheColumn() {
        String domain = "@example.com";
        String longest = "a".repeat(320 - domain.length()) + domain;
        assertFine(LeadValidation.email(longest));
        assertProblem(LeadValidation.email("a" + longest), LeadField.EMAIL, "problem.tooLong", 320);
    }

    // --- phone ---

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "+44 (0)20 7946 0958", "030/1234567", "(555) 123-4567", "555.123.4567",
            "+1-555-123-4567", "12345678901234567890"})
    void goodPhonesPass(String phone) {
        assertFine(LeadValidation.phone(phone));
    }

    @ParameterizedTest
    @CsvSource({"555-CALL-NOW, C", "0171 234 567 ext 8, e", "12345+6, +", "++44 20 7946 0958, +",
            "'030,1234567', ','", "0800#12345, #", "0800 12345 😀, 😀"})
    void phonesWithStrayCharactersNameTheFirst(String phone, String bad) {
        assertProblem(LeadValidation.phone(phone), LeadField.PHONE, "problem.phoneCharacters", bad);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "+1 (2) 3-4", "123456789012345678901", "()-./"})
    void phonesWithTooFewOrTooManyDigitsAreRefused(String phone) {
        assertProblem(LeadValidation.phone(phone), LeadField.PHONE, "problem.phoneDigits",
                LeadValidation.MIN_PHONE_DIGITS, LeadValidation.MAX_PHONE_DIGITS);
    }

    @Test
    void aPhoneLongerThanTheColumnIsTooLong() {
        assertProblem(LeadValidation.phone("1" + " ".repeat(60) + "2345"), LeadField.PHONE, "problem.tooLong", 60);
    }

    // --- postcodes ---

    @ParameterizedTest
    @CsvSource({"US, 90210", "US, 12345-6789", "US, ' 02134 '", "US, 00501",
            "GB, SW1A 1AA", "GB, sw1a1aa", "GB, M1 1AE", "GB, B33 8TH", "GB, CR2 6XH", "GB, DN55 1PT",
            "GB, W1A 0AX", "GB, EC1A 1BB", "GB, GIR 0AA", "GB, gir0aa", "GB, SW1A  1AA", "GB, SW1A-1AA",
            "US, 12345 6789", "FR, 75 001",
            "CA, K1A 0B1", "CA, k1a0b1", "CA, H0H-0H0", "CA, T2X 1V4", "CA, V5K 0A1",
            "DE, 10115", "DE, 01067", "DE, 80331",
            "FR, 75001", "FR, 13008", "FR, 97400",
            "AU, 2000", "AU, 0800", "AU, 6000"})
    void goodPostcodesPass(String country, String postcode) {
        assertFine(LeadValidation.postcode(postcode, country));
    }

    @ParameterizedTest
    @CsvSource({"US, 9021, 95014", "US, 902101, 95014", "US, 12345-678, 95014", "US, ABCDE, 95014",
            "GB, SW1A, EC1Y 8SY", "GB, 1AA SW1, EC1Y 8SY", "GB, SW1A 1A1, EC1Y 8SY", "GB, ABC1 1AA, EC1Y 8SY",
            "CA, K1A 0B, H3Z 2Y7", "CA, D1A 0B1, H3Z 2Y7", "CA, W1A 0B1, H3Z 2Y7", "CA, Z1A 0B1, H3Z 2Y7",
            "CA, 123 456, H3Z 2Y7", "CA, K1A_0B1, H3Z 2Y7",
            "DE, 1011, 26133", "DE, 101155, 26133", "DE, D-10115, 26133",
            "FR, 7500, 33380", "FR, 750012, 33380",
            "AU, 200, 2060", "AU, 20000, 2060", "AU, NSW 2000, 2060",
            "IT, 0018, 00144", "NL, 1234567890123, 1234 AB", "JP, 100_0001, 154-0023", "IE, D02, A65 F4E2"})
    void badPostcodesNameTheCountryAndAnExample(String country, String postcode, String example) {
        assertProblem(LeadValidation.postcode(postcode, country), LeadField.POSTCODE, "problem.postcode",
                postcode, country, example);
    }

    @Test
    void postcodeCountryCodesAreCaseInsensitive() {
        assertFine(LeadValidation.postcode("SW1A 1AA", "gb"));
        assertProblem(LeadValidation.postcode("SW1A", " gb "), LeadField.POSTCODE, "problem.postcode",
                "SW1A", "GB", "EC1Y 8SY");
    }

    @ParameterizedTest
    @CsvSource({"NL, 1011 AB", "NL, 1011ab", "JP, 100-0001", "JP, 1000001", "IE, D02 X285", "IE, d02x285",
            "KR, 03051", "'', 12345", "'', A-1234", "XX, 123456789012"})
    void otherCountriesFollowTheirPostsPatternsOrAcceptAnyShortPostcode(String country, String postcode) {
        assertFine(LeadValidation.postcode(postcode, country));
    }

    @ParameterizedTest
    @CsvSource({"KR, 1234567890123", "XX, 100_0001", "'', -", "'', 12#45"})
    void otherCountriesRefuseLongOrOddPostcodes(String country, String postcode) {
        assertProblem(LeadValidation.postcode(postcode, country), LeadField.POSTCODE, "problem.postcode",
                postcode, country, "12345");
    }

    @Test
    void anEmptyPostcodeIsFineAndAnOverlongOneIsTooLong() {
        assertFine(LeadValidation.postcode("", "GB"));
        assertFine(LeadValidation.postcode(null, null));
        assertProblem(LeadValidation.postcode("1".repeat(21), "US"), LeadField.POSTCODE, "problem.tooLong", 20);
    }

    // --- country ---

    @ParameterizedTest
    @ValueSource(strings = {"", "US", "gb", " De ", "fr", "AU", "CA", "JP"})
    void knownCountriesPass(String country) {
        assertFine(LeadValidation.country(country));
    }

    @ParameterizedTest
    @ValueSource(strings = {"USA", "U", "XX", "UK", "1A", "Ü1", "Germany"})
    void unknownCountriesAreNamed(String country) {
        assertProblem(LeadValidation.country(country), LeadField.COUNTRY, "problem.country", country);
    }

    @Test
    void aPostcodeNeedsACountryButAPartialAddressIsFine() {
        assertProblem(LeadValidation.postcodeWithoutCountry("10115", " "), LeadField.COUNTRY,
                "problem.postcodeWithoutCountry");
        assertFine(LeadValidation.postcodeWithoutCountry("10115", "DE"));
        assertFine(LeadValidation.postcodeWithoutCountry("", ""));
        Lead cityOnly = Lead.builder().firstName("Ann")
                .address(new PostalAddress("", "", "Berlin", "", "", "")).build();
        assertEquals(List.of(), LeadValidation.validate(cityOnly, TODAY));
    }

    // --- dates ---

    @ParameterizedTest
    @CsvSource({"'', ", "2026-03-15, 2026-03-15", "1900-01-01, 1900-01-01", " 2024-02-29 , 2024-02-29"})
    void isoDatesAreRead(String text, LocalDate expected) {
        LeadValidation.ParsedDate parsed = LeadValidation.parseDate(text, LeadField.BIRTHDAY);
        assertTrue(parsed.ok());
        assertNull(parsed.problem());
        assertEquals(expected, parsed.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2025-02-29", "2026-13-01", "2026-04-31", "15.03.2026", "03/15/2026",
            "2026-3-5", "20260315", "+12026-03-15", "tomorrow"})
    void otherDateTextIsAFormatProblem(String text) {
        LeadValidation.ParsedDate parsed = LeadValidation.parseDate(text, LeadField.NEED_BY);
        assertFalse(parsed.ok());
        assertNull(parsed.value());
        assertEquals(Problem.of(LeadField.NEED_BY, "problem.dateFormat", text), parsed.problem());
    }

    @Test
    void birthdaysAndAnniversariesLieBetween1900AndToday() {
        for (LocalDate fine : List.of(LocalDate.of(1900, 1, 1), TODAY, LocalDate.of(1985, 6, 1))) {
            assertFine(LeadValidation.birthday(fine, TODAY));
            assertFine(LeadValidation.anniversary(fine, TODAY));
        }
        assertFine(LeadValidation.birthday(null, TODAY));
        assertFine(LeadValidation.anniversary(null, TODAY));
        LocalDate tooEarly = LocalDate.of(1899, 12, 31);
        LocalDate tomorrow = TODAY.plusDays(1);
        assertProblem(LeadValidation.birthday(tooEarly, TODAY), LeadField.BIRTHDAY, "problem.birthday", tooEarly);
        assertProblem(LeadValidation.birthday(tomorrow, TODAY), LeadField.BIRTHDAY, "problem.birthday", tomorrow);
        assertProblem(LeadValidation.anniversary(tooEarly, TODAY), LeadField.ANNIVERSARY, "problem.anniversary",
                tooEarly);
        assertProblem(LeadValidation.anniversary(tomorrow, TODAY), LeadField.ANNIVERSARY, "problem.anniversary",
                tomorrow);
    }

    @Test
    void needByLiesBetween2000AndTenYearsAhead() {
        LocalDate last = LocalDate.of(2036, 3, 15);
        for (LocalDate fine : List.of(LocalDate.of(2000, 1, 1), TODAY.minusYears(3), TODAY, last)) {
            assertFine(LeadValidation.needBy(fine, TODAY));
        }
        assertFine(LeadValidation.needBy(null, TODAY));
        LocalDate tooEarly = LocalDate.of(1999, 12, 31);
        LocalDate tooLate = last.plusDays(1);
        assertProblem(LeadValidation.needBy(tooEarly, TODAY), LeadField.NEED_BY, "problem.needBy", tooEarly);
        assertProblem(LeadValidation.needBy(tooLate, TODAY), LeadField.NEED_BY, "problem.needBy", tooLate);
    }

    @Test
    void typedDatesAreReadThenRangeChecked() {
        assertFine(LeadValidation.date(LeadField.BIRTHDAY, "1985-06-01", TODAY));
        assertFine(LeadValidation.date(LeadField.NEED_BY, "", TODAY));
        assertProblem(LeadValidation.date(LeadField.BIRTHDAY, "2026-03-16", TODAY), LeadField.BIRTHDAY,
                "problem.birthday", LocalDate.of(2026, 3, 16));
        assertProblem(LeadValidation.date(LeadField.ANNIVERSARY, "2026-02-30", TODAY), LeadField.ANNIVERSARY,
                "problem.dateFormat", "2026-02-30");
        assertThrows(IllegalArgumentException.class, () -> LeadValidation.date(LeadField.CITY, "", TODAY));
    }

    // --- lengths ---

    @ParameterizedTest
    @CsvSource({"FIRST_NAME, 200", "LAST_NAME, 200", "COMPANY, 300", "LINE1, 300", "LINE2, 300", "CITY, 200",
            "REGION, 200", "REFERRED_BY, 200"})
    void textMayFillItsColumnButNotOverflowIt(LeadField field, int max) {
        assertEquals(max, field.maxLength());
        assertFine(LeadValidation.length(field, "x".repeat(max)));
        assertFine(LeadValidation.length(field, " " + "x".repeat(max) + " "));
        assertProblem(LeadValidation.length(field, "x".repeat(max + 1)), field, "problem.tooLong", max);
        assertProblem(LeadValidation.field(field, "x".repeat(max + 1), "", TODAY), field, "problem.tooLong", max);
    }

    @Test
    void theFieldCheckDispatchesToEachRule() {
        assertProblem(LeadValidation.field(LeadField.EMAIL, "ann@", "", TODAY), LeadField.EMAIL, "problem.email",
                "ann@");
        assertProblem(LeadValidation.field(LeadField.PHONE, "12a45", "", TODAY), LeadField.PHONE,
                "problem.phoneCharacters", "a");
        assertProblem(LeadValidation.field(LeadField.POSTCODE, "1234", "DE", TODAY), LeadField.POSTCODE,
                "problem.postcode", "1234", "DE", "26133");
        assertProblem(LeadValidation.field(LeadField.COUNTRY, "ZZ", "", TODAY), LeadField.COUNTRY,
                "problem.country", "ZZ");
        assertProblem(LeadValidation.field(LeadField.NEED_BY, "1999-12-31", "", TODAY), LeadField.NEED_BY,
                "problem.needBy", LocalDate.of(1999, 12, 31));
        assertFine(LeadValidation.field(LeadField.CITY, "Berlin", "", TODAY));
    }

    // --- whole lead ---

    @Test
    void aTidyLeadHasNoProblems() {
        Lead lead = Lead.builder().firstName("Jürgen").lastName("Müller").email("jürgen@müller.de")
                .phone("+49 30 1234567").address(new PostalAddress("Hauptstraße 5", "", "Berlin", "", "10115", "de"))
                .needBy(LocalDate.of(2026, 6, 20)).birthday(LocalDate.of(1970, 1, 1))
                .anniversary(LocalDate.of(2000, 5, 5)).build();
        assertEquals(List.of(), LeadValidation.validate(lead, TODAY));
    }

    @Test
    void validateCollectsEveryProblemInFormOrder() {
        Lead lead = Lead.builder().firstName("Ann").company("c".repeat(301)).email("ann@example")
                .phone("0800-FLOWERS").address(new PostalAddress("", "", "x".repeat(201), "", "SW1A", ""))
                .needBy(LocalDate.of(2040, 1, 1)).birthday(LocalDate.of(1899, 1, 1))
                .anniversary(TODAY.plusDays(1)).referredBy("r".repeat(201)).build();
        List<Problem> expected = List.of(
                Problem.of(LeadField.COMPANY, "problem.tooLong", 300),
                Problem.of(LeadField.EMAIL, "problem.email", "ann@example"),
                Problem.of(LeadField.PHONE, "problem.phoneCharacters", "F"),
                Problem.of(LeadField.CITY, "problem.tooLong", 200),
                Problem.of(LeadField.COUNTRY, "problem.postcodeWithoutCountry"),
                Problem.of(LeadField.NEED_BY, "problem.needBy", LocalDate.of(2040, 1, 1)),
                Problem.of(LeadField.BIRTHDAY, "problem.birthday", LocalDate.of(1899, 1, 1)),
                Problem.of(LeadField.ANNIVERSARY, "problem.anniversary", TODAY.plusDays(1)),
                Problem.of(LeadField.REFERRED_BY, "problem.tooLong", 200));
        assertEquals(expected, LeadValidation.validate(lead, TODAY));
    }

    @Test
    void validateChecksThePostcodeAgainstTheCountryAndTheCountryItself() {
        Lead britishZip = Lead.builder().lastName("Lee")
                .address(new PostalAddress("1 Main St", "", "London", "", "90210", "GB")).build();
        assertEquals(List.of(Problem.of(LeadField.POSTCODE, "problem.postcode", "90210", "GB", "EC1Y 8SY")),
                LeadValidation.validate(britishZip, TODAY));
        Lead badCountry = britishZip.toBuilder()
                .address(new PostalAddress("1 Main St", "", "London", "", "SW1A 1AA", "UK")).build();
        assertEquals(List.of(Problem.of(LeadField.COUNTRY, "problem.country", "UK")),
                LeadValidation.validate(badCountry, TODAY));
    }

    @Test
    void aOneLineFieldRefusesControlCharactersNamingTheFirst() {
        for (LeadField field : List.of(LeadField.FIRST_NAME, LeadField.LAST_NAME, LeadField.COMPANY, LeadField.EMAIL,
                LeadField.PHONE, LeadField.LINE1, LeadField.LINE2, LeadField.CITY, LeadField.REGION,
                LeadField.POSTCODE, LeadField.REFERRED_BY)) {
            assertProblem(LeadValidation.field(field, "12\u001B[2J34", "GB", TODAY), field, "problem.control", "U+001B");
        }
        assertProblem(LeadValidation.field(LeadField.LINE1, "1 Main St\nFlat 2", "", TODAY), LeadField.LINE1,
                "problem.control", "U+000A");
        assertProblem(LeadValidation.field(LeadField.COMPANY, "Acme\u0085", "", TODAY), LeadField.COMPANY,
                "problem.control", "U+0085");
        assertFine(LeadValidation.field(LeadField.COMPANY, "Bloom & Branch — Chloé’s", "", TODAY));
        Lead lead = Lead.builder().firstName("Ann").lastName("Smith").company("Bell\u0007").build();
        assertEquals(List.of(new Problem("company", "problem.control", List.of("U+0007"))),
                LeadValidation.validate(lead, TODAY));
    }
}
