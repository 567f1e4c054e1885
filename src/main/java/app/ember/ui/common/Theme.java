package app.ember.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * AtlantaFX's Primer as the base look, Ember's own sheet on top. Colours live only in ember.css as
 * variables; dark mode swaps the base and sets the "dark" class that re-points those variables.
 */
public final class Theme {
    private static final String SHEET = Theme.class.getResource("/app/ember/ui/ember.css").toExternalForm();

    private Theme() {
    }

    /** Dresses a window's scene like its owner's: the same sheets, and dark when the owner is. */
    public static void follow(Scene scene, Window owner) {
        follow(scene.getStylesheets(), scene.getRoot().getStyleClass(), owner);
    }

    /** The same for a dialog, whose pane carries its look. */
    public static void follow(DialogPane pane, Window owner) {
        follow(pane.getStylesheets(), pane.getStyleClass(), owner);
    }

    private static void follow(List<String> sheets, List<String> styleClasses, Window owner) {
        if (owner != null && owner.getScene() != null) {
            sheets.addAll(owner.getScene().getStylesheets());
            styleClasses.addAll(owner.getScene().getRoot().getStyleClass().filtered(c -> c.equals("dark")));
        }
    }

    public static void apply(Scene scene, boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        if (!scene.getStylesheets().contains(SHEET)) {
            scene.getStylesheets().add(SHEET);
        }
        scene.getRoot().getStyleClass().remove("dark");
        if (dark) {
            scene.getRoot().getStyleClass().add("dark");
        }
    }
}
