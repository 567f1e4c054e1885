package app.ember.ui.common;

import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Every question and message Ember shows goes through here, so each one is owned by the window it
 * belongs to and dressed like it: Ember's stylesheet, and dark when the window is dark.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /** Owned by the window (centred on it, closed with it) and themed as it is. */
    public static void own(Dialog<?> dialog, Window owner) {
        dialog.initOwner(owner);
        Theme.follow(dialog.getDialogPane(), owner);
    }
}
