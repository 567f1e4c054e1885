package app.ember.ui.common;

import app.ember.i18n.Messages;
import app.ember.domain.Channel;
import app.ember.domain.Outcome;

/** Icons and words for channels and outcomes. */
public final class ChannelLook {
    private ChannelLook() {
    }

    public static String iconCode(Channel channel) {
        return switch (channel) {
            case CALL -> "mdi2p-phone";
            case VOICEMAIL -> "mdi2v-voicemail";
            case EMAIL -> "mdi2e-email-outline";
            case POSTCARD -> "mdi2c-card-text-outline";
            case LETTER -> "mdi2m-mailbox-outline";
            case TEXT -> "mdi2m-message-text-outline";
            case MEETING -> "mdi2a-account-group-outline";
            case VISIT -> "mdi2h-home-outline";
            case SOCIAL -> "mdi2f-forum-outline";
        };
    }

    public static String word(Channel channel) {
        return Messages.get("channel." + channel.code());
    }

    public static String word(Outcome outcome) {
        return Messages.get("outcome." + outcome.code());
    }
}
