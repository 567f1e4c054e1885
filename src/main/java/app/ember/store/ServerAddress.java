package app.ember.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A shared book on a PostgreSQL server, written as PostgreSQL's own URI
 * ({@code postgresql://user@host:port/dbname?sslmode=require}), as psql and every libpq tool take it.
 * The password is never part of it: it comes from PGPASSWORD, the user's .pgpass ({@link PgPass}) or
 * the window, and lives in memory only; an address carrying one is refused so it is not remembered or
 * shown anywhere.
 */
public record ServerAddress(String user, String host, int port, String database, Map<String, String> options) {
    public static final int DEFAULT_PORT = 5432;
    /** libpq's connection parameters that Ember passes on to the driver (same names in pgjdbc). */
    private static final Set<String> PASSED_ON = Set.of("sslmode", "sslrootcert", "sslcert", "sslkey",
            "connect_timeout", "application_name");

    public ServerAddress {
        options = Map.copyOf(options);
    }

    /** Whether the text is meant as a server address rather than a folder. */
    public static boolean looksLikeOne(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://");
    }

    /**
     * Reads a PostgreSQL URI. As libpq: no user means the system user, no host localhost, no port 5432,
     * no database the user's name.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static ServerAddress parse(String text) {
        if (text == null || !looksLikeOne(text)) {
            throw new IllegalArgumentException("'" + text + "' is not a PostgreSQL address; expected "
                    + "postgresql://user@host:port/dbname");
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a PostgreSQL address: " + e.getReason());
        }
        String userInfo = uri.getUserInfo();
        if (userInfo == null && uri.getRawAuthority() != null && uri.getRawAuthority().endsWith("@")) {
            userInfo = decode(uri.getRawAuthority().substring(0, uri.getRawAuthority().length() - 1)); // user@ with no host
        }
        if (userInfo != null && userInfo.contains(":")) {
            throw new IllegalArgumentException("the address holds a password; Ember never keeps one: leave it out "
                    + "and set PGPASSWORD or add it to your .pgpass file (or type it when the window asks)");
        }
        String user = userInfo == null || userInfo.isEmpty() ? System.getProperty("user.name") : userInfo;
        String host = uri.getHost() == null || uri.getHost().isEmpty() ? "localhost" : uri.getHost();
        if (uri.getHost() == null && uri.getRawAuthority() != null && !uri.getRawAuthority().endsWith("@")) {
            throw new IllegalArgumentException("'" + text + "' is not a PostgreSQL address: cannot read its host");
        }
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (database.isEmpty()) {
            database = user;
        }
        if (database.contains("/")) {
            throw new IllegalArgumentException("'" + text + "' names no single database (" + database + ")");
        }
        return new ServerAddress(user, host, port, database, options(uri.getRawQuery()));
    }

    private static Map<String, String> options(String query) {
        Map<String, String> options = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return options;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (key.equals("password")) {
                throw new IllegalArgumentException("the address holds a password; Ember never keeps one: leave it out "
                        + "and set PGPASSWORD or add it to your .pgpass file");
            }
            if (!PASSED_ON.contains(key)) {
                throw new IllegalArgumentException("the address option '" + key + "' is not one Ember knows; "
                        + "known: " + String.join(", ", PASSED_ON.stream().sorted().toList()));
            }
            options.put(key, value);
        }
        return options;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The driver's URL; the user and password go to the driver apart from it. */
    public String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(hostForUrl()).append(':').append(port)
                .append('/').append(encode(database));
        char separator = '?';
        for (Map.Entry<String, String> option : options.entrySet()) {
            String key = switch (option.getKey()) {
                case "connect_timeout" -> "connectTimeout";
                case "application_name" -> "ApplicationName";
                default -> option.getKey();
            };
            url.append(separator).append(key).append('=').append(encode(option.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    private String hostForUrl() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The address as the user wrote it, without a password (there is none): for titles, messages, the recent list. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("postgresql://").append(user).append('@').append(hostForUrl());
        if (port != DEFAULT_PORT) {
            text.append(':').append(port);
        }
        text.append('/').append(database);
        char separator = '?';
        for (Map.Entry<String, String> option : options.entrySet()) {
            text.append(separator).append(option.getKey()).append('=').append(option.getValue());
            separator = '&';
        }
        return text.toString();
    }
}
