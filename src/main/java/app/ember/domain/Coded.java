package app.ember.domain;

import java.util.Locale;

/** An enum that is written in files, JSON and on the command line as its lower-case name. */
public interface Coded {
    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
