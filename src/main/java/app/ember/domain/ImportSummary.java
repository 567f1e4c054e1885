package app.ember.domain;

import java.util.List;

/** What an import did (or, for a dry run, would do), and every rejected row with why. */
public record ImportSummary(int imported, int updated, int skipped, int rejected, List<RowProblem> problems) {
    public ImportSummary {
        problems = List.copyOf(problems);
    }

    /** "imported 12, updated 3, skipped 1, rejected 2" */
    public String line() {
        return "imported " + imported + ", updated " + updated + ", skipped " + skipped + ", rejected " + rejected;
    }
}
