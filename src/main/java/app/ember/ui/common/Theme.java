package app.ember.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * AtlantaFX's Primer as the base look, Ember's own sheet on top. Colours live only in ember.css as
 * variables; dark mode swaps the base and sets the "dark" class that re-points those variables.
 */
public final class Theme {
    private static final String SHEET = Theme.class.getResource("/app/ember/ui/ember.css").toExternalForm();

    private Theme() {
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
