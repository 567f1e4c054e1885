package app.ember.ui.main;

import app.ember.ui.main.WindowState;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the window where it was (when that place is still on a screen: a monitor may have gone) and follows
 * its normal, not maximised, bounds, so closing it maximised still remembers the size to come back to.
 */
public final class WindowPlacement {
    private final Stage stage;
    private double x;
    private double y;
    private double width;
    private double height;

    private WindowPlacement(Stage stage) {
        this.stage = stage;
    }

    /** Sizes and places the stage (before it is shown) from the state, and follows it from then on. */
    public static WindowPlacement apply(Stage stage, WindowState state, double defaultWidth, double defaultHeight) {
        WindowPlacement placement = new WindowPlacement(stage);
        Rectangle2D saved = new Rectangle2D(state.x(), state.y(), Math.max(1, state.width()), Math.max(1, state.height()));
        if (state.hasBounds() && !Screen.getScreensForRectangle(saved).isEmpty()) {
            stage.setX(state.x());
            stage.setY(state.y());
            stage.setWidth(state.width());
            stage.setHeight(state.height());
        } else {
            Rectangle2D visible = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(defaultWidth, visible.getWidth()));
            stage.setHeight(Math.min(defaultHeight, visible.getHeight()));
            stage.centerOnScreen();
        }
        stage.setMaximized(state.maximized());
        placement.follow();
        return placement;
    }

    private void follow() {
        remember();
        stage.xProperty().addListener((o, was, now) -> remember());
        stage.yProperty().addListener((o, was, now) -> remember());
        stage.widthProperty().addListener((o, was, now) -> remember());
        stage.heightProperty().addListener((o, was, now) -> remember());
    }

    private void remember() {
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0 && !Double.isNaN(stage.getX())) {
            x = stage.getX();
            y = stage.getY();
            width = stage.getWidth();
            height = stage.getHeight();
        }
    }

    /** The window as it is now, for next time. */
    public WindowState current(String screen, boolean dark) {
        return new WindowState(x, y, width, height, stage.isMaximized(), screen, dark);
    }
}
