package app.ember.domain;

import java.time.Instant;
import java.time.LocalDate;

/** What one line of the lead list shows: a narrow slice of a lead, read a page at a time. */
public record LeadRow(long id, String name, String company, Temperature temperature, boolean sameDay,
                     LeadStatus status, String email, String phone, String city, String countryCode,
                     LocalDate needBy, Instant created, Instant firstContact, Instant lastContact,
                     Instant nextFollowUp) {

    /** Same day and still waiting for the first response: what "Hot · today" means (see {@link Lead#sizzling}). */
    public boolean sizzling() {
        return temperature == Temperature.HOT && sameDay && firstContact == null && lastContact == null;
    }
}
