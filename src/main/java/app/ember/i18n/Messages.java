package app.ember.i18n;

import app.ember.domain.Advice;
import app.ember.domain.PlanReason;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.StringJoiner;

/**
 * The text the user reads, from app/ember/i18n/messages*.properties: a translation is one more file.
 * Shared by the window and the command line; it holds no JavaFX.
 */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("app.ember.i18n.messages", Locale.getDefault());
    /** The bundle's language (the base bundle is English): day names must read in the words around them. */
    private static final Locale LANGUAGE = BUNDLE.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : BUNDLE.getLocale();
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", LANGUAGE);

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }

    public static String get(String key) {
        return BUNDLE.getString(key);
    }

    /** Ember's temperature advice in words, e.g. "Event in 12 days". */
    public static String advice(Advice advice) {
        if (advice.reasonKey().equals("advice.referral") && String.valueOf(advice.arguments().get(0)).isBlank()) {
            return format("advice.referralNoName", get("referral." + advice.arguments().get(1)));
        }
        if (advice.reasonKey().equals("advice.referral")) {
            return format("advice.referral", advice.arguments().get(0), get("referral." + advice.arguments().get(1)));
        }
        return format(advice.reasonKey(), advice.arguments().toArray());
    }

    /** "60 leads" in a backup, or that the count is unknown (a backup older than the count). */
    public static String leadsInBackup(int leads) {
        return leads < 0 ? get("restore.unknownLeads") : format("restore.leads", leads);
    }

    /** Why an action is in the plan, all its reasons: "event in 12 days · birthday on Thursday". */
    public static String planReasons(List<PlanReason> reasons) {
        StringJoiner text = new StringJoiner(" · ");
        for (PlanReason reason : reasons) {
            text.add(planReason(reason));
        }
        return text.toString();
    }

    public static String planReason(PlanReason reason) {
        String key = "plan.reason." + reason.kind().name().toLowerCase(Locale.ROOT);
        return switch (reason.kind()) {
            case SAME_DAY, FIRST_RESPONSE_DUE, FIRST_RESPONSE_OVERDUE, OVERDUE -> format(key, amount(reason.amount()));
            case NEW_REFERRAL -> reason.who().isBlank()
                    ? format(key + "NoName", get("referral." + reason.referral().code()))
                    : format(key, reason.who(), get("referral." + reason.referral().code()));
            case EVENT_SOON, CADENCE -> format(key, reason.days());
            case EVENT_ON, BIRTHDAY, ANNIVERSARY -> format(key, WEEKDAY.format(reason.date()));
            case BACK_FROM_NURTURE, QUOTE_REQUESTED -> get(key);
        };
    }

    /** "40 min", "5 h", "3 days": how long, as roughly as a person would say it. */
    public static String amount(Duration duration) {
        long minutes = Math.max(1, duration.toMinutes());
        if (minutes < 60) {
            return format("plan.amount.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return format("plan.amount.hours", minutes / 60);
        }
        return format("plan.amount.days", minutes / (24 * 60));
    }

    public static String format(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString(key), BUNDLE.getLocale()).format(arguments);
    }
}
