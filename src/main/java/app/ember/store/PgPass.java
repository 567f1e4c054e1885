package app.ember.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Finds the password for a server address the way libpq does, so a user's psql set-up works for Ember
 * as it is: PGPASSWORD first, then the password file (PGPASSFILE, else ~/.pgpass, on Windows
 * %APPDATA%\postgresql\pgpass.conf). The file's lines are {@code host:port:database:user:password},
 * each of the first four a value or {@code *}, with {@code \:} and {@code \\} escaped, the first match
 * winning. On Unix a file that the group or others may read is ignored (libpq warns and does the same):
 * a password there is not private.
 */
public final class PgPass {
    private static final Logger LOG = Logger.getLogger(PgPass.class.getName());
    private final Map<String, String> env;
    private final Path home;
    private final boolean windows;

    PgPass(Map<String, String> env, Path home, boolean windows) {
        this.env = env;
        this.home = home;
        this.windows = windows;
    }

    /** The password lookup for this user on this system. */
    public static PgPass ofSystem() {
        return new PgPass(System.getenv(), Path.of(System.getProperty("user.home")),
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"));
    }

    /** The password for the address, or empty when neither PGPASSWORD nor the file has one. */
    public Optional<String> passwordFor(ServerAddress address) {
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Optional.of(fromEnv);
        }
        Path file = file();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        if (!windows && !private_(file)) {
            LOG.warning(() -> "the password file " + file + " has group or world access and is ignored, as psql "
                    + "ignores it; its permissions should be u=rw (0600) or less");
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Optional<String> password = match(line, address);
                if (password.isPresent()) {
                    return password;
                }
            }
        } catch (IOException e) {
            LOG.warning(() -> "cannot read the password file " + file + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Where libpq looks for the password file. */
    Path file() {
        String named = env.get("PGPASSFILE");
        if (named != null && !named.isEmpty()) {
            return Path.of(named);
        }
        if (windows) {
            String appData = env.getOrDefault("APPDATA", home.toString());
            return Path.of(appData, "postgresql", "pgpass.conf");
        }
        return home.resolve(".pgpass");
    }

    private static boolean private_(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
            return permissions.stream().noneMatch(p -> p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_"));
        } catch (UnsupportedOperationException | IOException e) {
            return true; // no POSIX permissions to check (as libpq on such systems)
        }
    }

    static Optional<String> match(String line, ServerAddress address) {
        if (line.isBlank() || line.startsWith("#")) {
            return Optional.empty();
        }
        List<String> fields = fields(line);
        if (fields.size() < 5) {
            return Optional.empty();
        }
        boolean matches = matches(fields.get(0), address.host())
                && matches(fields.get(1), Integer.toString(address.port()))
                && matches(fields.get(2), address.database())
                && matches(fields.get(3), address.user());
        return matches ? Optional.of(fields.get(4)) : Optional.empty();
    }

    private static boolean matches(String field, String value) {
        return field.equals("*") || field.equals(value);
    }

    /** Splits on unescaped colons; the password is the rest of the line, colons and all, unescaped. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
