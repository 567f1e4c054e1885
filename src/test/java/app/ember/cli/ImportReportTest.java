package app.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.ember.domain.Problem;
import app.ember.domain.RowProblem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportReportTest {
    @Test
    void aColumnLeftOutOnEveryRowIsOneLineNamingAFewOfItsValues() {
        List<RowProblem> problems = new ArrayList<>();
        for (int row = 1; row <= 1000; row++) {
            problems.add(new RowProblem("cards.vcf", row, "vCard UID",
                    new Problem("ignore", "import.ignored", List.of("uid-" + row)), RowProblem.Severity.IGNORED));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImportReport.print(problems, "cards.vcf", new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals("left out: column \"vCard UID\" (uid-1, uid-2, uid-3 and 997 more): means nothing to Ember"
                + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8),
                "a thousand cards' ids are no report");
    }
}
