package app.ember.ui.leads;

import app.ember.domain.LeadStatus;
import app.ember.domain.Temperature;
import app.ember.i18n.Messages;
import app.ember.ui.common.DialogService;
import app.ember.ui.common.TemperatureChoiceCell;
import app.ember.ui.common.WordCell;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The small questions bulk actions ask: which temperature and why, which tag, which status, really delete? */
public final class BulkDialogs {
    private BulkDialogs() {
    }

    /** A temperature change with its reason; nothing is changed without one. */
    public record TemperatureChoice(Temperature temperature, boolean sameDay, String reason) {
    }

    public static Optional<TemperatureChoice> temperature(DialogService dialogs, Window owner, int leads) {
        Dialog<TemperatureChoice> dialog = dialog(owner, Messages.format("bulk.temperatureTitle", leads));
        ComboBox<Temperature> choice = new ComboBox<>(FXCollections.observableArrayList(Temperature.values()));
        choice.setId("temperatureChoice");
        choice.setCellFactory(list -> new TemperatureChoiceCell());
        choice.setButtonCell(new TemperatureChoiceCell());
        choice.setValue(Temperature.HOT);
        CheckBox sameDay = new CheckBox(Messages.get("bulk.sameDay"));
        sameDay.disableProperty().bind(choice.valueProperty().isNotEqualTo(Temperature.HOT));
        TextField reason = new TextField();
        reason.setId("reasonField");
        reason.setPromptText(Messages.get("bulk.reasonPrompt"));
        reason.setPrefColumnCount(28);
        dialog.getDialogPane().setContent(grid(Messages.get("bulk.temperature"), choice, "", sameDay,
                Messages.get("bulk.reason"), reason));
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(reason.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new TemperatureChoice(choice.getValue(), sameDay.isSelected(), reason.getText().strip()) : null);
        Platform.runLater(reason::requestFocus);
        return dialogs.ask(dialog, owner);
    }

    public static Optional<String> tag(DialogService dialogs, Window owner, String titleKey, int leads, List<String> known) {
        Dialog<String> dialog = dialog(owner, Messages.format(titleKey, leads));
        ComboBox<String> tag = new ComboBox<>(FXCollections.observableArrayList(known));
        tag.setId("tagChoice");
        tag.setEditable(true);
        tag.setPrefWidth(240);
        dialog.getDialogPane().setContent(grid(Messages.get("bulk.tag"), tag));
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(tag.getEditor().textProperty().isEmpty());
        dialog.setResultConverter(button -> button == ButtonType.OK ? tag.getEditor().getText().strip() : null);
        Platform.runLater(tag.getEditor()::requestFocus);
        return dialogs.ask(dialog, owner).filter(t -> !t.isBlank());
    }

    public static Optional<LeadStatus> status(DialogService dialogs, Window owner, int leads) {
        Dialog<LeadStatus> dialog = dialog(owner, Messages.format("bulk.statusTitle", leads));
        ComboBox<LeadStatus> status = new ComboBox<>(FXCollections.observableArrayList(LeadStatus.values()));
        status.setCellFactory(list -> new WordCell<>("status.", null));
        status.setButtonCell(new WordCell<>("status.", null));
        status.setValue(LeadStatus.OPEN);
        dialog.getDialogPane().setContent(grid(Messages.get("bulk.status"), status));
        dialog.setResultConverter(button -> button == ButtonType.OK ? status.getValue() : null);
        return dialogs.ask(dialog, owner);
    }

    public static boolean confirmDelete(DialogService dialogs, Window owner, int leads) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("bulk.deleteBody", leads),
                new ButtonType(Messages.get("bulk.delete"), ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        alert.setHeaderText(Messages.format("bulk.deleteTitle", leads));
        return dialogs.ask(alert, owner).map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    private static <T> Dialog<T> dialog(Window owner, String title) {
        Dialog<T> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog;
    }

    /** Label and control pairs, one per row. */
    private static GridPane grid(Object... labelsAndControls) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        for (int i = 0; i < labelsAndControls.length; i += 2) {
            grid.addRow(i / 2, new Label((String) labelsAndControls[i]), (Node) labelsAndControls[i + 1]);
        }
        return grid;
    }
}
