package app.ember.ui.mailing;

import app.ember.domain.AddressFormat;
import app.ember.domain.PostalAddress;
import app.ember.domain.Sender;
import app.ember.i18n.Messages;
import app.ember.ui.common.DialogService;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The return address printed on postcards; its country is the home country (no country line for it). */
final class SenderDialog {
    private SenderDialog() {
    }

    /** "Bloom & Co, 4 Market St, Leeds" or "no return address" for the mailing form. */
    static String oneLine(Sender sender) {
        if (sender == null || sender.name().isEmpty() && sender.address().isEmpty()) {
            return Messages.get("mailing.noSender");
        }
        String address = String.join(", ", AddressFormat.lines(sender.address(), sender.homeCountry()));
        return sender.name().isEmpty() ? address : sender.name() + ", " + address;
    }

    static Optional<Sender> ask(DialogService dialogs, Window owner, Sender current) {
        Sender shown = current == null ? Sender.NONE : current;
        TextField name = field("sender-name", shown.name());
        TextField line1 = field("sender-line1", shown.address().line1());
        TextField line2 = field("sender-line2", shown.address().line2());
        TextField city = field("sender-city", shown.address().city());
        TextField region = field("sender-region", shown.address().region());
        TextField postcode = field("sender-postcode", shown.address().postcode());
        TextField country = field("sender-country", shown.address().countryCode());
        country.setPromptText("GB, US, DE…");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        String[] keys = {"mailing.senderName", "editor.line1", "editor.line2", "editor.city", "editor.region",
            "editor.postcode", "editor.country"};
        TextField[] fields = {name, line1, line2, city, region, postcode, country};
        for (int i = 0; i < fields.length; i++) {
            grid.addRow(i, new Label(Messages.get(keys[i])), fields[i]);
        }
        Dialog<Sender> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("mailing.senderTitle"));
        dialog.setHeaderText(Messages.get("mailing.senderHeader"));
        ButtonType save = new ButtonType(Messages.get("mailing.senderSave"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(button -> button != save ? null : new Sender(name.getText(),
                new PostalAddress(line1.getText(), line2.getText(), city.getText(), region.getText(),
                        postcode.getText(), country.getText())));
        return dialogs.ask(dialog, owner);
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPrefColumnCount(22);
        return field;
    }
}
