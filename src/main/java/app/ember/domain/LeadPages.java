package app.ember.domain;

import java.io.IOException;
import java.util.List;

/**
 * Every lead of a book with its touches, notes, preferences and tags, a page at a time in id order:
 * what an export reads. The store provides it; the file formats take it without knowing the store.
 */
public interface LeadPages {
    /** How many leads the pages hold. */
    int count();

    /**
     * The most further e-mails, phones and addresses any lead has, in that order: the columns an export
     * needs for them ("E-mail 2", "E-mail 3"...).
     */
    int[] mostContacts();

    /** Calls the sink with every page of leads in id order. */
    void forEachPage(PageSink sink) throws IOException;

    /** Given each page of leads, by id. */
    @FunctionalInterface
    interface PageSink {
        void accept(List<LeadDetails> page) throws IOException;
    }
}
