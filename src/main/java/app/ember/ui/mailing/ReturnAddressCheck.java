package app.ember.ui.mailing;

import app.ember.i18n.Messages;
import app.ember.ui.common.DialogService;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Postcards without a return address: said on the Mailing screen while postcards are chosen, and
 * asked before they are printed or saved, because a card that cannot be delivered then cannot come
 * back and nobody learns the address is wrong.
 */
final class ReturnAddressCheck {
    private ReturnAddressCheck() {
    }

    /** Postcards chosen and no return address set. */
    static boolean missing(MailingViewModel model) {
        return model.outputProperty().get() == MailingViewModel.Output.POSTCARDS
                && model.senderProperty().get().address().isEmpty();
    }

    /**
     * Print without it, set it first (then go on if it was set), or stop. True when the run should go
     * ahead; always true when nothing is missing.
     */
    static boolean confirm(DialogService dialogs, Window owner, MailingViewModel model, Runnable editSender) {
        if (!missing(model)) {
            return true;
        }
        ButtonType without = new ButtonType(Messages.get("mailing.printWithout"), ButtonBar.ButtonData.OK_DONE);
        ButtonType set = new ButtonType(Messages.get("mailing.setReturnAddress"), ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.WARNING, Messages.get("mailing.noReturnAddress"), set, without,
                ButtonType.CANCEL);
        alert.setHeaderText(Messages.get("mailing.noReturnAddressTitle"));
        ButtonType chosen = dialogs.ask(alert, owner).orElse(ButtonType.CANCEL);
        if (chosen == set) {
            editSender.run();
            return !missing(model);
        }
        return chosen == without;
    }
}
