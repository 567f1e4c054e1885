package app.ember.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL server the store's tests run against a second time: the one named by EMBER_TEST_PG_URL
 * (a PostgreSQL URI of a role that may create databases, e.g. postgresql://postgres@127.0.0.1:5499/postgres;
 * .ci/run starts a throwaway cluster and sets it). Without it the PostgreSQL tests are skipped, saying so.
 * Each test gets a database of its own, copied from a template migrated once per run (a copy takes a
 * fraction of running the migrations), dropped after the test.
 */
public final class PostgresTestServer implements ExecutionCondition, AfterEachCallback {
    public static final String VARIABLE = "EMBER_TEST_PG_URL";
    private static final String TEMPLATE = "ember_test_template_" + ProcessHandle.current().pid();
    private static final AtomicInteger COUNT = new AtomicInteger();
    /** The database made for each data dir, so a test that closes and reopens its book finds it again. */
    private static final Map<Path, String> DATABASES = new HashMap<>();
    private static final List<String> TO_DROP = new ArrayList<>();
    private static boolean templateReady;

    /** The admin address, when one is given. */
    public static Optional<ServerAddress> admin() {
        String url = System.getenv(VARIABLE);
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(ServerAddress.parse(url));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return admin().isPresent() ? ConditionEvaluationResult.enabled("PostgreSQL at " + admin().get())
                : ConditionEvaluationResult.disabled("no PostgreSQL server for the tests: set " + VARIABLE
                        + "=postgresql://user@host:port/db (a role that may create databases; see the README's "
                        + "'Testing against PostgreSQL') to run them");
    }

    /** The book of this data dir on the test server: a fresh database the first time, the same one after. */
    public static synchronized Database book(Path dataDir) {
        String name = DATABASES.get(dataDir);
        if (name == null) {
            name = fresh();
            DATABASES.put(dataDir, name);
        }
        return ServerBook.open(dataDir, address(name), password());
    }

    /** A new, empty-but-migrated database's address. */
    public static synchronized ServerAddress freshAddress() {
        return address(fresh());
    }

    /** A new database with no schema at all (for the migrations themselves, and move-to). */
    public static synchronized ServerAddress emptyAddress() {
        String name = "ember_test_" + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet();
        admin("CREATE DATABASE " + name);
        TO_DROP.add(name);
        return address(name);
    }

    public static ServerAddress address(String database) {
        ServerAddress admin = admin().orElseThrow();
        return new ServerAddress(admin.user(), admin.host(), admin.port(), database, admin.options());
    }

    public static Optional<String> password() {
        return PgPass.ofSystem().passwordFor(admin().orElseThrow());
    }

    private static String fresh() {
        if (!templateReady) {
            admin("DROP DATABASE IF EXISTS " + TEMPLATE);
            admin("CREATE DATABASE " + TEMPLATE);
            ServerAddress template = address(TEMPLATE);
            ServerBook.open(Path.of("."), template, password()).close();
            templateReady = true;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> admin("DROP DATABASE IF EXISTS " + TEMPLATE
                    + " WITH (FORCE)")));
        }
        String name = "ember_test_" + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet();
        admin("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        TO_DROP.add(name);
        return name;
    }

    /** Runs one statement as the admin role on its own database. */
    public static void admin(String sql) {
        ServerAddress admin = admin().orElseThrow();
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", admin.user());
        password().ifPresent(p -> properties.setProperty("password", p));
        try (Connection connection = DriverManager.getConnection(admin.jdbcUrl(), properties);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> names;
        synchronized (PostgresTestServer.class) {
            names = new ArrayList<>(TO_DROP);
            TO_DROP.clear();
            DATABASES.clear();
        }
        for (String name : names) {
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
