package app.ember.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The window's dialogs: JavaFX's own and the platform's file choosers, each owned and themed. */
public final class FxDialogService implements DialogService {
    @Override
    public <R> Optional<R> ask(Dialog<R> dialog, Window owner) {
        Dialogs.own(dialog, owner);
        return dialog.showAndWait();
    }

    @Override
    public void tell(Dialog<?> dialog, Window owner) {
        Dialogs.own(dialog, owner);
        dialog.show();
    }

    @Override
    public Optional<Path> openFile(Window owner, String title, Path folder, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showOpenDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<SaveChoice> saveFile(Window owner, String title, String initialName, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        chooser.setInitialFileName(initialName);
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        int picked = chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter());
        return Optional.of(new SaveChoice(chosen.toPath(), types.get(Math.max(0, picked))));
    }

    @Override
    public Stage window(Window owner, String title, Function<Stage, Parent> content) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        Scene scene = new Scene(content.apply(stage));
        Theme.follow(scene, owner);
        stage.setScene(scene);
        stage.setTitle(title);
        return stage;
    }

    private static FileChooser chooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        if (title != null) {
            chooser.setTitle(title);
        }
        for (FileType type : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(),
                    type.extensions().stream().map(e -> "*." + e).toList()));
        }
        return chooser;
    }
}
