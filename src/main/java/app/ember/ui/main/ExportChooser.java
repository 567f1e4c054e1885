package app.ember.ui.main;

import app.ember.i18n.Messages;
import app.ember.io.FileFormat;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File → Export…: where to and in which format; the format follows the filter chosen or the name typed. */
final class ExportChooser {
    /** A file chosen to export to, in its format. */
    record Choice(Path file, FileFormat format) {
    }

    private ExportChooser() {
    }

    static Optional<Choice> ask(Window owner, LocalDate today) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.title"));
        List<FileChooser.ExtensionFilter> filters = List.of(
                new FileChooser.ExtensionFilter(Messages.get("export.filterXlsx"), "*.xlsx"),
                new FileChooser.ExtensionFilter(Messages.get("export.filterCsv"), "*.csv"),
                new FileChooser.ExtensionFilter(Messages.get("export.filterVcf"), "*.vcf"));
        chooser.getExtensionFilters().setAll(filters);
        chooser.setInitialFileName("ember-leads-" + today + ".xlsx");
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        String extension = chooser.getSelectedExtensionFilter() == null ? "xlsx"
                : chooser.getSelectedExtensionFilter().getExtensions().get(0).substring(2);
        return Optional.of(choice(chosen.toPath(), extension));
    }

    /** A typed ending Ember knows wins; otherwise the chosen filter's ending is added. */
    static Choice choice(Path chosen, String filterExtension) {
        String name = chosen.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String known : List.of("xlsx", "csv", "vcf")) {
            if (name.endsWith("." + known)) {
                return new Choice(chosen, FileFormat.of(chosen, known));
            }
        }
        Path file = chosen.resolveSibling(chosen.getFileName() + "." + filterExtension);
        return new Choice(file, FileFormat.of(file, filterExtension));
    }
}
