package app.ember.cli;

import app.ember.i18n.Messages;
import app.ember.mail.LabelTemplate;
import app.ember.mail.LabelTemplates;
import java.nio.file.Path;
import java.util.List;

/** Finds the sheet a mailing command names, or says in one line which sheets there are (exit 2). */
final class MailTemplates {
    private MailTemplates() {
    }

    /** The template of that id and kind, from the built-ins and the data dir's own. */
    static LabelTemplate require(Path dataDir, String id, LabelTemplate.Kind kind) {
        LabelTemplates templates = LabelTemplates.load(dataDir);
        return templates.find(id).filter(t -> t.kind() == kind)
                .orElseThrow(() -> unknown(id, Messages.get("cli.mail.kind." + kindWord(kind)), templates.all(kind)));
    }

    /** The template of that id, of any kind (the alignment page is for labels and postcards alike). */
    static LabelTemplate requireAny(Path dataDir, String id) {
        LabelTemplates templates = LabelTemplates.load(dataDir);
        return templates.find(id)
                .orElseThrow(() -> unknown(id, Messages.get("cli.mail.kind.any"), templates.all()));
    }

    /** --start counts labels of the first sheet from 1; past the sheet's last label is a slip. */
    static void checkStart(int start, LabelTemplate template) {
        if (start < 1 || start > template.perSheet()) {
            throw new BadInputException(Messages.format("cli.mail.badStart", start, template.id(),
                    template.perSheet()));
        }
    }

    private static BadInputException unknown(String id, String kind, List<LabelTemplate> known) {
        List<String> ids = known.stream().map(LabelTemplate::id).toList();
        return new BadInputException(Messages.format("cli.mail.unknownTemplate", id, kind,
                ids.isEmpty() ? Messages.get("cli.mail.noTemplates") : String.join(", ", ids)));
    }

    private static String kindWord(LabelTemplate.Kind kind) {
        return kind == LabelTemplate.Kind.LABELS ? "labels" : "postcards";
    }
}
