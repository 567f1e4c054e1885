package app.ember.ui.common;

import app.ember.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads an FXML view with a controller built by the caller (so it can take its view model by constructor). */
public final class ViewLoader {
    private ViewLoader() {
    }

    public static Parent load(Class<?> owner, String fxml, Object controller) {
        URL location = owner.getResource(fxml);
        if (location == null) {
            throw new IllegalStateException("FXML " + fxml + " is missing beside " + owner.getName());
        }
        FXMLLoader loader = new FXMLLoader(location, Messages.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Loading " + fxml + " failed", e);
        }
    }
}
