package app.ember.ui.editor;

import app.ember.domain.Coded;
import app.ember.domain.Lead;
import app.ember.i18n.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A save refused because someone changed the lead meanwhile: the lead as it is now (theirs), the form
 * as the user left it (yours), who changed it and when, and the fields where the two differ, each with
 * both values, for the form to show side by side. Nothing is merged behind the user's back.
 */
public record EditConflict(Lead theirs, Lead yours, String changedBy, Instant changedAt) {
    /** One field that differs: its label and both values as the form shows them. */
    public record Row(String field, String theirs, String yours) {
    }

    /** @param words the bundle's prefix for a choice's word ("status."), or "" for text */
    private record Field(String key, Function<Lead, Object> value, String words) {
        Field(String key, Function<Lead, Object> value) {
            this(key, value, "");
        }
    }

    private static final List<Field> FIELDS = List.of(
            new Field("editor.firstName", Lead::firstName), new Field("editor.lastName", Lead::lastName),
            new Field("editor.company", Lead::company), new Field("editor.email", Lead::email),
            new Field("editor.phone", Lead::phone), new Field("editor.line1", l -> l.address().line1()),
            new Field("editor.line2", l -> l.address().line2()), new Field("editor.city", l -> l.address().city()),
            new Field("editor.region", l -> l.address().region()),
            new Field("editor.postcode", l -> l.address().postcode()),
            new Field("editor.country", l -> l.address().countryCode()),
            new Field("editor.temperature", Lead::temperature, "temperature."), new Field("editor.sameDay", Lead::sameDay),
            new Field("editor.status", Lead::status, "status."), new Field("editor.stage", Lead::stage, "stage."),
            new Field("editor.qualification", Lead::qualification, "qualification."), new Field("editor.priority", Lead::priority, "priority."),
            new Field("editor.productContext", Lead::productContext, "productContext."), new Field("editor.firmSize", Lead::firmSize, "firmSize."),
            new Field("editor.source", Lead::source), new Field("editor.originKind", Lead::origin, "origin."),
            new Field("editor.referralKind", Lead::referralKind, "referralKind."), new Field("editor.referredBy", Lead::referredBy),
            new Field("editor.needBy", Lead::needBy), new Field("editor.needByYearly", Lead::needByYearly),
            new Field("editor.birthday", Lead::birthday), new Field("editor.anniversary", Lead::anniversary),
            new Field("mailsel.editor.doNotMail", Lead::doNotMail));

    /** The fields where theirs and yours differ, in the form's order. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Field field : FIELDS) {
            Object mine = field.value().apply(yours);
            Object other = field.value().apply(theirs);
            if (!Objects.equals(mine, other)) {
                rows.add(new Row(Messages.get(field.key()), shown(other, field.words()), shown(mine, field.words())));
            }
        }
        return rows;
    }

    private static String shown(Object value, String words) {
        if (value == null || "".equals(value)) {
            return Messages.get("editor.none");
        }
        if (value instanceof Boolean yes) {
            return Messages.get(yes ? "conflict.yes" : "conflict.no");
        }
        if (value instanceof Coded coded) {
            String key = words + coded.code();
            return Messages.bundle().containsKey(key) ? Messages.get(key) : coded.code();
        }
        return value.toString();
    }
}
