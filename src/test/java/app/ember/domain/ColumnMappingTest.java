package app.ember.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Guessing what each column of a spreadsheet holds, from its header and from its values. */
class ColumnMappingTest {

    @SafeVarargs
    private static Table table(List<String> header, List<String>... rows) {
        return Table.of("Sheet1", header, List.of(rows));
    }

    @Test
    void theHeadersOfCommonContactExportsAreRecognised() {
        ColumnMapping google = ColumnMapping.guess(table(List.of("First Name", "Last Name", "E-mail 1 - Value",
                "Phone 1 - Value", "Organization 1 - Name", "Birthday"),
                List.of("Anna", "Smith", "anna@example.com", "+44 20 7946 0000", "Bloom Ltd", "1984-11-26")));
        assertEquals(List.of(ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.EMAIL, ImportField.PHONE,
                ImportField.COMPANY, ImportField.BIRTHDAY), google.fields());

        ColumnMapping outlook = ColumnMapping.guess(table(List.of("Business Street", "Business City", "ZIP",
                "Country/Region"), List.of("1 Rose Lane", "Leeds", "LS1 1AA", "United Kingdom")));
        assertEquals(List.of(ImportField.LINE1, ImportField.CITY, ImportField.POSTCODE, ImportField.COUNTRY),
                outlook.fields());
    }

    @Test
    void accentedHeadersAreReadAsTheirPlainSpelling() {
        ColumnMapping french = ColumnMapping.guess(table(List.of("Prénom", "Nom", "Téléphone", "Straße"),
                List.of("Chloé", "Lefèvre", "01 23 45 67 89", "Hauptstraße 1")));
        assertEquals(List.of(ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.PHONE, ImportField.LINE1),
                french.fields());
    }

    @Test
    void aColumnOfTemperaturesIsTheTemperatureWhateverItsHeader() {
        ColumnMapping mapping = ColumnMapping.guess(table(List.of("Name", "Mood"),
                List.of("Anna Smith", "hot"), List.of("Tom Jones", "warm"), List.of("Eva Berg", "cold")));
        assertEquals(ImportField.TEMPERATURE, mapping.field(1));
    }

    @Test
    void aColumnOfEmailAddressesIsTheEmailWhateverItsHeader() {
        ColumnMapping mapping = ColumnMapping.guess(table(List.of("Name", "Reach"),
                List.of("Anna Smith", "anna@example.com"), List.of("Tom Jones", "tom@example.org")));
        assertEquals(ImportField.EMAIL, mapping.field(1));
    }

    @Test
    void gradesAreOnlyATemperatureOnceTheUserSaysSo() {
        ColumnMapping guessed = ColumnMapping.guess(table(List.of("Name", "Grade"),
                List.of("Anna Smith", "A"), List.of("Tom Jones", "B")));
        assertEquals(ImportField.IGNORE, guessed.field(1));
        assertEquals(ImportField.TEMPERATURE, guessed.with(1, ImportField.TEMPERATURE).field(1));
        assertEquals(ImportField.IGNORE, guessed.field(1), "a mapping never changes in place");
    }

    @Test
    void aMappingFileOverridesByHeaderAndNamesWhatIsWrong() {
        ColumnMapping guessed = ColumnMapping.guess(table(List.of("Name", "Grade"), List.of("Anna Smith", "A")));
        Map<String, ImportField> overrides = ColumnMapping.parseOverrides(List.of("# mine", "Grade = temperature"));
        assertEquals(ImportField.TEMPERATURE, guessed.with(overrides).field(1));

        IllegalArgumentException line = assertThrows(IllegalArgumentException.class,
                () -> ColumnMapping.parseOverrides(List.of("Grade temperature")));
        assertTrue(line.getMessage().startsWith("line 1:"), line.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> guessed.with(Map.of("Heat", ImportField.TEMPERATURE)));
        assertTrue(missing.getMessage().contains("\"Heat\""), missing.getMessage());
    }
}
