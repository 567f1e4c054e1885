package app.ember.store;

import app.ember.domain.LeadQuery;
import app.ember.domain.MailSort;
import app.ember.domain.MailingSelection;
import app.ember.domain.PlanWeek;
import app.ember.domain.Temperature;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** TEMPORARY for the UI branch: replaced by the selection branch's own. */
public final class MailBook {
    public MailSettings settings() { throw new UnsupportedOperationException(); }
    public void saveSettings(MailSettings settings) { throw new UnsupportedOperationException(); }
    public MailingSelection select(LeadQuery query, boolean merge, MailSort sort) { throw new UnsupportedOperationException(); }
    public MailingSelection select(List<Long> ids, boolean merge, MailSort sort) { throw new UnsupportedOperationException(); }
    public MailingSelection selectByTemperature(Set<Temperature> t, boolean merge, MailSort sort) { throw new UnsupportedOperationException(); }
    public MailingSelection selectPlanPostcards(PlanWeek week, boolean merge, MailSort sort) { throw new UnsupportedOperationException(); }
    public void logSent(Collection<Long> ids, String campaign, Instant at) { throw new UnsupportedOperationException(); }
}
