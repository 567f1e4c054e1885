package app.ember.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The text the user reads, from app/ember/i18n/messages*.properties: a translation is one more file. */
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

    public static String format(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString(key), BUNDLE.getLocale()).format(arguments);
    }
}
