package app.ember.ui.common;

/** Help → Keyboard shortcuts: every key of the key table, grouped by where it works. */
public final class Shortcuts {
    private Shortcuts() {
    }

    /** One block per scope, a title and one "key<TAB>what it does" line per action. */
    public static String text() {
        StringBuilder text = new StringBuilder();
        for (AppAction.Scope scope : AppAction.Scope.values()) {
            text.append(scope.title()).append('\n');
            for (AppAction action : AppAction.values()) {
                if (action.scope() == scope && action.accelerator() != null) {
                    text.append(action.keyText()).append('\t').append(action.text()).append('\n');
                }
            }
            text.append('\n');
        }
        return text.toString().strip();
    }
}
