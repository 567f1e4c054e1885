package app.ember.io;

import app.ember.domain.Recipient;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** SKELETON (helper A): the mail-merge CSV (FirstName, LastName, Company, Address1, Address2, City, State, PostalCode, Country). */
public final class MailingCsv {
    private MailingCsv() {
    }

    public static void write(List<Recipient> recipients, Path file) throws IOException {
        throw new UnsupportedOperationException("skeleton");
    }
}
