package app.ember.ui.main;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.util.Duration;

/**
 * The installers' ahead-of-time cache is made from one start of the packaged app (packaging/README.md):
 * the classes it loads and the methods it runs are what the cache holds. A start that only drew the first
 * page would leave out what a user does next, so with the system property {@value #PROPERTY} a --smoke
 * start goes on, after its "ready" line, through the common paths: a lead opened from the list, This
 * week, and back to the list, then prints "trained" and the steps that got their data in time (the
 * packaging wants all three). Only the packaging sets the property; it changes nothing else.
 */
public final class TrainingRun {
    public static final String PROPERTY = "ember.training";
    /** Each step waits at most this long for its data: a loaded build machine must not make it hang. */
    private static final Duration STEP_LIMIT = Duration.seconds(10);

    private final Scene scene;
    private final MainViewModel model;
    private final Runnable done;
    private final StringBuilder steps = new StringBuilder("trained");

    private TrainingRun(Scene scene, MainViewModel model, Runnable done) {
        this.scene = scene;
        this.model = model;
        this.done = done;
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Starts the walk on the JavaFX thread; {@code done} runs once it is over (drawn, or out of time). */
    static void walk(Scene scene, MainViewModel model, Runnable done) {
        new TrainingRun(scene, model, done).openLead();
    }

    private void openLead() {
        TableView<?> table = leadTable();
        if (table == null || table.getItems().isEmpty()) {
            steps.append(" lead(none)");
            thisWeek();
            return;
        }
        // Through the table, as a click does: the selection builds and fills the detail pane.
        table.requestFocus();
        table.getSelectionModel().clearAndSelect(0);
        after("lead", model.detail().detailsProperty(), this::thisWeek);
    }

    private void thisWeek() {
        model.screenProperty().set("week");
        after("week", model.planner().planProperty(), this::backToLeads);
    }

    private void backToLeads() {
        model.screenProperty().set("leads");
        afterFrame(() -> {
            System.out.println(steps.append(" leads"));
            System.out.flush();
            done.run();
        });
    }

    /** Goes on once the value is there (it is filled on a background thread) and drawn, or at the limit. */
    private void after(String step, ObservableValue<?> value, Runnable next) {
        boolean[] went = {false};
        java.util.function.Consumer<Boolean> once = arrived -> {
            if (!went[0]) {
                went[0] = true;
                steps.append(' ').append(arrived ? step : step + "(timed-out)");
                afterFrame(next);
            }
        };
        if (value.getValue() != null) {
            once.accept(true);
            return;
        }
        value.addListener((o, was, now) -> {
            if (now != null) {
                once.accept(true);
            }
        });
        PauseTransition limit = new PauseTransition(STEP_LIMIT);
        limit.setOnFinished(e -> once.accept(false));
        limit.play();
    }

    private void afterFrame(Runnable next) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(next);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private TableView<?> leadTable() {
        for (Node node : scene.getRoot().lookupAll(".lead-table")) {
            if (node instanceof TableView<?> table) {
                return table;
            }
        }
        return null;
    }
}
