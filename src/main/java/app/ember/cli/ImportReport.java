package app.ember.cli;

import app.ember.domain.RowProblem;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The import's report on the command line: each refused row with why, each value that needs a look with
 * why (the lead still comes in), and once per column the values left out because they mean nothing to
 * Ember (Outlook writes Priority "Normal" on every row: one line says so, not one a row).
 */
final class ImportReport {
    /** How many of a left-out column's values the report names. */
    private static final int SHOWN = 3;

    private ImportReport() {
    }

    static void print(List<RowProblem> problems, String leadsSheet, PrintStream out) {
        Map<String, Set<String>> ignored = new LinkedHashMap<>();
        for (RowProblem problem : problems) {
            switch (problem.severity()) {
                case REFUSED -> out.println(Terminal.line(ImportCommand.describe(problem, leadsSheet)));
                case LOOK -> out.println(Terminal.line("needs a look: " + ImportCommand.describe(problem, leadsSheet)));
                case IGNORED -> ignored.computeIfAbsent(problem.column(), c -> new LinkedHashSet<>())
                        .add(String.valueOf(problem.problem().arguments().get(0)));
            }
        }
        for (var column : ignored.entrySet()) {
            // A vCard's UID differs on every card: a few say what the column holds, the count says the rest.
            List<String> values = List.copyOf(column.getValue());
            String shown = String.join(", ", values.subList(0, Math.min(SHOWN, values.size())))
                    + (values.size() > SHOWN ? " and " + (values.size() - SHOWN) + " more" : "");
            out.println(Terminal.line("left out: column \"" + column.getKey() + "\" (" + shown
                    + "): means nothing to Ember"));
        }
    }
}
