package app.ember.ui.common;

import app.ember.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads an FXML view with a controller built by the caller (so it can take its view model by constructor).
 * The FXML is found by convention, here only: {@code FooView} loads {@code Foo.fxml} from its own package.
 */
public final class ViewLoader {
    private static final String SUFFIX = "View";

    private ViewLoader() {
    }

    public static Parent load(Object controller) {
        Class<?> owner = controller.getClass();
        String fxml = fxmlOf(owner);
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

    /** "LeadList.fxml" for LeadListView: the view's name without "View". */
    static String fxmlOf(Class<?> view) {
        String name = view.getSimpleName();
        if (!name.endsWith(SUFFIX) || name.length() == SUFFIX.length()) {
            throw new IllegalArgumentException(view.getName() + " is not named like a view (SomethingView)");
        }
        return name.substring(0, name.length() - SUFFIX.length()) + ".fxml";
    }
}
