package app.ember.cli;

import app.ember.domain.LeadQuery;
import app.ember.domain.LeadStatus;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.MailSort;
import app.ember.domain.PlanWeek;
import app.ember.domain.Temperature;
import app.ember.store.MailBook;
import app.ember.store.PlanBook;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Who a mailing goes to, shared by labels, postcards and mailing-list: the list's filters (cold
 * leads only when asked), the order, households, and whether to log the postcards as sent.
 */
final class MailFilterOptions {
    @Option(names = "--temperature", split = ",", paramLabel = "T", defaultValue = "hot,warm,cool",
            description = "Only these temperatures, comma-separated (default: ${DEFAULT-VALUE}; cold only when asked).")
    private List<String> temperatures;

    @Option(names = "--status", split = ",", paramLabel = "S",
            description = "Only these statuses, comma-separated: open, won, lost, nurture (default: all).")
    private List<String> statuses = List.of();

    @Option(names = "--tag", paramLabel = "TAG", description = "Only leads with this tag.")
    private String tag;

    @Option(names = "--search", paramLabel = "TEXT", description = "Only leads matching every word, as in list.")
    private String search = "";

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "postcode",
            description = "postcode (country, then postcode, as bulk mail is bundled) or name "
                    + "(default: ${DEFAULT-VALUE}).")
    private String sort;

    @Option(names = "--plan-week", paramLabel = "WEEK", arity = "0..1", fallbackValue = "this",
            description = "Instead of the filters above: the leads whose action in that week's plan is a postcard "
                    + "or a letter (WEEK like 2026-W48; this week when given alone).")
    private String planWeek;

    @Option(names = "--merge-households",
            description = "One piece for the leads at the same address: \"Anna & Tom Smith\".")
    private boolean mergeHouseholds;

    @Option(names = "--log-sent", paramLabel = "CAMPAIGN",
            description = "After the file is written, log a postcard sent on every lead included, "
                    + "with the note \"Postcard sent: CAMPAIGN\".")
    private String campaign;

    /** The list filter; a wrong code is bad input naming its option. */
    LeadQuery query() {
        return LeadQuery.all()
                .withTemperatures(Options.codes(temperatures, Temperature::fromCode, "--temperature"))
                .withStatuses(Options.codes(statuses, LeadStatus::fromCode, "--status"))
                .withTag(tag)
                .withSearch(search);
    }

    /** The week whose postcard actions to mail, or null to mail the filter's leads. */
    PlanWeek planWeek(PlanBook plans, FollowUpPolicy policy) {
        if (planWeek == null) {
            return null;
        }
        if (planWeek.equals("this")) {
            return plans.thisWeek();
        }
        try {
            return PlanWeek.parse(planWeek, policy.weekStart());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--plan-week " + e.getMessage());
        }
    }

    MailSort sort() {
        return Options.code(sort, MailSort::fromCode, "--sort");
    }

    boolean mergeHouseholds() {
        return mergeHouseholds;
    }

    /** The campaign to log the postcards under, or null when they are not to be logged. */
    String campaign() {
        return campaign;
    }

    /** Checks every option before anything is read or written. */
    void check() {
        query();
        sort();
        if (campaign != null && campaign.strip().length() > MailBook.MAX_CAMPAIGN_LENGTH) {
            throw new BadInputException("--log-sent: the campaign name is longer than "
                    + MailBook.MAX_CAMPAIGN_LENGTH + " characters");
        }
    }
}
