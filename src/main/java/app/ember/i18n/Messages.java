package app.ember.i18n;

import app.ember.domain.Advice;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The text the user reads, from app/ember/i18n/messages*.properties: a translation is one more file.
 * Shared by the window and the command line; it holds no JavaFX.
 */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("app.ember.i18n.messages", Locale.getDefault());

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

    public static String format(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString(key), BUNDLE.getLocale()).format(arguments);
    }
}
