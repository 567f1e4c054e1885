package app.ember.ui.mailing;

import app.ember.ui.common.AppAction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/**
 * The preview's zoom: 1 fits the whole sheet in the pane, up to 4 times that, in steps; from the
 * buttons beside the page arrows or Shortcut+plus, Shortcut+minus and Shortcut+Shift+0 (the key table's
 * ZOOM_* actions) while the Mailing tab has the keyboard. Small print on a mini label can then be
 * read before it is printed.
 */
final class PreviewZoom {
    static final double[] STEPS = {1, 1.5, 2, 3, 4};

    private final DoubleProperty factor = new SimpleDoubleProperty(1);

    /** Wires the three buttons (tooltips from the key table) and the keys on {@code root}. */
    void install(Node root, Button zoomIn, Button zoomOut, Button zoomFit) {
        zoomIn.setOnAction(event -> in());
        zoomOut.setOnAction(event -> out());
        zoomFit.setOnAction(event -> fit());
        zoomIn.setTooltip(new Tooltip(AppAction.ZOOM_IN.tooltip()));
        zoomOut.setTooltip(new Tooltip(AppAction.ZOOM_OUT.tooltip()));
        zoomFit.setTooltip(new Tooltip(AppAction.ZOOM_FIT.tooltip()));
        zoomIn.disableProperty().bind(factor.greaterThanOrEqualTo(STEPS[STEPS.length - 1]));
        zoomOut.disableProperty().bind(factor.lessThanOrEqualTo(STEPS[0]));
        zoomFit.disableProperty().bind(factor.isEqualTo(1, 1e-9));
        // A filter, so the keys work wherever the focus is in the tab.
        root.addEventFilter(KeyEvent.KEY_PRESSED, keys());
    }

    private EventHandler<KeyEvent> keys() {
        return event -> {
            if (AppAction.ZOOM_IN.matches(event)) {
                in();
            } else if (AppAction.ZOOM_OUT.matches(event)) {
                out();
            } else if (AppAction.ZOOM_FIT.matches(event)) {
                fit();
            } else {
                return;
            }
            event.consume();
        };
    }

    /**
     * The sheet fitted to {@code pane} at zoom 1, larger (scrolling, or dragged) when zoomed in. The
     * holder is at least the viewport, so a fitted sheet stays centred.
     */
    void fitPreview(Region pane, ScrollPane scroll, Region holder, ImageView image) {
        image.fitWidthProperty().bind(pane.widthProperty().subtract(28).multiply(factor));
        image.fitHeightProperty().bind(pane.heightProperty().subtract(28).multiply(factor));
        holder.minWidthProperty().bind(Bindings.createDoubleBinding(() -> scroll.getViewportBounds().getWidth(),
                scroll.viewportBoundsProperty()));
        holder.minHeightProperty().bind(Bindings.createDoubleBinding(() -> scroll.getViewportBounds().getHeight(),
                scroll.viewportBoundsProperty()));
    }

    void in() {
        for (double step : STEPS) {
            if (step > factor.get() + 1e-9) {
                factor.set(step);
                return;
            }
        }
    }

    void out() {
        for (int index = STEPS.length - 1; index >= 0; index--) {
            if (STEPS[index] < factor.get() - 1e-9) {
                factor.set(STEPS[index]);
                return;
            }
        }
    }

    void fit() {
        factor.set(1);
    }

    DoubleProperty factorProperty() {
        return factor;
    }
}
