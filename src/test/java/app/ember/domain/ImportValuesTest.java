package app.ember.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cell values an import reads: temperatures, yes/no, countries, dates and moments, guarded text. */
class ImportValuesTest {
    /** The day the import runs: the two-digit-year pivot reads it, never the machine's clock. */
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @ParameterizedTest
    @CsvSource({"hot,HOT", "Very Hot,HOT", "WARM,WARM", "lukewarm,COOL", "cold,COLD", "très chaud,HOT"})
    void temperatureWords(String text, Temperature expected) {
        assertEquals(Optional.of(expected), ImportValues.temperature(text));
    }

    @Test
    void notATemperature() {
        assertEquals(Optional.empty(), ImportValues.temperature("tepid-ish"));
    }

    @ParameterizedTest
    @CsvSource(value = {"yes,true", "X,true", "oui,true", "1,true", "no,false", "'',false", "nein,false"},
            emptyValue = "")
    void yesAndNo(String text, boolean expected) {
        assertEquals(Optional.of(expected), ImportValues.yesNo(text));
    }

    @Test
    void maybeIsNeitherYesNorNo() {
        assertEquals(Optional.empty(), ImportValues.yesNo("maybe"));
    }

    @ParameterizedTest
    @CsvSource({"de,DE", "Germany,DE", "Deutschland,DE", "Allemagne,DE", "UK,GB", "England,GB", "USA,US",
        "United States,US", "the Netherlands,NL", "Schweiz,CH"})
    void countriesByCodeOrName(String text, String code) {
        assertEquals(Optional.of(code), ImportValues.country(text));
    }

    @Test
    void anUnknownCountryIsNone() {
        assertEquals(Optional.empty(), ImportValues.country("Atlantis"));
        assertEquals(Optional.empty(), ImportValues.country("ZZ"));
    }

    @ParameterizedTest
    @CsvSource({"2026-06-20,2026-06-20", "2026-06-20 14:00,2026-06-20", "2026/6/20,2026-06-20",
        "20.06.2026,2026-06-20", "6/20/2026,2026-06-20", "06/07/2026,2026-06-07", "20/6/2026,2026-06-20",
        "3/4/1985,1985-03-04"})
    void datesInTheFormsSpreadsheetsWrite(String text, LocalDate expected) {
        ImportValues.DateValue date = ImportValues.date(text, TODAY);
        assertEquals(true, date.ok(), text);
        assertEquals(expected, date.value(), text);
    }

    @ParameterizedTest
    @CsvSource({"2026-06-01,3/4/27,1927-03-04", "2027-01-01,3/4/27,2027-03-04", "2030-06-01,3/4/27,2027-03-04",
        "2026-06-01,3/4/26,2026-03-04", "2026-06-01,12/25/99,1999-12-25"})
    void aTwoDigitYearPivotsOnTheDayOfTheImportNotOnTheMachinesClock(LocalDate today, String text, LocalDate expected) {
        assertEquals(expected, ImportValues.date(text, today).value(), text + " read on " + today);
        assertEquals(expected.atTime(12, 0).atZone(PARIS).toInstant(),
                ImportValues.instant(text, PARIS, today).orElseThrow(), text + " read on " + today);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "0/0/00", "00.00.0000", "--06-20"}, emptyValue = "")
    void exportsWritingNoDateGiveNone(String text) {
        assertEquals(new ImportValues.DateValue(null, true), ImportValues.date(text, TODAY));
    }

    @ParameterizedTest
    @CsvSource({"31.02.2026", "2026-13-01", "next Tuesday", "13/13/2026"})
    void unreadableDatesAreNotOk(String text) {
        assertEquals(false, ImportValues.date(text, TODAY).ok(), text);
    }

    @Test
    void momentsWithAndWithoutAZone() {
        assertEquals(Optional.of(Instant.parse("2026-11-20T09:30:00Z")), ImportValues.instant("2026-11-20T09:30:00Z", PARIS, TODAY));
        assertEquals(Optional.of(Instant.parse("2026-11-20T08:30:00Z")), ImportValues.instant("2026-11-20 09:30", PARIS, TODAY));
        assertEquals(Optional.of(Instant.parse("2026-11-20T11:00:00Z")), ImportValues.instant("20.11.2026", PARIS, TODAY),
                "a date alone is noon where the user is");
        assertEquals(Optional.empty(), ImportValues.instant("", PARIS, TODAY));
        assertEquals(Optional.empty(), ImportValues.instant("soon", PARIS, TODAY));
    }

    @Test
    void theExportsFormulaGuardIsTakenOffAndNothingElse() {
        assertEquals("=SUM(A1)", ImportValues.unguard("'=SUM(A1)"));
        assertEquals("+33 6 12", ImportValues.unguard("'+33 6 12"));
        assertEquals("'quoted'", ImportValues.unguard("'quoted'"));
        assertEquals("", ImportValues.unguard(null));
    }
}
