package app.ember.ui.common;

/** A deletion that can be taken back, with the words the status line shows for it. */
public record Undo(String message, Runnable action) {
}
