package app.ember.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person who may buy: who they are, how to reach them, how warm they are and where they stand.
 * The event date ({@code needBy}) may repeat yearly (an annual gala); birthday and anniversary always do.
 * Immutable; change it through {@link #toBuilder()}. An id of 0 means "not stored yet".
 *
 * @param doNotMail the lead asked not to be sent post: mailings leave it out, and no postcard or
 *                  letter is planned for it
 */
public record Lead(long id, String firstName, String lastName, String company, String email, String phone,
                   PostalAddress address, boolean doNotMail, String source, Origin origin, ReferralKind referralKind,
                   String referredBy, Temperature temperature, boolean sameDay, Qualification qualification,
                   Priority priority, LeadStatus status, Stage stage, ProductContext productContext,
                   FirmSize firmSize, LocalDate needBy, boolean needByYearly, LocalDate birthday,
                   LocalDate anniversary, Instant created, Instant updated, Instant firstContact,
                   Instant lastContact, Instant nextFollowUp, String title) {

    public Lead {
        title = Text.clean(title);
        firstName = Text.clean(firstName);
        lastName = Text.clean(lastName);
        company = Text.clean(company);
        email = Text.clean(email);
        phone = Text.clean(phone);
        address = address == null ? PostalAddress.EMPTY : address;
        source = Text.clean(source);
        origin = origin == null ? Origin.UNKNOWN : origin;
        referralKind = referralKind == null ? ReferralKind.NONE : referralKind;
        referredBy = Text.clean(referredBy);
        temperature = Objects.requireNonNull(temperature, "temperature");
        qualification = qualification == null ? Qualification.UNTRIAGED : qualification;
        status = status == null ? LeadStatus.OPEN : status;
        stage = stage == null ? Stage.UNKNOWN : stage;
        productContext = productContext == null ? ProductContext.UNKNOWN : productContext;
        firmSize = firmSize == null ? FirmSize.UNKNOWN : firmSize;
        // Only a hot lead can be "same day"; the flag means nothing on the others.
        sameDay = sameDay && temperature == Temperature.HOT;
        if (firstName.isEmpty() && lastName.isEmpty() && company.isEmpty()) {
            throw new IllegalArgumentException("name is empty; a lead needs a person's name or a company");
        }
    }

    /** The name as the user reads it: "Chloé Lefèvre"; a venue or firm with no person's name by its company. */
    public String name() {
        return name(firstName, lastName, company);
    }

    /** {@link #name()} of a lead read in parts (a report's list reads only these). */
    public static String name(String firstName, String lastName, String company) {
        String person = Text.join(" ", firstName, lastName);
        return person.isEmpty() ? Text.clean(company) : person;
    }

    /**
     * The name as a letter is addressed: "Dr Priya Sharma", the title in front of a person's name; a venue
     * or firm by its company, without.
     */
    public String formalName() {
        String person = Text.join(" ", firstName, lastName);
        return person.isEmpty() ? company : Text.join(" ", title, person);
    }

    /**
     * Same day and still waiting for the first response: what "Hot · today" means. Once answered,
     * a same-day lead is hot like any other; its next touch may be days away.
     */
    public boolean sizzling() {
        return temperature == Temperature.HOT && sameDay && firstContact == null && lastContact == null;
    }

    public int heatRank() {
        return Temperature.heatRank(temperature, sameDay);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a lead field by field; the defaults are those of a new, untriaged, open, cool lead. */
    public static final class Builder {
        private long id;
        private String firstName = "";
        private String lastName = "";
        private String company = "";
        private String email = "";
        private String phone = "";
        private PostalAddress address = PostalAddress.EMPTY;
        private boolean doNotMail;
        private String source = "";
        private Origin origin = Origin.UNKNOWN;
        private ReferralKind referralKind = ReferralKind.NONE;
        private String referredBy = "";
        private Temperature temperature = Temperature.COOL;
        private boolean sameDay;
        private Qualification qualification = Qualification.UNTRIAGED;
        private Priority priority;
        private LeadStatus status = LeadStatus.OPEN;
        private Stage stage = Stage.UNKNOWN;
        private ProductContext productContext = ProductContext.UNKNOWN;
        private FirmSize firmSize = FirmSize.UNKNOWN;
        private LocalDate needBy;
        private boolean needByYearly;
        private LocalDate birthday;
        private LocalDate anniversary;
        private Instant created;
        private Instant updated;
        private Instant firstContact;
        private Instant lastContact;
        private Instant nextFollowUp;
        private String title = "";

        private Builder() {
        }

        private Builder(Lead lead) {
            id = lead.id;
            firstName = lead.firstName;
            lastName = lead.lastName;
            company = lead.company;
            email = lead.email;
            phone = lead.phone;
            address = lead.address;
            doNotMail = lead.doNotMail;
            source = lead.source;
            origin = lead.origin;
            referralKind = lead.referralKind;
            referredBy = lead.referredBy;
            temperature = lead.temperature;
            sameDay = lead.sameDay;
            qualification = lead.qualification;
            priority = lead.priority;
            status = lead.status;
            stage = lead.stage;
            productContext = lead.productContext;
            firmSize = lead.firmSize;
            needBy = lead.needBy;
            needByYearly = lead.needByYearly;
            birthday = lead.birthday;
            anniversary = lead.anniversary;
            created = lead.created;
            updated = lead.updated;
            firstContact = lead.firstContact;
            lastContact = lead.lastContact;
            nextFollowUp = lead.nextFollowUp;
            title = lead.title;
        }

        public Builder id(long value) { id = value; return this; }
        public Builder firstName(String value) { firstName = value; return this; }
        public Builder lastName(String value) { lastName = value; return this; }
        public Builder company(String value) { company = value; return this; }
        public Builder email(String value) { email = value; return this; }
        public Builder phone(String value) { phone = value; return this; }
        public Builder address(PostalAddress value) { address = value; return this; }
        public Builder doNotMail(boolean value) { doNotMail = value; return this; }
        public Builder source(String value) { source = value; return this; }
        public Builder origin(Origin value) { origin = value; return this; }
        public Builder referralKind(ReferralKind value) { referralKind = value; return this; }
        public Builder referredBy(String value) { referredBy = value; return this; }
        public Builder temperature(Temperature value) { temperature = value; return this; }
        public Builder sameDay(boolean value) { sameDay = value; return this; }
        public Builder qualification(Qualification value) { qualification = value; return this; }
        public Builder priority(Priority value) { priority = value; return this; }
        public Builder status(LeadStatus value) { status = value; return this; }
        public Builder stage(Stage value) { stage = value; return this; }
        public Builder productContext(ProductContext value) { productContext = value; return this; }
        public Builder firmSize(FirmSize value) { firmSize = value; return this; }
        public Builder needBy(LocalDate value) { needBy = value; return this; }
        public Builder needByYearly(boolean value) { needByYearly = value; return this; }
        public Builder birthday(LocalDate value) { birthday = value; return this; }
        public Builder anniversary(LocalDate value) { anniversary = value; return this; }
        public Builder created(Instant value) { created = value; return this; }
        public Builder updated(Instant value) { updated = value; return this; }
        public Builder firstContact(Instant value) { firstContact = value; return this; }
        public Builder lastContact(Instant value) { lastContact = value; return this; }
        public Builder nextFollowUp(Instant value) { nextFollowUp = value; return this; }
        /** A title in front of the name (Dr, Mrs, Prof.): printed on labels, not part of the first name. */
        public Builder title(String value) { title = value; return this; }

        public Lead build() {
            return new Lead(id, firstName, lastName, company, email, phone, address, doNotMail, source, origin,
                    referralKind, referredBy, temperature, sameDay, qualification, priority, status, stage,
                    productContext, firmSize, needBy, needByYearly, birthday, anniversary, created, updated, firstContact,
                    lastContact, nextFollowUp, title);
        }
    }
}
