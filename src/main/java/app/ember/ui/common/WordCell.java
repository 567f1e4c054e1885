package app.ember.ui.common;

import app.ember.domain.Coded;
import app.ember.i18n.Messages;
import javafx.scene.control.ListCell;

/** A choice box cell that shows an enum value as its word from the bundle ("status." + code, ...). */
public final class WordCell<E extends Enum<E> & Coded> extends ListCell<E> {
    private final String prefix;
    private final String emptyText;

    /** @param emptyText what a null value shows (null shows nothing) */
    public WordCell(String prefix, String emptyText) {
        this.prefix = prefix;
        this.emptyText = emptyText;
    }

    @Override
    protected void updateItem(E value, boolean empty) {
        super.updateItem(value, empty);
        setText(empty ? null : value == null ? emptyText : Messages.get(prefix + value.code()));
    }
}
