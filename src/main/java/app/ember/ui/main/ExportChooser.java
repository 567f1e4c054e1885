package app.ember.ui.main;

import app.ember.i18n.Messages;
import app.ember.io.FileFormat;
import app.ember.ui.common.DialogService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.Window;

/** File → Export…: where to and in which format; the format follows the filter chosen or the name typed. */
final class ExportChooser {
    /** A file chosen to export to, in its format. */
    record Choice(Path file, FileFormat format) {
    }

    private ExportChooser() {
    }

    static Optional<Choice> ask(DialogService dialogs, Window owner, LocalDate today) {
        List<DialogService.FileType> types = List.of(
                DialogService.FileType.of(Messages.get("export.filterXlsx"), "xlsx"),
                DialogService.FileType.of(Messages.get("export.filterCsv"), "csv"),
                DialogService.FileType.of(Messages.get("export.filterVcf"), "vcf"));
        return dialogs.saveFile(owner, Messages.get("export.title"), "ember-leads-" + today + ".xlsx", types)
                .map(chosen -> choice(chosen.file(), chosen.type().extensions().get(0)));
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
