package app.ember.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Every question, message, file chooser and window Ember opens over another goes through this one
 * service, handed to the views with their models: the window's own ({@link FxDialogService}) owns and
 * themes each of them (Ember's sheet, dark when the window is dark); a test hands a scripted one that
 * answers a file chooser or a confirmation without a native dialog, which a robot cannot drive.
 */
public interface DialogService {
    /** A kind of file a chooser offers, by its words and endings (without the dot, the first the default). */
    record FileType(String description, List<String> extensions) {
        public FileType {
            extensions = List.copyOf(extensions);
        }

        public static FileType of(String description, String... extensions) {
            return new FileType(description, List.of(extensions));
        }

        /** The file as chosen, with this type's first ending added when the name has none of them. */
        public Path withEnding(Path chosen) {
            String name = chosen.getFileName().toString().toLowerCase(Locale.ROOT);
            if (extensions.stream().anyMatch(e -> name.endsWith("." + e))) {
                return chosen;
            }
            return chosen.resolveSibling(chosen.getFileName() + "." + extensions.get(0));
        }
    }

    /** Where to save, and which of the offered types was picked (the first when the chooser says none). */
    record SaveChoice(Path file, FileType type) {
    }

    /** Shows a dialog owned by and themed like {@code owner}, waits for the answer. */
    <R> Optional<R> ask(Dialog<R> dialog, Window owner);

    /** Shows a dialog owned by and themed like {@code owner}, without waiting (a message, a failure). */
    void tell(Dialog<?> dialog, Window owner);

    /** A file to read, of one of the types, the chooser first in {@code folder} (when not null). */
    Optional<Path> openFile(Window owner, String title, Path folder, List<FileType> types);

    /** A file to write, first named {@code initialName}. */
    Optional<SaveChoice> saveFile(Window owner, String title, String initialName, List<FileType> types);

    /**
     * A window over {@code owner}, dressed like it, holding what {@code content} builds for it (a view
     * that closes its own window gets the stage); the caller sets modality and shows it.
     */
    Stage window(Window owner, String title, Function<Stage, Parent> content);
}
