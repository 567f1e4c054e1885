package app.ember.ui.mailing;

import app.ember.i18n.Messages;
import app.ember.mail.LabelTemplate;
import javafx.scene.control.ListCell;

/** A sheet in the chooser: "Avery 5160 · 30 per sheet". */
final class TemplateCell extends ListCell<LabelTemplate> {
    @Override
    protected void updateItem(LabelTemplate template, boolean empty) {
        super.updateItem(template, empty);
        setText(empty || template == null ? null
                : Messages.format("mailing.templateItem", template.name(), template.perSheet()));
    }
}
