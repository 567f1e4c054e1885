package app.ember.ui.main;

import java.util.Locale;
import java.util.Optional;

/**
 * The screens the main window shows, one tab each; the current one is kept in {@code window.properties} by
 * its code (the lower-case words files written before this enum already hold, so they still read).
 */
public enum MainScreen {
    LEADS, WEEK, MAILING, REPORTS;

    /** The word kept in window.properties. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The screen a kept word names; empty for anything else (a file edited by hand, a screen since removed). */
    public static Optional<MainScreen> fromCode(String code) {
        for (MainScreen screen : values()) {
            if (screen.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(screen);
            }
        }
        return Optional.empty();
    }
}
