package app.ember.domain.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Is the follow-up working? One period's figures, as the Reports screen, the PDF and the
 * {@code report} command show them.
 *
 * @param budgetMinutes      the session budget over the period (weekly minutes times its weeks)
 * @param neverContacted     open leads without a single touch, oldest first (perhaps only the first ones:
 *                           {@code neverContactedCount} has them all)
 * @param openLeads          every open lead, the share's denominator
 * @param neglected          open leads whose follow-up is overdue by more than one cadence, longest overdue
 *                           first (perhaps only the first ones: see {@code neglectedCount})
 * @param channelEffects     our outgoing touches in the period by channel, temperature and attempt
 * @param bySource           leads that arrived in the period, by source ("" for none)
 * @param byArrivalTemperature leads that arrived in the period, by the temperature they arrived with (its code)
 */
public record Report(ReportPeriod period, Instant madeAt, int budgetMinutes, Activity activity, Activity previous,
                     FirstResponse firstResponse, List<ReportLead> neverContacted, int neverContactedCount,
                     int openLeads, List<ReportLead> neglected, int neglectedCount,
                     List<ChannelEffect> channelEffects, List<Conversion> bySource,
                     List<Conversion> byArrivalTemperature, Movement movement) {
    public Report {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(madeAt, "madeAt");
        neverContacted = List.copyOf(neverContacted);
        neglected = List.copyOf(neglected);
        channelEffects = List.copyOf(channelEffects);
        bySource = List.copyOf(bySource);
        byArrivalTemperature = List.copyOf(byArrivalTemperature);
    }

    /** The share of open leads never contacted (the sources' "71 % never followed up"); 0 with no open lead. */
    public double neverContactedShare() {
        return openLeads == 0 ? 0 : (double) neverContactedCount / openLeads;
    }

    /** The minutes spent against the budget, as a share; 0 with no budget. */
    public double budgetUsed() {
        return budgetMinutes == 0 ? 0 : (double) activity.minutes() / budgetMinutes;
    }
}
