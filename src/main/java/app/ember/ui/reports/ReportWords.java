package app.ember.ui.reports;

import app.ember.domain.report.ChannelEffect;

/** Small words the tab's cells share. */
final class ReportWords {
    private ReportWords() {
    }

    /** "67 %", or a dash when there is nothing to divide. */
    static String percent(Double rate) {
        return rate == null ? "–" : Math.round(rate * 100) + " %";
    }

    /** "1", "2", "3", "4+". */
    static String attempt(int attempt) {
        return attempt == ChannelEffect.LAST_ATTEMPT ? "4+" : Integer.toString(attempt);
    }
}
