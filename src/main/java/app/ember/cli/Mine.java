package app.ember.cli;

import app.ember.app.Services;

/** "Mine" on the command line: the leads assigned to the name this person's work is kept under. */
final class Mine {
    private Mine() {
    }

    /**
     * The name whose leads are "mine".
     *
     * @throws BadInputException when nobody is named (a book kept by one person, no name set)
     */
    static String name(Services services) {
        String who = services.who();
        if (who.isBlank()) {
            throw new BadInputException("no name is set for you: set one with 'ember name NAME' or give --as NAME");
        }
        return who;
    }
}
