package app.ember.store;

import app.ember.domain.Lead;
import app.ember.domain.Temperature;
import java.time.Instant;

/** Small builders for store tests. */
final class TestLeads {
    static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private TestLeads() {
    }

    static Lead lead(String first, String last, Temperature temperature, boolean sameDay, Instant next) {
        return Lead.builder().firstName(first).lastName(last).temperature(temperature).sameDay(sameDay)
                .created(T0).updated(T0).nextFollowUp(next).build();
    }
}
