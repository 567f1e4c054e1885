package app.ember.store;

import app.ember.domain.Contacts;
import app.ember.domain.Lead;
import java.time.Instant;

/**
 * A save refused because the lead changed since it was opened (another person, another window, a touch
 * that won it): nothing was written. It carries the lead as it is now, and who changed it and when,
 * so the form can show theirs beside the user's own and let the user choose.
 */
public final class StaleLeadException extends RuntimeException {
    private final transient Lead theirs;
    private final String changedBy;
    private final transient Instant changedAt;
    private transient Contacts theirContacts;

    StaleLeadException(Lead theirs, String changedBy, Instant changedAt) {
        super("lead " + theirs.id() + " was changed" + (changedBy.isEmpty() ? "" : " by " + changedBy)
                + (changedAt == null ? "" : " at " + changedAt) + " since it was opened; nothing was saved");
        this.theirs = theirs;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** With the lead's further contacts as they are now (when the save compared them). */
    StaleLeadException withContacts(Contacts contacts) {
        this.theirContacts = contacts;
        return this;
    }

    /** The lead's further contacts as they are in the book now; null when the save did not compare them. */
    public Contacts theirContacts() {
        return theirContacts;
    }

    /** The lead as it is in the book now. */
    public Lead theirs() {
        return theirs;
    }

    /** Who made the last edit ("" when nobody is known: an edit from before names were kept, or a touch). */
    public String changedBy() {
        return changedBy;
    }

    /** When the last edit was made; null when not known. */
    public Instant changedAt() {
        return changedAt;
    }
}
