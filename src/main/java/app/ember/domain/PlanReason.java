package app.ember.domain;

import java.time.Duration;
import java.time.LocalDate;

/**
 * Why an action is in the plan, as facts; the words ("event in 12 days", "birthday on Thursday")
 * are made from these by the messages bundle, so the reason reads in the user's language.
 *
 * @param amount how long until or since (first response, overdue), or null
 * @param date   the day of a birthday, anniversary or event, or null
 * @param days   days until an event, or the cadence in days
 */
public record PlanReason(Kind kind, Duration amount, LocalDate date, int days, String who, ReferralKind referral) {

    public enum Kind {
        /** A same-day ("sizzling") hot lead nobody has answered yet: before the day ends. */
        SAME_DAY,
        FIRST_RESPONSE_DUE,
        FIRST_RESPONSE_OVERDUE,
        NEW_REFERRAL,
        BACK_FROM_NURTURE,
        EVENT_SOON,
        EVENT_ON,
        BIRTHDAY,
        ANNIVERSARY,
        QUOTE_REQUESTED,
        OVERDUE,
        CADENCE
    }

    public static PlanReason of(Kind kind) {
        return new PlanReason(kind, null, null, 0, "", ReferralKind.NONE);
    }

    public static PlanReason after(Kind kind, Duration amount) {
        return new PlanReason(kind, amount, null, 0, "", ReferralKind.NONE);
    }

    public static PlanReason on(Kind kind, LocalDate date) {
        return new PlanReason(kind, null, date, 0, "", ReferralKind.NONE);
    }

    public static PlanReason days(Kind kind, int days) {
        return new PlanReason(kind, null, null, days, "", ReferralKind.NONE);
    }

    public static PlanReason referral(String who, ReferralKind kind) {
        return new PlanReason(Kind.NEW_REFERRAL, null, null, 0, who == null ? "" : who, kind);
    }
}
