package app.ember.ui.mailing;

import app.ember.i18n.Messages;
import app.ember.mail.LabelTemplate;
import javafx.beans.property.IntegerProperty;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * A small picture of the chosen sheet: click the label to start at on a partly used sheet. The
 * labels before it are drawn as used; the sheet keeps its proportions.
 */
final class SheetPicker {
    private static final double WIDTH = 150;

    private final Pane pane;
    private final IntegerProperty startAt;
    private LabelTemplate template;

    SheetPicker(Pane pane, IntegerProperty startAt) {
        this.pane = pane;
        this.startAt = startAt;
        startAt.addListener((o, was, now) -> paint());
    }

    void show(LabelTemplate shown) {
        template = shown;
        pane.getChildren().clear();
        if (shown == null) {
            pane.setPrefSize(0, 0);
            return;
        }
        double scale = WIDTH / shown.pageWidth();
        pane.setPrefSize(WIDTH, shown.pageHeight() * scale);
        pane.setMinSize(WIDTH, shown.pageHeight() * scale);
        pane.setMaxSize(WIDTH, shown.pageHeight() * scale);
        Rectangle paper = new Rectangle(0, 0, WIDTH, shown.pageHeight() * scale);
        paper.getStyleClass().add("sheet-paper");
        pane.getChildren().add(paper);
        for (int index = 0; index < shown.perSheet(); index++) {
            int column = index % shown.columns();
            int row = index / shown.columns();
            Rectangle label = new Rectangle((shown.marginLeft() + column * shown.pitchX()) * scale,
                    (shown.marginTop() + row * shown.pitchY()) * scale, shown.labelWidth() * scale,
                    shown.labelHeight() * scale);
            int number = index + 1;
            label.getStyleClass().add("sheet-label");
            label.setId("sheet-label-" + number);
            Tooltip.install(label, new Tooltip(Messages.format("mailing.startHere", number)));
            label.setOnMouseClicked(event -> startAt.set(number));
            pane.getChildren().add(label);
        }
        paint();
    }

    /** Used labels grey, the start label marked, the rest blank. */
    private void paint() {
        if (template == null) {
            return;
        }
        pane.getChildren().stream().filter(node -> node.getStyleClass().contains("sheet-label")).forEach(node -> {
            int number = Integer.parseInt(node.getId().substring("sheet-label-".length()));
            node.getStyleClass().removeAll("used", "start");
            if (number < startAt.get()) {
                node.getStyleClass().add("used");
            } else if (number == startAt.get()) {
                node.getStyleClass().add("start");
            }
        });
    }
}
