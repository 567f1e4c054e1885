package app.ember.ui.mailing;

import app.ember.i18n.Messages;
import app.ember.ui.common.DialogService;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The question before a mailing is recorded as sent: how many leads move on to their next step (their
 * planned action was this postcard or letter) and how many keep their plan.
 */
final class RecordSentDialog {
    private RecordSentDialog() {
    }

    /** True when the user chose to record. */
    static boolean confirm(DialogService dialogs, Window owner, String campaignName, int leads, int movedOn,
                           int keptPlan) {
        String campaign = campaignName == null ? "" : campaignName.strip();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                Messages.format("mailing.confirmText", movedOn, keptPlan),
                new ButtonType(Messages.get("mailing.confirmRecord"), ButtonBar.ButtonData.OK_DONE),
                ButtonType.CANCEL);
        alert.setTitle(Messages.get("mailing.confirmTitle"));
        alert.setHeaderText(Messages.format("mailing.confirmHeader",
                campaign.isEmpty() ? Messages.get("mailsel.campaignNoName") : campaign, leads));
        alert.getDialogPane().setId("mailing-confirm-record");
        return dialogs.ask(alert, owner).map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }
}
