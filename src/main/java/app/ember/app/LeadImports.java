package app.ember.app;

import app.ember.domain.ColumnMapping;
import app.ember.domain.DuplicatePolicy;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.ImportPlan;
import app.ember.domain.ImportSummary;
import app.ember.domain.LeadImport;
import app.ember.domain.Problem;
import app.ember.domain.Table;
import app.ember.i18n.Messages;
import app.ember.store.BookKeys;
import app.ember.store.Database;
import app.ember.store.ImportBook;
import java.time.Clock;
import java.util.MissingResourceException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * An import, the same for the {@code import} command and the wizard: the rows of a table read with a
 * column mapping (and the history beside them), checked, matched against the book's leads, and then
 * written all or nothing. Which file and sheet, and how the plan is shown, are each face's own; the
 * reading of a file format is {@code io.TableFiles}' and the write {@link ImportBook}'s.
 */
public final class LeadImports {
    private final Database database;
    private final Clock clock;
    private final Supplier<FollowUpPolicy> policy;
    private final Supplier<String> homeCountry;

    LeadImports(Database database, Clock clock, Supplier<FollowUpPolicy> policy, Supplier<String> homeCountry) {
        this.database = database;
        this.clock = clock;
        this.policy = policy;
        this.homeCountry = homeCountry;
    }

    /** The user's own country (the return address's), the default for rows that name none; "" when not set. */
    public String homeCountry() {
        return homeCountry.get();
    }

    /**
     * What importing would do, row by row: each row read with {@code columns} (problems in the user's
     * words), its touches from {@code history} (null for none, its columns guessed), and each matched
     * against the book under {@code duplicates}. Reads the book, changes nothing.
     *
     * @param defaultCountry the ISO code for rows without a country; "" for none
     */
    public ImportPlan plan(Table leads, ColumnMapping columns, Table history, String defaultCountry,
                           DuplicatePolicy duplicates) {
        return book().plan(read(leads, columns, history, defaultCountry), duplicates);
    }

    private LeadImport.Result read(Table leads, ColumnMapping columns, Table history, String defaultCountry) {
        return new LeadImport(clock.instant(), clock.getZone())
                .describing(LeadImports::words)
                .defaultCountry(defaultCountry)
                .read(leads, columns, history, history == null ? null : ColumnMapping.guessHistory(history));
    }

    /** The plans of one wizard, which share what they read of the book. */
    public Previews previews() {
        return new Previews();
    }

    /**
     * One wizard's plans. Each change the user makes plans the file again; the book's duplicate keys (one to three
     * seconds at 100,000 leads on a 2-core machine) are read once, ahead of the first plan ({@link #prepare}),
     * and reused. While the wizard is open (window-modal) nobody else changes a book file: only the wizard's own
     * import, after which they are read again. A shared book's other users may, so there the keys are checked
     * against the book (one pass over the leads, {@link ImportBook#fresh}) when a minute old. Whatever the
     * keys, the write matches the rows against the book as it is then ({@link ImportBook#run}).
     * Safe to call from several background threads: a plan waits for keys being read.
     */
    public final class Previews {
        private static final long CHECK_AFTER_NANOS = 60_000_000_000L;
        private BookKeys keys;
        private long readAt;

        private Previews() {
        }

        /**
         * Reads the book's keys and what reading rows needs on first use (country names in every language,
         * phone metadata), while the user is still choosing a file.
         */
        public void prepare() {
            keys();
            LeadImport.prepare(homeCountry.get());
        }

        /** As {@link LeadImports#plan}, against the keys read before. */
        public ImportPlan plan(Table leads, ColumnMapping columns, Table history, String defaultCountry,
                               DuplicatePolicy duplicates) {
            LeadImport.Result read = read(leads, columns, history, defaultCountry);
            return book().plan(read, duplicates, keys());
        }

        /** As {@link LeadImports#run}; the keys are read again for the plans after it. */
        public ImportSummary run(ImportPlan plan, ImportBook.Progress progress, BooleanSupplier cancelled) {
            try {
                return LeadImports.this.run(plan, progress, cancelled);
            } finally {
                forget();
            }
        }

        private synchronized void forget() {
            keys = null;
        }

        private synchronized BookKeys keys() {
            long now = System.nanoTime();
            if (keys == null) {
                keys = book().keys();
                readAt = now;
            } else if (database.isServer() && now - readAt > CHECK_AFTER_NANOS) {
                keys = book().fresh(keys);
                readAt = now;
            }
            return keys;
        }
    }

    /** Writes the plan in one transaction; cancelled or failed, the book is as it was. */
    public ImportSummary run(ImportPlan plan, ImportBook.Progress progress, BooleanSupplier cancelled) {
        return book().run(plan, progress, cancelled);
    }

    /** A problem in the user's words (the key and its values when the bundle has no words for it). */
    public static String words(Problem problem) {
        try {
            return Messages.format(problem.messageKey(), problem.arguments().toArray());
        } catch (MissingResourceException e) {
            return problem.messageKey() + " " + problem.arguments();
        }
    }

    private ImportBook book() {
        return new ImportBook(database, clock, policy);
    }
}
