package app.ember.ui.mailing;

import app.ember.i18n.Messages;
import app.ember.mail.LabelTemplate;
import app.ember.ui.common.DialogService;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * A sheet of the user's own, by its measurements in millimetres (as printed on the packet or
 * measured with a ruler). What does not make a sheet is said under the fields and the dialog stays
 * open with everything typed.
 */
final class TemplateDialog {
    private TemplateDialog() {
    }

    static Optional<LabelTemplate> ask(DialogService dialogs, Window owner, LabelTemplate.Kind kind) {
        LabelTemplate.Kind chosen = kind == null ? LabelTemplate.Kind.LABELS : kind;
        Map<String, TextField> fields = new LinkedHashMap<>();
        String[][] rows = {{"name", ""}, {"pageWidth", "210"}, {"pageHeight", "297"}, {"marginTop", "15"},
            {"marginLeft", "7"}, {"labelWidth", "63.5"}, {"labelHeight", "38.1"}, {"pitchX", "66"},
            {"pitchY", "38.1"}, {"columns", "3"}, {"rows", "7"}};
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        for (String[] field : rows) {
            TextField input = new TextField(field[1]);
            input.setId("template-" + field[0]);
            input.setPrefColumnCount(field[0].equals("name") ? 20 : 8);
            fields.put(field[0], input);
            Label caption = new Label(Messages.get("mailing.template." + field[0]));
            caption.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(row++, caption, input);
        }
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        grid.add(problem, 0, row, 2, 1);
        Dialog<LabelTemplate> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("mailing.addTemplate"));
        dialog.setHeaderText(Messages.get("mailing.templateHeader"));
        ButtonType add = new ButtonType(Messages.get("mailing.templateAdd"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid);
        LabelTemplate[] made = new LabelTemplate[1];
        Button addButton = (Button) dialog.getDialogPane().lookupButton(add);
        // The dialog closes only on a template that holds together; otherwise the reason is shown.
        addButton.addEventFilter(ActionEvent.ACTION, event -> {
            try {
                made[0] = build(chosen, fields);
                problem.setText("");
            } catch (IllegalArgumentException wrong) {
                problem.setText(wrong.getMessage());
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == add ? made[0] : null);
        return dialogs.ask(dialog, owner);
    }

    private static LabelTemplate build(LabelTemplate.Kind kind, Map<String, TextField> fields) {
        String name = fields.get("name").getText().strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("mailing.templateNoName"));
        }
        String id = "custom-" + name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        return new LabelTemplate(id, name, kind, mm(fields, "pageWidth"), mm(fields, "pageHeight"),
                mm(fields, "marginTop"), mm(fields, "marginLeft"), mm(fields, "labelWidth"), mm(fields, "labelHeight"),
                mm(fields, "pitchX"), mm(fields, "pitchY"), count(fields, "columns"), count(fields, "rows"));
    }

    private static double mm(Map<String, TextField> fields, String key) {
        String text = fields.get(key).getText().strip().replace(',', '.');
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.format("mailing.templateNumber",
                    Messages.get("mailing.template." + key), text));
        }
    }

    private static int count(Map<String, TextField> fields, String key) {
        String text = fields.get(key).getText().strip();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.format("mailing.templateWhole",
                    Messages.get("mailing.template." + key), text));
        }
    }
}
