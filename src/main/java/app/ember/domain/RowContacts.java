package app.ember.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * An imported row's e-mails, phones and addresses with their labels (work, home, mobile, other): from the
 * label column in the same place, else from the header, Google's " ::: " lists split.
 */
final class RowContacts {
    /** Google's legacy export writes several values in one cell so. */
    private static final Pattern MULTI = Pattern.compile("\\s*:::\\s*");

    private RowContacts() {
    }

    /**
     * Every value of a field's columns, in order, each with its label: from the label column in the same
     * place ("E-mail 2 label", Google's "E-mail 2 - Type"), else from the header ("Home Phone", "Mobile").
     * Google's legacy export puts several in one cell, " ::: " between them (their types likewise).
     */
    static List<Labelled<String>> labelled(ImportCells cells, ImportField field, ImportField labelField) {
        List<Labelled<String>> all = new ArrayList<>();
        List<Integer> columns = cells.mapping.columns(field);
        List<Integer> labelColumns = cells.mapping.columns(labelField);
        for (int i = 0; i < columns.size(); i++) {
            int column = columns.get(i);
            String cell = Text.clean(ImportValues.unguard(cells.row.get(column)));
            String[] labels = i < labelColumns.size()
                    ? MULTI.split(Text.clean(cells.row.get(labelColumns.get(i)))) : new String[0];
            String[] values = MULTI.split(cell);
            for (int j = 0; j < values.length; j++) {
                String clean = values[j].strip();
                if (clean.isEmpty() || all.stream().anyMatch(l -> l.value().equalsIgnoreCase(clean))) {
                    continue;
                }
                String label = j < labels.length ? labels[j] : labels.length > 0 ? labels[0] : "";
                all.add(new Labelled<>(ContactLabel.guess(label.isBlank() ? cells.table.header().get(column) : label),
                        clean));
            }
        }
        // Outlook writes "Business Fax" before "Business Phone": a fax is the primary only when nothing else is.
        if (!all.isEmpty() && all.get(0).label() == ContactLabel.FAX) {
            for (int i = 1; i < all.size(); i++) {
                if (all.get(i).label() != ContactLabel.FAX) {
                    all.add(0, all.remove(i));
                    break;
                }
            }
        }
        return all;
    }

    /**
     * The further values (after the primary), each checked as the lead's own: a doubtful one is kept in the
     * note and the lead marked, as for the primary.
     */
    static List<Labelled<String>> others(ImportCells cells, ImportField field, List<Labelled<String>> all,
                                                 Function<String, java.util.Optional<Problem>> check,
                                                 Function<String, String> repair) {
        List<Labelled<String>> others = new ArrayList<>();
        for (Labelled<String> each : all.subList(Math.min(1, all.size()), all.size())) {
            String value = repair.apply(each.value());
            var problem = check.apply(value);
            if (problem.isPresent()) {
                cells.doubt(field, value, problem.get());
            } else {
                others.add(new Labelled<>(each.label(), value));
            }
        }
        return others;
    }

    /** The label of the k-th address: its label column, else its header ("Home Street" is home). */
    static ContactLabel addressLabel(ImportCells cells, int k) {
        List<Integer> labelColumns = cells.mapping.columns(ImportField.ADDRESS_LABEL);
        String label = k < labelColumns.size() ? Text.clean(cells.row.get(labelColumns.get(k))) : "";
        return ContactLabel.guess(label.isEmpty() ? cells.addressColumn(k) : label);
    }
}
