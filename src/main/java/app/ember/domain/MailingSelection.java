package app.ember.domain;

import java.util.List;

/** Who a mailing goes to and who it leaves out (with why). */
public record MailingSelection(List<Recipient> included, List<LeftOut> leftOut) {
    public MailingSelection {
        included = List.copyOf(included);
        leftOut = List.copyOf(leftOut);
    }

    /**
     * SKELETON (helper B implements): leads without a complete address for their country or marked
     * do-not-mail are left out with the reason; with {@code mergeHouseholds} leads at the same address
     * become one piece with both names; the pieces in {@code sort} order.
     */
    public static MailingSelection of(List<Lead> leads, boolean mergeHouseholds, MailSort sort) {
        throw new UnsupportedOperationException("skeleton");
    }
}
