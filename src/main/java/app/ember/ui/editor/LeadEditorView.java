package app.ember.ui.editor;

import app.ember.domain.Coded;
import app.ember.domain.FirmSize;
import app.ember.domain.LeadField;
import app.ember.domain.LeadStatus;
import app.ember.domain.Origin;
import app.ember.domain.Priority;
import app.ember.domain.ProductContext;
import app.ember.domain.Qualification;
import app.ember.domain.ReferralKind;
import app.ember.domain.Stage;
import app.ember.domain.Temperature;
import app.ember.i18n.Messages;
import app.ember.ui.common.TemperatureChoiceCell;
import app.ember.ui.common.WordCell;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * The lead form: binds each field to the view model, shows each field's message right under it
 * (and ControlsFX's mark on the field), and keeps Save off while anything is wrong.
 */
public final class LeadEditorView {
    private final LeadEditorViewModel model;
    private final List<String> sources;
    private final Consumer<Long> onSaved;
    private final Runnable onCancel;
    private final ValidationSupport validation = new ValidationSupport();

    @FXML private TextField titleField;
    @FXML private TextField firstNameField;
    @FXML private TextField lastNameField;
    @FXML private TextField companyField;
    @FXML private TextField emailField;
    @FXML private TextField phoneField;
    @FXML private TextField line1Field;
    @FXML private TextField line2Field;
    @FXML private TextField cityField;
    @FXML private TextField regionField;
    @FXML private TextField postcodeField;
    @FXML private TextField countryField;
    @FXML private TextField referredByField;
    @FXML private DatePicker needByPicker;
    @FXML private DatePicker birthdayPicker;
    @FXML private DatePicker anniversaryPicker;
    @FXML private Label titleProblem;
    @FXML private Label firstNameProblem;
    @FXML private Label lastNameProblem;
    @FXML private Label companyProblem;
    @FXML private Label emailProblem;
    @FXML private Label phoneProblem;
    @FXML private Label line1Problem;
    @FXML private Label line2Problem;
    @FXML private Label cityProblem;
    @FXML private Label regionProblem;
    @FXML private Label postcodeProblem;
    @FXML private Label countryProblem;
    @FXML private Label referredByProblem;
    @FXML private Label needByProblem;
    @FXML private Label birthdayProblem;
    @FXML private Label anniversaryProblem;
    @FXML private ComboBox<app.ember.domain.ContactLabel> emailLabelBox;
    @FXML private ComboBox<app.ember.domain.ContactLabel> phoneLabelBox;
    @FXML private ComboBox<app.ember.domain.ContactLabel> addressLabelBox;
    @FXML private VBox moreContactsBox;
    @FXML private ComboBox<Temperature> temperatureBox;
    @FXML private CheckBox sameDayCheck;
    @FXML private VBox reasonBox;
    @FXML private TextField reasonField;
    @FXML private Label reasonProblem;
    @FXML private ComboBox<LeadStatus> statusBox;
    @FXML private ComboBox<Stage> stageBox;
    @FXML private ComboBox<Qualification> qualificationBox;
    @FXML private ComboBox<Priority> priorityBox;
    @FXML private ComboBox<ProductContext> productContextBox;
    @FXML private ComboBox<FirmSize> firmSizeBox;
    @FXML private ComboBox<String> sourceBox;
    @FXML private ComboBox<Origin> originBox;
    @FXML private ComboBox<ReferralKind> referralKindBox;
    @FXML private CheckBox needByYearlyCheck;
    @FXML private CheckBox doNotMailCheck;
    @FXML private Label saveErrorLabel;
    @FXML private VBox conflictBox;
    @FXML private Button saveButton;

    public LeadEditorView(LeadEditorViewModel model, List<String> sources, Consumer<Long> onSaved, Runnable onCancel) {
        this.model = model;
        this.sources = sources;
        this.onSaved = onSaved;
        this.onCancel = onCancel;
    }

    @FXML
    private void initialize() {
        validation.setValidationDecorator(new GraphicValidationDecoration());
        Map<LeadField, TextField> fields = new EnumMap<>(LeadField.class);
        fields.put(LeadField.TITLE, titleField);
        fields.put(LeadField.FIRST_NAME, firstNameField);
        fields.put(LeadField.LAST_NAME, lastNameField);
        fields.put(LeadField.COMPANY, companyField);
        fields.put(LeadField.EMAIL, emailField);
        fields.put(LeadField.PHONE, phoneField);
        fields.put(LeadField.LINE1, line1Field);
        fields.put(LeadField.LINE2, line2Field);
        fields.put(LeadField.CITY, cityField);
        fields.put(LeadField.REGION, regionField);
        fields.put(LeadField.POSTCODE, postcodeField);
        fields.put(LeadField.COUNTRY, countryField);
        fields.put(LeadField.REFERRED_BY, referredByField);
        for (DatePicker picker : List.of(needByPicker, birthdayPicker, anniversaryPicker)) {
            DateFields.dress(picker, Messages.get("editor.datePrompt"));
        }
        fields.put(LeadField.NEED_BY, needByPicker.getEditor());
        fields.put(LeadField.BIRTHDAY, birthdayPicker.getEditor());
        fields.put(LeadField.ANNIVERSARY, anniversaryPicker.getEditor());
        Map<LeadField, Label> messages = Map.ofEntries(Map.entry(LeadField.TITLE, titleProblem),
                Map.entry(LeadField.FIRST_NAME, firstNameProblem),
                Map.entry(LeadField.LAST_NAME, lastNameProblem), Map.entry(LeadField.COMPANY, companyProblem),
                Map.entry(LeadField.EMAIL, emailProblem), Map.entry(LeadField.PHONE, phoneProblem),
                Map.entry(LeadField.LINE1, line1Problem), Map.entry(LeadField.LINE2, line2Problem),
                Map.entry(LeadField.CITY, cityProblem), Map.entry(LeadField.REGION, regionProblem),
                Map.entry(LeadField.POSTCODE, postcodeProblem), Map.entry(LeadField.COUNTRY, countryProblem),
                Map.entry(LeadField.REFERRED_BY, referredByProblem), Map.entry(LeadField.NEED_BY, needByProblem),
                Map.entry(LeadField.BIRTHDAY, birthdayProblem), Map.entry(LeadField.ANNIVERSARY, anniversaryProblem));
        fields.forEach((field, control) -> {
            control.textProperty().bindBidirectional(model.text(field));
            showProblem(control, messages.get(field), model.problem(field));
        });
        ContactsEditor.labelBox(emailLabelBox, model.contacts().primaryLabel(ContactRows.Kind.EMAIL),
                ContactRows.Kind.EMAIL);
        ContactsEditor.labelBox(phoneLabelBox, model.contacts().primaryLabel(ContactRows.Kind.PHONE),
                ContactRows.Kind.PHONE);
        ContactsEditor.labelBox(addressLabelBox, model.contacts().primaryLabel(ContactRows.Kind.ADDRESS),
                ContactRows.Kind.ADDRESS);
        new ContactsEditor(model, moreContactsBox).build();
        reasonField.textProperty().bindBidirectional(model.temperatureReasonProperty());
        showProblem(reasonField, reasonProblem, model.temperatureReasonProblemProperty());

        choices(temperatureBox, Temperature.values(), "temperature.", model.temperatureProperty());
        temperatureBox.setButtonCell(new TemperatureChoiceCell());
        temperatureBox.setCellFactory(list -> new TemperatureChoiceCell());
        sameDayCheck.selectedProperty().bindBidirectional(model.sameDayProperty());
        sameDayCheck.disableProperty().bind(model.temperatureProperty().isNotEqualTo(Temperature.HOT));
        reasonBox.setVisible(model.temperatureChanged());
        model.temperatureProperty().addListener((o, was, now) -> reasonBox.setVisible(model.temperatureChanged()));
        choices(statusBox, LeadStatus.values(), "status.", model.statusProperty());
        choices(stageBox, Stage.values(), "stage.", model.stageProperty());
        choices(qualificationBox, Qualification.values(), "qualification.", model.qualificationProperty());
        choices(priorityBox, Priority.values(), "priority.", model.priorityProperty());
        priorityBox.disableProperty().bind(model.qualificationProperty().isNotEqualTo(Qualification.QUALIFIED));
        choices(productContextBox, ProductContext.values(), "productContext.", model.productContextProperty());
        choices(firmSizeBox, FirmSize.values(), "firmSize.", model.firmSizeProperty());
        choices(originBox, Origin.values(), "origin.", model.originProperty());
        choices(referralKindBox, ReferralKind.values(), "referralKind.", model.referralKindProperty());
        referredByField.disableProperty().bind(model.referralKindProperty().isEqualTo(ReferralKind.NONE));
        sourceBox.getItems().setAll(sources);
        sourceBox.getEditor().textProperty().bindBidirectional(model.sourceProperty());
        needByYearlyCheck.selectedProperty().bindBidirectional(model.needByYearlyProperty());
        doNotMailCheck.selectedProperty().bindBidirectional(model.doNotMailProperty());

        saveButton.disableProperty().bind(model.validProperty().not().or(model.savingProperty()));
        saveErrorLabel.textProperty().bind(model.saveErrorProperty());
        // A refused save (someone changed the lead meanwhile): theirs and yours side by side, above the form.
        model.conflictProperty().addListener((o, was, now) -> conflictBox.getChildren().setAll(now == null
                ? java.util.List.of() : java.util.List.of(EditConflicts.pane(now, model.clock(), () -> model.keepMine(onSaved),
                        model::takeTheirs))));
        javafx.application.Platform.runLater(firstNameField::requestFocus);
    }

    /** The message under the field, and ControlsFX's error mark on it, both from the view model. */
    private void showProblem(TextField field, Label message, StringProperty problem) {
        message.textProperty().bind(problem);
        message.visibleProperty().bind(problem.isNotEmpty());
        message.managedProperty().bind(problem.isNotEmpty());
        validation.registerValidator(field, false, (control, value) ->
                ValidationResult.fromMessageIf(control, problem.get(), Severity.ERROR, !problem.get().isEmpty()));
        problem.addListener((o, was, now) -> validation.revalidate(field));
    }

    private static <E extends Enum<E> & Coded> void choices(ComboBox<E> box, E[] values, String wordPrefix,
                                                           ObjectProperty<E> property) {
        box.getItems().setAll(values);
        box.setButtonCell(new WordCell<>(wordPrefix, Messages.get("editor.none")));
        box.setCellFactory(list -> new WordCell<>(wordPrefix, Messages.get("editor.none")));
        box.valueProperty().bindBidirectional(property);
    }

    @FXML
    private void save() {
        model.save(onSaved);
    }

    @FXML
    private void cancel() {
        onCancel.run();
    }
}
