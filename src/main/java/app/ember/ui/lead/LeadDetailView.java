package app.ember.ui.lead;

import app.ember.domain.Advice;
import app.ember.domain.AddressFormat;
import app.ember.domain.Contacts;
import app.ember.domain.Interaction;
import app.ember.domain.Labelled;
import app.ember.domain.Lead;
import app.ember.domain.LeadDetails;
import app.ember.domain.PostalAddress;
import app.ember.domain.ReferralKind;
import app.ember.domain.TemperatureChange;
import app.ember.domain.Text;
import app.ember.ui.common.ChannelLook;
import app.ember.ui.common.Formats;
import app.ember.i18n.Messages;
import app.ember.ui.common.DialogService;
import app.ember.ui.common.TemperatureLook;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The lead beside the list: who, how to reach them, what they prefer and what happened lately. */
public final class LeadDetailView {
    private final LeadDetailViewModel model;
    private final Clock clock;
    private final DetailForms forms;
    private final AssignMenu assignMenu;
    private Consumer<LeadDetails> onEdit = details -> { };

    @FXML private Label emptyLabel;
    @FXML private Button editButton;
    @FXML private HBox adviceBox;
    @FXML private Label adviceLabel;
    @FXML private ScrollPane scroll;
    @FXML private VBox content;
    @FXML private javafx.scene.control.TabPane tabs;
    @FXML private javafx.scene.control.Tab timelineTab;
    @FXML private Label nameLabel;
    @FXML private Label companyLabel;
    @FXML private HBox badges;
    @FXML private VBox sections;

    public LeadDetailView(LeadDetailViewModel model, Clock clock, DialogService dialogs) {
        this.model = model;
        this.clock = clock;
        this.forms = new DetailForms(model, clock);
        this.assignMenu = new AssignMenu(model, dialogs);
    }

    /** Puts the timeline (its own view) in the second tab. */
    public void setTimeline(Node timeline) {
        timelineTab.setContent(timeline);
    }

    /** Brings the timeline tab to the front (after logging a touch, for instance). */
    public void showTimeline() {
        tabs.getSelectionModel().select(timelineTab);
    }

    /** What the Edit button does: the main window opens the form. */
    public void setOnEdit(Consumer<LeadDetails> action) {
        onEdit = action;
    }

    @FXML
    private void initialize() {
        model.detailsProperty().addListener((o, was, now) -> show(now));
        model.adviceProperty().addListener((o, was, now) -> showAdvice(now));
        show(model.detailsProperty().get());
    }

    @FXML
    private void edit() {
        if (model.detailsProperty().get() != null) {
            onEdit.accept(model.detailsProperty().get());
        }
    }

    @FXML
    private void acceptAdvice() {
        model.acceptAdvice();
    }

    @FXML
    private void dismissAdvice() {
        model.dismissAdvice();
    }

    private void showAdvice(Advice advice) {
        adviceBox.setVisible(advice != null);
        adviceBox.setManaged(advice != null);
        if (advice != null) {
            adviceLabel.setText(Messages.format("advice.suggestion", TemperatureLook.word(advice.suggested(), false),
                    Messages.advice(advice)));
        }
    }

    private void show(LeadDetails details) {
        content.setVisible(details != null);
        emptyLabel.setVisible(details == null);
        if (details == null) {
            return;
        }
        Lead lead = details.lead();
        nameLabel.setText(lead.formalName());
        companyLabel.setText(lead.company());
        companyLabel.setManaged(!lead.company().isEmpty());
        Label status = new Label(Messages.get("status." + lead.status().code()));
        status.getStyleClass().addAll("status-chip", "status-" + lead.status().code());
        badges.getChildren().setAll(TemperatureLook.chip(lead.temperature(), lead.sizzling()), status);
        boolean sameLead = shownId == lead.id();
        double keep = scroll.getVvalue();
        shownId = lead.id();
        sections.getChildren().setAll(followUp(lead), contact(lead, details.contacts()), triage(lead));
        addIfAny(dates(lead));
        sections.getChildren().addAll(section("detail.preferences", forms.preferences(details.preferences())),
                section("detail.tags", forms.tags(details.tags())),
                section("detail.notes", forms.notes(details.notes())));
        addIfAny(interactions(details.interactions()));
        addIfAny(temperatureHistory(details.temperatureChanges()));
        // After an edit of the same lead the pane stays where the user was working; a new lead starts at the top.
        scroll.setVvalue(sameLead ? keep : 0);
    }

    private long shownId = -1;

    private Node triage(Lead lead) {
        Facts facts = new Facts();
        facts.add("detail.stage", Messages.get("stage." + lead.stage().code()));
        facts.add("detail.qualification", Messages.get("qualification." + lead.qualification().code())
                + (lead.priority() == null ? "" : " · " + Messages.format("detail.priorityValue",
                        Messages.get("priority." + lead.priority().code()))));
        facts.add("detail.productContext", Messages.get("productContext." + lead.productContext().code()));
        facts.add("detail.firmSize", Messages.get("firmSize." + lead.firmSize().code()));
        facts.add("detail.origin", Messages.get("origin." + lead.origin().code()));
        return section("detail.triage", facts.grid());
    }

    private void addIfAny(Node section) {
        if (section != null) {
            sections.getChildren().add(section);
        }
    }

    private Node followUp(Lead lead) {
        Facts facts = new Facts();
        Label due = facts.add("detail.nextFollowUp", Formats.due(lead.nextFollowUp(), clock));
        if (Formats.isOverdue(lead.nextFollowUp(), clock)) {
            due.getStyleClass().add("overdue");
        }
        facts.add("detail.lastContact", Formats.ago(lead.lastContact(), clock));
        facts.add("detail.arrived", Text.join(" · ", Formats.dateTime(lead.created(), clock), lead.source()));
        if (lead.referralKind() != ReferralKind.NONE) {
            facts.add("detail.referredBy", Messages.format("detail.referral", lead.referredBy(),
                    Messages.get("referral." + lead.referralKind().code())));
        }
        // Whose lead it is sits with when it is due: together they say whose "This week" it is in.
        return section("detail.followUp", new VBox(8, facts.grid(), assignMenu.line(model.assigneeProperty().get())));
    }

    /** Every e-mail, phone and address with its label; when there are several, the primary says so. */
    private Node contact(Lead lead, Contacts contacts) {
        Facts facts = new Facts();
        labelled(facts, "detail.email", contacts.allEmails(lead), text -> text);
        labelled(facts, "detail.phone", contacts.allPhones(lead), text -> text);
        labelled(facts, "detail.address", contacts.allAddresses(lead), LeadDetailView::address);
        if (lead.doNotMail()) {
            facts.add("mailsel.detail.post", Messages.get("mailsel.detail.doNotMail"));
        }
        return section("detail.contact", facts.grid());
    }

    private static <T> void labelled(Facts facts, String key, List<Labelled<T>> all,
                                     java.util.function.Function<T, String> shown) {
        if (all.isEmpty()) {
            facts.add(key, Messages.get("detail.missing"));
            return;
        }
        for (int i = 0; i < all.size(); i++) {
            Labelled<T> each = all.get(i);
            String label = Messages.get("contactLabel." + each.label().code());
            // One alone and labelled "other" says nothing more than its kind.
            String name = all.size() == 1 && each.label() == app.ember.domain.ContactLabel.OTHER ? Messages.get(key)
                    : all.size() > 1 && i == 0 ? Messages.format("detail.labelledPrimary", Messages.get(key), label)
                    : Messages.format("detail.labelled", Messages.get(key), label);
            facts.addRaw(name, shown.apply(each.value()));
        }
    }

    /** The address in its country's line order, with the country named. */
    private static String address(PostalAddress address) {
        if (address.isEmpty()) {
            return Messages.get("detail.missing");
        }
        return String.join("\n", AddressFormat.lines(address, null));
    }

    private Node dates(Lead lead) {
        if (lead.needBy() == null && lead.birthday() == null && lead.anniversary() == null) {
            return null;
        }
        Facts facts = new Facts();
        if (lead.needBy() != null) {
            String when = Messages.format("detail.dayAndDistance", Formats.date(lead.needBy()),
                    Formats.dayFromNow(lead.needBy(), clock));
            facts.add("detail.needBy", lead.needByYearly() ? Messages.format("detail.yearly", when) : when);
        }
        if (lead.birthday() != null) {
            facts.add("detail.birthday", Formats.date(lead.birthday()));
        }
        if (lead.anniversary() != null) {
            facts.add("detail.anniversary", Formats.date(lead.anniversary()));
        }
        return section("detail.dates", facts.grid());
    }

    private Node interactions(List<Interaction> interactions) {
        if (interactions.isEmpty()) {
            return section("detail.recent", new Label(Messages.get("detail.noContact")));
        }
        VBox list = new VBox(8);
        for (Interaction i : interactions) {
            String heading = Text.join(" · ", Formats.dateTime(i.at(), clock), ChannelLook.word(i.channel()),
                    ChannelLook.word(i.outcome()), Messages.format("detail.minutes", i.minutes()));
            list.getChildren().add(entry(ChannelLook.iconCode(i.channel()), heading, i.note()));
        }
        return section("detail.recent", list);
    }

    private Node temperatureHistory(List<TemperatureChange> changes) {
        if (changes.isEmpty()) {
            return null;
        }
        VBox list = new VBox(8);
        for (TemperatureChange change : changes) {
            String move = change.from() == null ? TemperatureLook.word(change.to(), false)
                    : TemperatureLook.word(change.from(), false) + " → " + TemperatureLook.word(change.to(), false);
            list.getChildren().add(entry(TemperatureLook.iconCode(change.to(), false),
                    Formats.dateTime(change.at(), clock) + " · " + move, change.reason()));
        }
        return section("detail.temperatureHistory", list);
    }

    static Node entry(String iconCode, String heading, String body) {
        Label head = new Label(heading);
        head.setWrapText(true);
        head.getStyleClass().add("entry-heading");
        VBox text = new VBox(2, head);
        if (body != null && !body.isBlank()) {
            Label bodyLabel = new Label(body);
            bodyLabel.setWrapText(true);
            bodyLabel.getStyleClass().add("entry-body");
            text.getChildren().add(bodyLabel);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10);
        if (iconCode != null) {
            FontIcon icon = new FontIcon(iconCode);
            icon.getStyleClass().add("entry-icon");
            row.getChildren().add(icon);
        }
        row.getChildren().add(text);
        row.getStyleClass().add("entry");
        return row;
    }

    private static Node section(String titleKey, Node body) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("section-title");
        VBox box = new VBox(8, title, body);
        box.getStyleClass().add("detail-section");
        return box;
    }

    /** Label and value rows in two aligned columns. */
    private static final class Facts {
        private final GridPane grid = new GridPane();
        private int row;

        Facts() {
            grid.setHgap(14);
            grid.setVgap(6);
            grid.getStyleClass().add("facts");
        }

        Label add(String labelKey, String value) {
            return addRaw(Messages.get(labelKey), value);
        }

        Label addRaw(String label, String value) {
            Label name = new Label(label);
            name.getStyleClass().add("fact-label");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(value);
            text.setWrapText(true);
            text.getStyleClass().add("fact-value");
            grid.addRow(row++, name, text);
            return text;
        }

        GridPane grid() {
            return grid;
        }
    }
}
