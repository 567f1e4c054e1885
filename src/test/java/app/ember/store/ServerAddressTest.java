package app.ember.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** PostgreSQL's URI form, read as libpq reads it, and never a password in it. */
class ServerAddressTest {
    @Test
    void theUsualAddressGivesTheDriversUrlAndTheUser() {
        ServerAddress address = ServerAddress.parse("postgresql://sam@db.example.com:5433/florist?sslmode=require");
        assertEquals("sam", address.user());
        assertEquals("db.example.com", address.host());
        assertEquals(5433, address.port());
        assertEquals("florist", address.database());
        assertEquals("jdbc:postgresql://db.example.com:5433/florist?sslmode=require", address.jdbcUrl());
        assertEquals("postgresql://sam@db.example.com:5433/florist?sslmode=require", address.toString());
    }

    @Test
    void whatIsLeftOutIsLibpqsDefault() {
        ServerAddress address = ServerAddress.parse("postgres://ana@/");
        assertEquals("localhost", address.host());
        assertEquals(5432, address.port());
        assertEquals("ana", address.database(), "no database: the user's name, as psql");
        assertEquals(Map.of(), address.options());
        assertEquals(System.getProperty("user.name"), ServerAddress.parse("postgresql://host/db").user());
    }

    @Test
    void anIpv6HostKeepsItsBrackets() {
        assertEquals("jdbc:postgresql://[::1]:5499/book", ServerAddress.parse("postgresql://u@[::1]:5499/book").jdbcUrl());
    }

    @Test
    void aPasswordInTheAddressIsRefusedSoItIsNeverRememberedOrShown() {
        IllegalArgumentException inUserInfo = assertThrows(IllegalArgumentException.class,
                () -> ServerAddress.parse("postgresql://sam:secret@host/db"));
        assertTrue(inUserInfo.getMessage().contains("PGPASSWORD"), inUserInfo.getMessage());
        assertFalse(inUserInfo.getMessage().contains("secret"), "the message must not repeat the password");
        assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse("postgresql://sam@host/db?password=x"));
    }

    @Test
    void somethingElseIsNotAnAddress() {
        assertFalse(ServerAddress.looksLikeOne("/home/sam/ember"));
        assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse("mysql://sam@host/db"));
        assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse("postgresql://sam@host/db?colour=red"));
    }
}
