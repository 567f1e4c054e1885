package app.ember.store;

import app.ember.domain.Channel;
import app.ember.domain.FollowUpPolicy;
import app.ember.domain.Temperature;
import app.ember.domain.TemperatureRule;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The follow-up policy as the user set it, kept in the settings table as one row per value
 * ("policy.hot.cadence_days" = "3"), so a value added in a later version starts at its default.
 * A stored value that no longer reads is logged and replaced by the default: the app always starts.
 */
public final class PolicyBook {
    private static final Logger LOG = Logger.getLogger(PolicyBook.class.getName());
    private static final String PREFIX = "policy.";

    private final Database database;
    private final FollowUpPolicy defaults;
    private volatile FollowUpPolicy current;

    public PolicyBook(Database database, Locale locale) {
        this.database = database;
        this.defaults = FollowUpPolicy.defaults(locale);
        this.current = database.read(this::load);
    }

    /** The policy in force now. */
    public FollowUpPolicy current() {
        return current;
    }

    public FollowUpPolicy defaults() {
        return defaults;
    }

    /** Stores every value of the policy and puts it in force. */
    public void save(FollowUpPolicy policy) {
        database.write(c -> {
            new SettingStore().putAll(c, encode(policy));
            return null;
        });
        current = policy;
    }

    /** Forgets what the user set: the defaults are in force again. */
    public FollowUpPolicy reset() {
        database.write(c -> {
            new SettingStore().removeGroup(c, PREFIX);
            return null;
        });
        current = defaults;
        return defaults;
    }

    static Map<String, String> encode(FollowUpPolicy policy) {
        Map<String, String> values = new HashMap<>();
        for (Temperature temperature : Temperature.values()) {
            TemperatureRule rule = policy.rule(temperature);
            String key = PREFIX + temperature.code() + ".";
            values.put(key + "window_hours", Long.toString(rule.firstResponse().toHours()));
            values.put(key + "cadence_days", Integer.toString(rule.cadenceDays()));
            values.put(key + "sequence", String.join(",", rule.sequence().stream().map(Channel::code).toList()));
            values.put(key + "when_time_left", Boolean.toString(rule.onlyWhenTimeLeft()));
            values.put(key + "greetings", Boolean.toString(rule.greetings()));
        }
        for (Channel channel : Channel.values()) {
            values.put(PREFIX + "minutes." + channel.code(), Integer.toString(policy.minutes(channel)));
        }
        values.put(PREFIX + "session_minutes", Integer.toString(policy.sessionMinutes()));
        values.put(PREFIX + "week_start", policy.weekStart().name());
        values.put(PREFIX + "nurture_days", Integer.toString(policy.nurtureDays()));
        values.put(PREFIX + "greeting_channel", policy.greetingChannel().code());
        values.put(PREFIX + "overdue_first", Boolean.toString(policy.overdueFirst()));
        values.put(PREFIX + "working_hour", policy.workingHour().toString());
        return values;
    }

    private FollowUpPolicy load(Connection connection) throws SQLException {
        return decode(new SettingStore().group(connection, PREFIX), defaults);
    }

    /** Applies each stored value on top of the defaults; one that does not read is skipped and logged. */
    static FollowUpPolicy decode(Map<String, String> stored, FollowUpPolicy defaults) {
        FollowUpPolicy policy = defaults;
        for (Temperature temperature : Temperature.values()) {
            String key = PREFIX + temperature.code() + ".";
            policy = apply(policy, stored, key + "window_hours", v -> p -> p.withRule(temperature,
                    p.rule(temperature).withFirstResponse(Duration.ofHours(Long.parseLong(v)))));
            policy = apply(policy, stored, key + "cadence_days", v -> p -> p.withRule(temperature,
                    p.rule(temperature).withCadenceDays(Integer.parseInt(v))));
            policy = apply(policy, stored, key + "sequence", v -> p -> p.withRule(temperature,
                    p.rule(temperature).withSequence(channels(v))));
            policy = apply(policy, stored, key + "when_time_left", v -> p -> p.withRule(temperature,
                    p.rule(temperature).withOnlyWhenTimeLeft(bool(v))));
            policy = apply(policy, stored, key + "greetings", v -> p -> p.withRule(temperature,
                    p.rule(temperature).withGreetings(bool(v))));
        }
        for (Channel channel : Channel.values()) {
            policy = apply(policy, stored, PREFIX + "minutes." + channel.code(),
                    v -> p -> p.withMinutes(channel, Integer.parseInt(v)));
        }
        policy = apply(policy, stored, PREFIX + "session_minutes", v -> p -> p.withSessionMinutes(Integer.parseInt(v)));
        policy = apply(policy, stored, PREFIX + "week_start", v -> p -> p.withWeekStart(DayOfWeek.valueOf(v)));
        policy = apply(policy, stored, PREFIX + "nurture_days", v -> p -> p.withNurtureDays(Integer.parseInt(v)));
        policy = apply(policy, stored, PREFIX + "greeting_channel", v -> p -> p.withGreetingChannel(Channel.fromCode(v)));
        policy = apply(policy, stored, PREFIX + "overdue_first", v -> p -> p.withOverdueFirst(bool(v)));
        policy = apply(policy, stored, PREFIX + "working_hour", v -> p -> p.withWorkingHour(java.time.LocalTime.parse(v)));
        return policy;
    }

    private static FollowUpPolicy apply(FollowUpPolicy policy, Map<String, String> stored, String key,
                                        java.util.function.Function<String, UnaryOperator<FollowUpPolicy>> change) {
        String value = stored.get(key);
        if (value == null) {
            return policy;
        }
        try {
            return change.apply(value).apply(policy);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "setting {0} = \"{1}\" does not read ({2}); the default stays",
                    new Object[] {key, value, e.getMessage()});
            return policy;
        }
    }

    private static boolean bool(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("not true or false");
        }
        return Boolean.parseBoolean(value);
    }

    private static List<Channel> channels(String value) {
        List<Channel> channels = new ArrayList<>();
        for (String code : value.split(",")) {
            channels.add(Channel.fromCode(code.trim()));
        }
        return channels;
    }
}
