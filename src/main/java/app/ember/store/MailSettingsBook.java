package app.ember.store;

import app.ember.domain.PostalAddress;
import app.ember.domain.Sender;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The mail settings, kept in the settings table one row per value ("mail.offset_x_mm" = "1.5") as
 * the follow-up policy is, so the data dir carries them. Nothing stored: no sender, no offset. A
 * stored offset that does not read is logged and taken as 0: mailing always works.
 */
public final class MailSettingsBook {
    private static final Logger LOG = Logger.getLogger(MailSettingsBook.class.getName());
    private static final String PREFIX = "mail.";
    private static final String NAME = PREFIX + "sender.name";
    private static final String LINE1 = PREFIX + "sender.line1";
    private static final String LINE2 = PREFIX + "sender.line2";
    private static final String CITY = PREFIX + "sender.city";
    private static final String REGION = PREFIX + "sender.region";
    private static final String POSTCODE = PREFIX + "sender.postcode";
    private static final String COUNTRY = PREFIX + "sender.country";
    private static final String OFFSET_X = PREFIX + "offset_x_mm";
    private static final String OFFSET_Y = PREFIX + "offset_y_mm";

    private final Database database;
    private final SettingStore settings = new SettingStore();

    public MailSettingsBook(Database database) {
        this.database = database;
    }

    /** The settings as stored now (read each time: the window and a command line may both change them). */
    public MailSettings current() {
        return database.read(this::load);
    }

    /** Stores every value, replacing what was there. */
    public void save(MailSettings mail) {
        database.write(c -> {
            settings.putAll(c, encode(mail));
            return null;
        });
    }

    static Map<String, String> encode(MailSettings mail) {
        Map<String, String> values = new LinkedHashMap<>();
        PostalAddress address = mail.sender().address();
        values.put(NAME, mail.sender().name());
        values.put(LINE1, address.line1());
        values.put(LINE2, address.line2());
        values.put(CITY, address.city());
        values.put(REGION, address.region());
        values.put(POSTCODE, address.postcode());
        values.put(COUNTRY, address.countryCode());
        values.put(OFFSET_X, Double.toString(mail.offsetX()));
        values.put(OFFSET_Y, Double.toString(mail.offsetY()));
        return values;
    }

    private MailSettings load(Connection connection) throws SQLException {
        return decode(settings.group(connection, PREFIX));
    }

    static MailSettings decode(Map<String, String> stored) {
        Sender sender = new Sender(stored.getOrDefault(NAME, ""), new PostalAddress(stored.getOrDefault(LINE1, ""),
                stored.getOrDefault(LINE2, ""), stored.getOrDefault(CITY, ""), stored.getOrDefault(REGION, ""),
                stored.getOrDefault(POSTCODE, ""), stored.getOrDefault(COUNTRY, "")));
        return new MailSettings(sender, offset(stored, OFFSET_X), offset(stored, OFFSET_Y));
    }

    private static double offset(Map<String, String> stored, String key) {
        String value = stored.get(key);
        if (value == null) {
            return 0;
        }
        try {
            double offset = Double.parseDouble(value);
            if (Double.isFinite(offset) && Math.abs(offset) <= MailSettings.MAX_OFFSET_MM) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // logged below, like a value out of range
        }
        LOG.log(Level.WARNING, "setting {0} = \"{1}\" does not read as an offset in mm; 0 is used",
                new Object[] {key, value});
        return 0;
    }
}
