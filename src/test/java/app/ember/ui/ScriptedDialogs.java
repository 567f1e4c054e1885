package app.ember.ui;

import app.ember.ui.common.DialogService;
import app.ember.ui.common.FxDialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The dialog service of the window tests: a file chooser is answered with the file the test scripted
 * (a native chooser cannot be driven, and none is ever opened: with no file scripted the test fails),
 * and a question with the button the test scripted, without showing it. A question with no answer
 * scripted is shown for real, owned and themed, so a test may also drive it with the robot.
 */
public final class ScriptedDialogs implements DialogService {
    private final FxDialogService real = new FxDialogService();
    private final Deque<Path> files = new ArrayDeque<>();
    private final Deque<ButtonBar.ButtonData> answers = new ArrayDeque<>();
    private final List<String> answered = new ArrayList<>();
    private final List<String> offered = new ArrayList<>();

    /** The next file chooser (open or save) answers {@code file}. */
    public synchronized ScriptedDialogs chooseFile(Path file) {
        files.add(file);
        return this;
    }

    /** The next question is answered by its button of this kind (OK_DONE: go ahead, CANCEL_CLOSE: no). */
    public synchronized ScriptedDialogs answer(ButtonBar.ButtonData button) {
        answers.add(button);
        return this;
    }

    /** The header texts of the questions answered from the script, in order. */
    public synchronized List<String> answered() {
        return List.copyOf(answered);
    }

    /** The file types each file chooser offered (their first ending), in order. */
    public synchronized List<String> offered() {
        return List.copyOf(offered);
    }

    @Override
    public <R> Optional<R> ask(Dialog<R> dialog, Window owner) {
        ButtonBar.ButtonData scripted;
        synchronized (this) {
            scripted = answers.poll();
            if (scripted != null) {
                answered.add(dialog.getHeaderText());
            }
        }
        if (scripted == null) {
            return real.ask(dialog, owner);
        }
        ButtonType button = dialog.getDialogPane().getButtonTypes().stream()
                .filter(type -> type.getButtonData() == scripted).findFirst()
                .orElseThrow(() -> new AssertionError("no " + scripted + " button on \"" + dialog.getHeaderText()
                        + "\": " + dialog.getDialogPane().getButtonTypes()));
        // As a click would: with no converter (an Alert), the button itself is the answer.
        @SuppressWarnings("unchecked")
        R result = dialog.getResultConverter() == null ? (R) button : dialog.getResultConverter().call(button);
        return Optional.ofNullable(result);
    }

    @Override
    public void tell(Dialog<?> dialog, Window owner) {
        real.tell(dialog, owner);
    }

    @Override
    public Optional<Path> openFile(Window owner, String title, Path folder, List<FileType> types) {
        return Optional.of(nextFile(types));
    }

    @Override
    public Optional<SaveChoice> saveFile(Window owner, String title, String initialName, List<FileType> types) {
        Path file = nextFile(types);
        String name = file.getFileName().toString();
        FileType type = types.stream().filter(t -> t.extensions().stream().anyMatch(e -> name.endsWith("." + e)))
                .findFirst().orElse(types.get(0));
        return Optional.of(new SaveChoice(file, type));
    }

    @Override
    public Stage window(Window owner, String title, Function<Stage, Parent> content) {
        return real.window(owner, title, content);
    }

    private synchronized Path nextFile(List<FileType> types) {
        offered.add(types.get(0).extensions().get(0));
        Path file = files.poll();
        if (file == null) {
            throw new AssertionError("a file chooser opened with no file scripted (offering " + types + ")");
        }
        return file;
    }
}
