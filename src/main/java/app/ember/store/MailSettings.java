package app.ember.store;

import app.ember.mail.Sender;

/** TEMPORARY for the UI branch: replaced by the selection branch's own. */
public record MailSettings(Sender sender, double offsetX, double offsetY) {
}
