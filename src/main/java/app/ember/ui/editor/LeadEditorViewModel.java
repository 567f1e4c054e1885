package app.ember.ui.editor;

import app.ember.app.Services;
import app.ember.domain.Contacts;
import app.ember.domain.FirmSize;
import app.ember.domain.Lead;
import app.ember.domain.LeadField;
import app.ember.domain.LeadStatus;
import app.ember.domain.LeadValidation;
import app.ember.domain.Origin;
import app.ember.domain.PostalAddress;
import app.ember.domain.Priority;
import app.ember.domain.Problem;
import app.ember.domain.ProductContext;
import app.ember.domain.Qualification;
import app.ember.domain.ReferralKind;
import app.ember.domain.Stage;
import app.ember.domain.Temperature;
import app.ember.i18n.Messages;
import app.ember.store.StaleLeadException;
import app.ember.ui.common.Background;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The lead form's state: every field as typed, a message per field that is wrong (checked as the
 * user types), whether anything changed, and saving. Nothing is saved while a message stands.
 */
public final class LeadEditorViewModel {
    private final Services services;
    private final Background background;
    /** The lead as the form was filled from it (null for a new one); after a conflict, theirs. */
    private Lead original;
    private final Map<LeadField, StringProperty> text = new EnumMap<>(LeadField.class);
    private final Map<LeadField, StringProperty> problems = new EnumMap<>(LeadField.class);
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty temperatureReason = new SimpleStringProperty("");
    private final StringProperty temperatureReasonProblem = new SimpleStringProperty("");
    private final ObjectProperty<Temperature> temperature = new SimpleObjectProperty<>();
    private final BooleanProperty sameDay = new SimpleBooleanProperty();
    private final ObjectProperty<Qualification> qualification = new SimpleObjectProperty<>();
    private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>();
    private final ObjectProperty<LeadStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>();
    private final ObjectProperty<ProductContext> productContext = new SimpleObjectProperty<>();
    private final ObjectProperty<FirmSize> firmSize = new SimpleObjectProperty<>();
    private final ObjectProperty<Origin> origin = new SimpleObjectProperty<>();
    private final ObjectProperty<ReferralKind> referralKind = new SimpleObjectProperty<>();
    private final BooleanProperty needByYearly = new SimpleBooleanProperty();
    private final BooleanProperty doNotMail = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final StringProperty saveError = new SimpleStringProperty("");
    private final ObjectProperty<EditConflict> conflict = new SimpleObjectProperty<>();
    private final BooleanBinding valid;
    private final ContactRows contacts;
    /** The further contacts as the form was filled from them (or null): a save is refused when they changed since. */
    private Contacts opened;
    /** Theirs, after a save was refused: what the form then saves over or takes. */
    private Contacts theirContacts;
    private final BooleanProperty contactsValid = new SimpleBooleanProperty(true);

    /** @param original the lead to edit, or null for a new one */
    public LeadEditorViewModel(Services services, Background background, Lead original) {
        this(services, background, original, null);
    }

    /**
     * @param original the lead to edit, or null for a new one
     * @param others   its further e-mails, phones and addresses and the labels of all; null when not known
     *                 (then they are not checked for a change by someone else on save)
     */
    public LeadEditorViewModel(Services services, Background background, Lead original, Contacts others) {
        this.services = services;
        this.background = background;
        this.original = original;
        this.opened = others;
        this.contacts = new ContactRows(others == null ? Contacts.NONE : others);
        for (LeadField field : LeadField.values()) {
            text.put(field, new SimpleStringProperty(""));
            problems.put(field, new SimpleStringProperty(""));
        }
        load(original == null ? Lead.builder().firstName("-").temperature(Temperature.WARM).build() : original);
        if (original == null) {
            text.get(LeadField.FIRST_NAME).set("");
        }
        ObservableValue<?>[] everything = watched();
        for (ObservableValue<?> value : everything) {
            value.addListener((o, was, now) -> {
                dirty.set(true);
                validate();
            });
        }
        for (javafx.beans.Observable value : contacts.watched()) {
            value.addListener(o -> {
                dirty.set(true);
                validate();
            });
        }
        valid = Bindings.createBooleanBinding(() -> problems.values().stream().allMatch(p -> p.get().isEmpty())
                && temperatureReasonProblem.get().isEmpty() && contactsValid.get(), problemValues());
        dirty.set(false);
        validate();
    }

    private void load(Lead lead) {
        set(LeadField.TITLE, lead.title());
        set(LeadField.FIRST_NAME, lead.firstName());
        set(LeadField.LAST_NAME, lead.lastName());
        set(LeadField.COMPANY, lead.company());
        set(LeadField.EMAIL, lead.email());
        set(LeadField.PHONE, lead.phone());
        set(LeadField.LINE1, lead.address().line1());
        set(LeadField.LINE2, lead.address().line2());
        set(LeadField.CITY, lead.address().city());
        set(LeadField.REGION, lead.address().region());
        set(LeadField.POSTCODE, lead.address().postcode());
        set(LeadField.COUNTRY, lead.address().countryCode());
        set(LeadField.REFERRED_BY, lead.referredBy());
        set(LeadField.NEED_BY, lead.needBy() == null ? "" : lead.needBy().toString());
        set(LeadField.BIRTHDAY, app.ember.domain.YearlessDates.text(lead.birthday()));
        set(LeadField.ANNIVERSARY, app.ember.domain.YearlessDates.text(lead.anniversary()));
        source.set(lead.source());
        temperature.set(lead.temperature());
        sameDay.set(lead.sameDay());
        qualification.set(lead.qualification());
        priority.set(lead.priority());
        status.set(lead.status());
        stage.set(lead.stage());
        productContext.set(lead.productContext());
        firmSize.set(lead.firmSize());
        origin.set(lead.origin());
        referralKind.set(lead.referralKind());
        needByYearly.set(lead.needByYearly());
        doNotMail.set(lead.doNotMail());
    }

    private void set(LeadField field, String value) {
        text.get(field).set(value);
    }

    private ObservableValue<?>[] watched() {
        List<ObservableValue<?>> all = new ArrayList<>(text.values());
        all.addAll(List.of(source, temperatureReason, temperature, sameDay, qualification, priority, status, stage,
                productContext, firmSize, origin, referralKind, needByYearly, doNotMail));
        return all.toArray(new ObservableValue<?>[0]);
    }

    private Observable[] problemValues() {
        List<Observable> all = new ArrayList<>(problems.values());
        all.add(temperatureReasonProblem);
        all.add(contactsValid);
        return all.toArray(new Observable[0]);
    }

    /** Checks every field as it stands and sets (or clears) its message. */
    private void validate() {
        LocalDate today = LocalDate.now(services.clock());
        String country = text.get(LeadField.COUNTRY).get();
        for (LeadField field : LeadField.values()) {
            Optional<Problem> problem = LeadValidation.field(field, text.get(field).get(), country, today);
            if (problem.isEmpty() && field == LeadField.FIRST_NAME) {
                problem = LeadValidation.name(text.get(LeadField.FIRST_NAME).get(), text.get(LeadField.LAST_NAME).get(),
                        text.get(LeadField.COMPANY).get());
            }
            if (problem.isEmpty() && field == LeadField.COUNTRY) {
                problem = LeadValidation.postcodeWithoutCountry(text.get(LeadField.POSTCODE).get(), country);
            }
            problems.get(field).set(problem.map(LeadEditorViewModel::describe).orElse(""));
        }
        temperatureReasonProblem.set(temperatureChanged() && temperatureReason.get().isBlank()
                ? Messages.get("editor.reasonNeeded") : "");
        contactsValid.set(contacts.validate());
    }

    /** The further e-mails, phones and addresses, and the primary ones' labels. */
    public ContactRows contacts() {
        return contacts;
    }

    /** Makes the row's e-mail, phone or address the primary one; the primary one takes the row's place. */
    public void makePrimary(ContactRows.Row row) {
        List<LeadField> fields = switch (row.kind()) {
            case EMAIL -> List.of(LeadField.EMAIL);
            case PHONE -> List.of(LeadField.PHONE);
            case ADDRESS -> List.of(LeadField.LINE1, LeadField.LINE2, LeadField.CITY, LeadField.REGION,
                    LeadField.POSTCODE, LeadField.COUNTRY);
        };
        for (int i = 0; i < fields.size(); i++) {
            String primary = text.get(fields.get(i)).get();
            text.get(fields.get(i)).set(row.texts().get(i).get());
            row.texts().get(i).set(primary);
        }
        var label = contacts.primaryLabel(row.kind());
        var was = label.get();
        label.set(row.labelProperty().get());
        row.labelProperty().set(was);
    }

    private static String describe(Problem problem) {
        return Messages.format(problem.messageKey(), problem.arguments().toArray());
    }

    /** The clock the book asks the time of: "today" in what the view says is this one's today. */
    public java.time.Clock clock() {
        return services.clock();
    }

    /** The lead as it was when the form opened (or as last saved), or null for a new one. */
    public Lead original() {
        return original;
    }

    public boolean isNew() {
        return original == null;
    }

    /** True when an existing lead's temperature was changed in the form: then a reason is asked. */
    public boolean temperatureChanged() {
        return original != null && temperature.get() != original.temperature();
    }

    public StringProperty text(LeadField field) {
        return text.get(field);
    }

    /** The message for a field, empty when it is fine. */
    public StringProperty problem(LeadField field) {
        return problems.get(field);
    }

    public StringProperty sourceProperty() { return source; }
    public StringProperty temperatureReasonProperty() { return temperatureReason; }
    public StringProperty temperatureReasonProblemProperty() { return temperatureReasonProblem; }
    public ObjectProperty<Temperature> temperatureProperty() { return temperature; }
    public BooleanProperty sameDayProperty() { return sameDay; }
    public ObjectProperty<Qualification> qualificationProperty() { return qualification; }
    public ObjectProperty<Priority> priorityProperty() { return priority; }
    public ObjectProperty<LeadStatus> statusProperty() { return status; }
    public ObjectProperty<Stage> stageProperty() { return stage; }
    public ObjectProperty<ProductContext> productContextProperty() { return productContext; }
    public ObjectProperty<FirmSize> firmSizeProperty() { return firmSize; }
    public ObjectProperty<Origin> originProperty() { return origin; }
    public ObjectProperty<ReferralKind> referralKindProperty() { return referralKind; }
    public BooleanProperty needByYearlyProperty() { return needByYearly; }
    public BooleanProperty doNotMailProperty() { return doNotMail; }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public StringProperty saveErrorProperty() {
        return saveError;
    }

    /** The lead as the form says it; only called when the form is valid. */
    Lead toLead() {
        Lead.Builder builder = original == null ? Lead.builder() : original.toBuilder();
        return builder
                .title(text.get(LeadField.TITLE).get())
                .firstName(text.get(LeadField.FIRST_NAME).get())
                .lastName(text.get(LeadField.LAST_NAME).get())
                .company(text.get(LeadField.COMPANY).get())
                .email(text.get(LeadField.EMAIL).get())
                .phone(text.get(LeadField.PHONE).get())
                .address(new PostalAddress(text.get(LeadField.LINE1).get(), text.get(LeadField.LINE2).get(),
                        text.get(LeadField.CITY).get(), text.get(LeadField.REGION).get(),
                        text.get(LeadField.POSTCODE).get(), text.get(LeadField.COUNTRY).get()))
                .doNotMail(doNotMail.get())
                .source(source.get())
                .origin(origin.get())
                .referralKind(referralKind.get())
                .referredBy(text.get(LeadField.REFERRED_BY).get())
                .temperature(temperature.get())
                .sameDay(sameDay.get())
                .qualification(qualification.get())
                .priority(qualification.get() == Qualification.QUALIFIED ? priority.get() : null)
                .status(status.get())
                .stage(stage.get())
                .productContext(productContext.get())
                .firmSize(firmSize.get())
                .needBy(date(LeadField.NEED_BY))
                .needByYearly(needByYearly.get())
                .birthday(date(LeadField.BIRTHDAY))
                .anniversary(date(LeadField.ANNIVERSARY))
                .build();
    }

    private LocalDate date(LeadField field) {
        return LeadValidation.parseDate(text.get(field).get(), field).value();
    }

    /**
     * Saves in the background. On success the form is clean and {@code onSaved} gets the lead's id;
     * on failure the message is kept and the form keeps everything typed.
     */
    public void save(Consumer<Long> onSaved) {
        validate();
        if (!valid.get() || saving.get()) {
            return;
        }
        Lead lead = toLead();
        Contacts others = contacts.toContacts();
        String reason = temperatureReason.get().strip();
        saving.set(true);
        saveError.set("");
        background.run(() -> {
            if (original == null) {
                return others.isNone() ? services.leadBook().create(lead)
                        : services.leadBook().createWithDetails(lead, others, List.of(), "", java.util.Map.of());
            }
            services.leadBook().update(original, opened, lead, others, reason, services.who());
            return lead.id();
        }, id -> {
            saving.set(false);
            dirty.set(false);
            onSaved.accept(id);
        }, error -> {
            saving.set(false);
            if (error instanceof StaleLeadException stale) {
                // Said once, in the conflict pane above the form (the line by the buttons would repeat it).
                theirContacts = stale.theirContacts();
                conflict.set(new EditConflict(stale.theirs(), lead, stale.theirContacts(), others, stale.changedBy(),
                        stale.changedAt()));
                return;
            }
            saveError.set(Messages.format("editor.saveFailed",
                    error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()));
        });
    }

    /** The save refused because the lead changed meanwhile, with theirs and yours; null when there is none. */
    public ObjectProperty<EditConflict> conflictProperty() {
        return conflict;
    }

    /** After a conflict: saves the form as it is over theirs (the user looked at both and chose their own). */
    public void keepMine(Consumer<Long> onSaved) {
        EditConflict shown = conflict.get();
        if (shown != null) {
            original = shown.theirs();
            opened = theirContacts == null ? opened : theirContacts;
            conflict.set(null);
            saveError.set("");
            save(onSaved);
        }
    }

    /** After a conflict: fills the form with theirs, dropping what was typed; nothing is saved. */
    public void takeTheirs() {
        EditConflict shown = conflict.get();
        if (shown != null) {
            original = shown.theirs();
            load(shown.theirs());
            if (theirContacts != null) {
                opened = theirContacts;
                contacts.load(theirContacts);
            }
            conflict.set(null);
            saveError.set("");
            dirty.set(false);
        }
    }
}
