package app.ember.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * File names from the command line. Java spells file names in the system's language setting (its
 * {@code sun.jnu.encoding}, from LANG or LC_ALL): under {@code LANG=C} that is ASCII, so "Données" reaches
 * Ember as "Donn??es" and names no file at all. That cannot be mended from inside Ember (the letters are
 * gone before it starts), so it is said in words that tell what to do.
 */
final class FileNames {
    private FileNames() {
    }

    /** The path, or a conversion error picocli reports as bad input (exit 2) naming the option. */
    static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException(unusable("'" + text + "'"));
        }
    }

    /** Why a file name cannot be used: its letters, or the system's language setting. */
    static String unusable(String name) {
        String encoding = System.getProperty("sun.jnu.encoding", "");
        if (!encoding.toUpperCase(java.util.Locale.ROOT).contains("UTF")) {
            return name + " cannot be used as a file name: it has letters that this system's language setting "
                    + "(file names in " + encoding + languageVariable() + ") cannot spell; start Ember with a "
                    + "UTF-8 language setting, e.g. LANG=C.UTF-8";
        }
        return name + " cannot be used as a file name on this system";
    }

    private static String languageVariable() {
        for (String variable : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isEmpty()) {
                return ", from " + variable + "=" + value;
            }
        }
        return "";
    }
}
