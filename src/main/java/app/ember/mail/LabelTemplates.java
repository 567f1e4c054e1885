package app.ember.mail;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** SKELETON (helper A): the built-in templates (a data file) and the user's own (a file in the data dir). */
public final class LabelTemplates {
    private LabelTemplates() {
    }

    /** Built-ins plus the custom templates of the data dir (null: built-ins only). */
    public static LabelTemplates load(Path dataDir) {
        throw new UnsupportedOperationException("skeleton");
    }

    public List<LabelTemplate> all() {
        throw new UnsupportedOperationException("skeleton");
    }

    public List<LabelTemplate> all(LabelTemplate.Kind kind) {
        throw new UnsupportedOperationException("skeleton");
    }

    public Optional<LabelTemplate> find(String id) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Stores a custom template in the data dir (replacing one of the same id) and returns the new set. */
    public static LabelTemplates addCustom(Path dataDir, LabelTemplate template) {
        throw new UnsupportedOperationException("skeleton");
    }
}
